package io.govshare.security.identity;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the hub's revocation list: the certificate with this serial is not to be trusted for
 * anything signed at or after {@code revokedAt}. What it signed before stays verifiable, which is what an
 * auditor needs for old packets.
 *
 * @param serial    the revoked certificate's serial number, positive
 * @param revokedAt when the revocation takes effect (the CRL keeps whole seconds)
 */
public record Revocation(BigInteger serial, Instant revokedAt) {
    /** Checks the components, and copies or normalises them where the class description says so. */
    public Revocation {
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(revokedAt, "revokedAt");
        if (serial.signum() <= 0) {
            throw new IllegalArgumentException("revoked certificate serial must be positive, got " + serial);
        }
    }
}
