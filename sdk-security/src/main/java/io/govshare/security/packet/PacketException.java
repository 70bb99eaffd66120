package io.govshare.security.packet;

import java.util.Objects;

import io.govshare.exchange.PacketFormatException;
import io.govshare.security.identity.CertificateStatus;
import io.govshare.verification.Reason;

/**
 * A packet was refused. Each subclass is one kind of failure; {@link #reason()} is its {@link Reason}, whose
 * stable code is one of standards/exchange/SPEC.md §8, and the message names the entry, field or line and
 * the rule it breaks.
 */
public abstract class PacketException extends RuntimeException {

    private final Reason reason;

    /** Creates the exception with its reason, a message naming what failed and where, and its cause. */
    protected PacketException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Why the packet was refused, e.g. {@link Reason#MANIFEST_DIGEST_MISMATCH}; its code is stable. */
    public Reason reason() {
        return reason;
    }

    @Override
    public String toString() {
        return reason.code() + ": " + getMessage();
    }

    /** The specific exception for a failure that sdk-core's container and record code reported. */
    public static PacketException from(PacketFormatException e) {
        Reason reason = e.reason();
        return switch (reason) {
            case MANIFEST_DIGEST_MISMATCH -> new DigestMismatchException(e.getMessage(), e);
            case SIGNATURE_INVALID -> new SignatureInvalidException(e.getMessage(), e);
            case SIGNER_UNTRUSTED -> new SignerNotTrustedException(CertificateStatus.UNTRUSTED, e.getMessage());
            case SIGNER_EXPIRED -> new SignerNotTrustedException(CertificateStatus.EXPIRED, e.getMessage());
            case SIGNER_NOT_YET_VALID ->
                    new SignerNotTrustedException(CertificateStatus.NOT_YET_VALID, e.getMessage());
            case SIGNER_REVOKED -> new SignerNotTrustedException(CertificateStatus.REVOKED, e.getMessage());
            case SIGNER_NOT_PROVIDER -> new SignerNotProviderException(e.getMessage());
            case PACKET_REPLAYED -> new PacketReplayedException(e.getMessage());
            case DECRYPTION_FAILED -> new DecryptionFailedException(e.getMessage(), e);
            case RECORDS_COUNT_MISMATCH, RECORDS_INVALID,
                    RECORDS_ITEM_NOT_SHARED -> new RecordsInvalidException(reason, e.getMessage(), e);
            default -> new MalformedPacketException(reason, e.getMessage(), e);
        };
    }
}
