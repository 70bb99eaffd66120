package io.govshare.security.identity;

import java.security.cert.X509Certificate;
import java.time.Instant;

/**
 * Decides whether a node certificate is to be believed: the hub's CA certificate(s) plus their revocation
 * lists. Packet opening and verification ask it about the signer; the hub asks it about every sender.
 */
public interface TrustStore {

    /** The status of {@code certificate} at {@code at}; never null, never throws for a bad certificate. */
    CertificateStatus check(X509Certificate certificate, Instant at);
}
