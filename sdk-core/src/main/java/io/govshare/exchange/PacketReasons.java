package io.govshare.exchange;

import java.util.List;

/**
 * The stable reason codes of exchange packet failures (standards/exchange/SPEC.md §8). The verifier API, the
 * auditor CLI, the hub's error responses and the test vectors all speak these codes, so they never change
 * meaning; new failures get new codes.
 */
public final class PacketReasons {

    public static final String CONTAINER_MALFORMED = "container.malformed";
    public static final String CONTAINER_UNSAFE_ENTRY_NAME = "container.unsafe-entry-name";
    public static final String HEADER_INVALID = "header.invalid";
    public static final String MANIFEST_MISSING_ENTRY = "manifest.missing-entry";
    public static final String MANIFEST_UNLISTED_ENTRY = "manifest.unlisted-entry";
    public static final String MANIFEST_DIGEST_MISMATCH = "manifest.digest-mismatch";
    public static final String SIGNATURE_INVALID = "signature.invalid";
    public static final String SIGNER_UNTRUSTED = "signer.untrusted";
    public static final String SIGNER_EXPIRED = "signer.expired";
    public static final String SIGNER_NOT_YET_VALID = "signer.not-yet-valid";
    public static final String SIGNER_REVOKED = "signer.revoked";
    public static final String SIGNER_NOT_PROVIDER = "signer.not-provider";
    public static final String PACKET_REPLAYED = "packet.replayed";
    public static final String RECORDS_COUNT_MISMATCH = "records.count-mismatch";
    public static final String RECORDS_INVALID = "records.invalid";
    public static final String RECORDS_ITEM_NOT_SHARED = "records.item-not-shared";
    public static final String DECRYPTION_FAILED = "decryption.failed";

    /** Every code, in the order of SPEC.md §8. */
    public static final List<String> ALL = List.of(CONTAINER_MALFORMED, CONTAINER_UNSAFE_ENTRY_NAME, HEADER_INVALID,
            MANIFEST_MISSING_ENTRY, MANIFEST_UNLISTED_ENTRY, MANIFEST_DIGEST_MISMATCH, SIGNATURE_INVALID,
            SIGNER_UNTRUSTED, SIGNER_EXPIRED, SIGNER_NOT_YET_VALID, SIGNER_REVOKED, SIGNER_NOT_PROVIDER,
            PACKET_REPLAYED, RECORDS_COUNT_MISMATCH, RECORDS_INVALID, RECORDS_ITEM_NOT_SHARED, DECRYPTION_FAILED);

    private PacketReasons() {
    }
}
