package io.govshare.security.packet;

import java.util.Objects;

import io.govshare.security.identity.CertificateStatus;
import io.govshare.verification.Reason;

/**
 * The trust store does not vouch for the signer's certificate at the instant checked: {@code signer.untrusted},
 * {@code signer.expired}, {@code signer.not-yet-valid} or {@code signer.revoked}, after {@link #status()}.
 */
public class SignerNotTrustedException extends PacketException {

    private final CertificateStatus status;

    /** @throws IllegalArgumentException for {@link CertificateStatus#VALID}, which is no failure */
    public SignerNotTrustedException(CertificateStatus status, String message) {
        super(reasonOf(status), message, null);
        this.status = status;
    }

    /** Why the signer's certificate was not trusted. */
    public CertificateStatus status() {
        return status;
    }

    /** The reason code for a status other than VALID. */
    public static Reason reasonOf(CertificateStatus status) {
        return switch (Objects.requireNonNull(status, "status")) {
            case UNTRUSTED -> Reason.SIGNER_UNTRUSTED;
            case EXPIRED -> Reason.SIGNER_EXPIRED;
            case NOT_YET_VALID -> Reason.SIGNER_NOT_YET_VALID;
            case REVOKED -> Reason.SIGNER_REVOKED;
            case VALID -> throw new IllegalArgumentException("a VALID signer certificate is not a failure");
        };
    }
}
