package io.govshare.security.packet;

import java.util.Objects;

import io.govshare.exchange.PacketFormatException;
import io.govshare.exchange.PacketReasons;
import io.govshare.security.identity.CertificateStatus;

/**
 * A packet was refused. Each subclass is one kind of failure; {@link #reason()} is its stable code from
 * standards/exchange/SPEC.md §8 ({@link PacketReasons}) and the message names the entry, field or line and
 * the rule it breaks.
 */
public abstract class PacketException extends RuntimeException {

    private final String reason;

    protected PacketException(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The stable reason code, e.g. {@code manifest.digest-mismatch}. */
    public String reason() {
        return reason;
    }

    @Override
    public String toString() {
        return reason + ": " + getMessage();
    }

    /** The specific exception for a failure that sdk-core's container and record code reported. */
    public static PacketException from(PacketFormatException e) {
        String reason = e.reason();
        return switch (reason) {
            case PacketReasons.MANIFEST_DIGEST_MISMATCH -> new DigestMismatchException(e.getMessage(), e);
            case PacketReasons.SIGNATURE_INVALID -> new SignatureInvalidException(e.getMessage(), e);
            case PacketReasons.SIGNER_UNTRUSTED -> new SignerNotTrustedException(CertificateStatus.UNTRUSTED, e.getMessage());
            case PacketReasons.SIGNER_EXPIRED -> new SignerNotTrustedException(CertificateStatus.EXPIRED, e.getMessage());
            case PacketReasons.SIGNER_NOT_YET_VALID ->
                    new SignerNotTrustedException(CertificateStatus.NOT_YET_VALID, e.getMessage());
            case PacketReasons.SIGNER_REVOKED -> new SignerNotTrustedException(CertificateStatus.REVOKED, e.getMessage());
            case PacketReasons.SIGNER_NOT_PROVIDER -> new SignerNotProviderException(e.getMessage());
            case PacketReasons.PACKET_REPLAYED -> new PacketReplayedException(e.getMessage());
            case PacketReasons.DECRYPTION_FAILED -> new DecryptionFailedException(e.getMessage(), e);
            case PacketReasons.RECORDS_COUNT_MISMATCH, PacketReasons.RECORDS_INVALID,
                    PacketReasons.RECORDS_ITEM_NOT_SHARED -> new RecordsInvalidException(reason, e.getMessage(), e);
            default -> new MalformedPacketException(reason, e.getMessage(), e);
        };
    }
}
