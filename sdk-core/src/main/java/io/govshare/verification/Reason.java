package io.govshare.verification;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Why a packet, a receipt or an audit segment failed verification: one type for every verification report of the
 * SDK. Each reason has a stable string {@link #code()} — the form on the wire, in the auditor CLI's output, in the
 * hub's error responses and in the test vectors — which never changes meaning; a new failure gets a new reason.
 * {@link #toString()} is the code, so a reason prints as auditors read it.
 *
 * <p>The codes are documented with their meaning in standards/exchange/SPEC.md §8 (packets) and
 * RECEIPTS-AND-AUDIT.md (receipts and audit segments); the constants are declared in the order of those tables.
 */
public enum Reason {

    /** Not a packet container, or an entry that is not what it must be. */
    CONTAINER_MALFORMED(Subject.PACKET, "container.malformed"),
    /** An entry name that could write outside the folder it is unzipped into. */
    CONTAINER_UNSAFE_ENTRY_NAME(Subject.PACKET, "container.unsafe-entry-name"),
    /** The header breaks its schema, or disagrees with the manifest, the container, the signer or the recipients. */
    HEADER_INVALID(Subject.PACKET, "header.invalid"),
    /** The manifest lists an entry the packet lacks. */
    MANIFEST_MISSING_ENTRY(Subject.PACKET, "manifest.missing-entry"),
    /** The packet has an entry the manifest does not list. */
    MANIFEST_UNLISTED_ENTRY(Subject.PACKET, "manifest.unlisted-entry"),
    /** An entry's size or digest is not the manifest's. */
    MANIFEST_DIGEST_MISMATCH(Subject.PACKET, "manifest.digest-mismatch"),
    /** manifest.sig is not a signature of manifest.json by the key of signer.pem. */
    SIGNATURE_INVALID(Subject.PACKET, "signature.invalid"),
    /** No CA of the hub issued the signer's certificate. */
    SIGNER_UNTRUSTED(Subject.PACKET, "signer.untrusted"),
    /** The signer's certificate (or its CA's) was no longer valid at the instant checked. */
    SIGNER_EXPIRED(Subject.PACKET, "signer.expired"),
    /** The signer's certificate (or its CA's) was not yet valid at the instant checked. */
    SIGNER_NOT_YET_VALID(Subject.PACKET, "signer.not-yet-valid"),
    /** The hub's CRL revokes the signer's certificate at or before the instant checked. */
    SIGNER_REVOKED(Subject.PACKET, "signer.revoked"),
    /** The sender does not provide the packet's resource (the hub's check). */
    SIGNER_NOT_PROVIDER(Subject.PACKET, "signer.not-provider"),
    /** The packet id was accepted before, or the sequence is not above the last accepted one. */
    PACKET_REPLAYED(Subject.PACKET, "packet.replayed"),
    /** recordCount is not the number of record lines. */
    RECORDS_COUNT_MISMATCH(Subject.PACKET, "records.count-mismatch"),
    /** A record line is not a JSON object, or a value does not fit its data item. */
    RECORDS_INVALID(Subject.PACKET, "records.invalid"),
    /** A record carries an item whose share type is 不予共享. */
    RECORDS_ITEM_NOT_SHARED(Subject.PACKET, "records.item-not-shared"),
    /** The records cannot be decrypted by the opening node. */
    DECRYPTION_FAILED(Subject.PACKET, "decryption.failed"),

    /** The receipt JSON does not follow receipt.schema.json (nothing else is checked then). */
    RECEIPT_MALFORMED(Subject.RECEIPT, "receipt.malformed"),
    /** The hub certificate is not trusted at the instant checked, or is not the hub's (CN=hub). */
    RECEIPT_HUB_UNTRUSTED(Subject.RECEIPT, "receipt.hub-untrusted"),
    /** hubSignature does not verify with the hub certificate's key over the receipt's signed bytes. */
    RECEIPT_SIGNATURE_INVALID(Subject.RECEIPT, "receipt.signature-invalid"),
    /** The timestamp token does not verify, is not the TSA's, does not stamp manifestDigest, or the TSA is not trusted. */
    RECEIPT_TIMESTAMP_INVALID(Subject.RECEIPT, "receipt.timestamp-invalid"),
    /** manifestDigest is not the digest of the packet the receipt is checked against. */
    RECEIPT_DIGEST_MISMATCH(Subject.RECEIPT, "receipt.digest-mismatch"),

    /** The segment JSON does not follow audit-segment.schema.json, or its certificate cannot be read. */
    AUDIT_MALFORMED(Subject.AUDIT_SEGMENT, "audit.malformed"),
    /** Entry sequences are not contiguous (a missing, repeated or reordered entry). */
    AUDIT_SEQUENCE_GAP(Subject.AUDIT_SEGMENT, "audit.sequence-gap"),
    /** An entry's hash is not the link of its prevHash and event: the event or the hash was changed. */
    AUDIT_HASH_MISMATCH(Subject.AUDIT_SEGMENT, "audit.hash-mismatch"),
    /** An entry's prevHash is not the previous entry's hash (or, at sequence 1, not GENESIS). */
    AUDIT_CHAIN_BROKEN(Subject.AUDIT_SEGMENT, "audit.chain-broken"),
    /** A checkpoint's hash is not its entry's hash, or its signature does not verify. */
    AUDIT_CHECKPOINT_INVALID(Subject.AUDIT_SEGMENT, "audit.checkpoint-invalid"),
    /** A checkpoint's sequence is outside the segment's entries, so it cannot be checked here. */
    AUDIT_CHECKPOINT_NOT_IN_SEGMENT(Subject.AUDIT_SEGMENT, "audit.checkpoint-not-in-segment"),
    /** The signer certificate is not the hub's or not trusted when a checkpoint was signed. */
    AUDIT_SIGNER_UNTRUSTED(Subject.AUDIT_SEGMENT, "audit.signer-untrusted");

    /** What a reason is about: the document whose verification reports it. */
    public enum Subject {
        /** An exchange packet (SPEC.md §8). */
        PACKET,
        /** A hub receipt (RECEIPTS-AND-AUDIT.md §1). */
        RECEIPT,
        /** An exported audit-log segment (RECEIPTS-AND-AUDIT.md §3). */
        AUDIT_SEGMENT
    }

    private static final Map<String, Reason> BY_CODE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Reason::code, Function.identity()));

    private final Subject subject;
    private final String code;

    Reason(Subject subject, String code) {
        this.subject = subject;
        this.code = code;
    }

    /** The stable code, e.g. {@code manifest.digest-mismatch}. */
    public String code() {
        return code;
    }

    /** The kind of document this reason is reported for. */
    public Subject subject() {
        return subject;
    }

    /** The code: a reason prints as it appears on the wire. */
    @Override
    public String toString() {
        return code;
    }

    /**
     * The reason whose {@link #code()} is {@code code}.
     *
     * @throws IllegalArgumentException if no reason has that code
     */
    public static Reason ofCode(String code) {
        Reason reason = BY_CODE.get(code);
        if (reason == null) {
            throw new IllegalArgumentException("unknown reason code '" + code + "'");
        }
        return reason;
    }

    /** Every reason reported for {@code subject}, in the order of its table in the standard. */
    public static List<Reason> of(Subject subject) {
        return Arrays.stream(values()).filter(r -> r.subject == subject).toList();
    }
}
