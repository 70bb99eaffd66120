package io.govshare.security.identity;

import java.security.PublicKey;
import java.util.Objects;

import io.govshare.security.crypto.CryptoProfile;

/**
 * A certificate signing request that {@link CertificateRequests#parse} accepted: its signature verified
 * with its own key, so the requester holds the private key of {@code publicKey}.
 *
 * @param nodeId    the subject CN, a registrable node id (never {@value NodeIds#HUB})
 * @param publicKey the key to certify, on the curve of {@code profile}
 * @param profile   SM for an SM2 key, INTL for a P-256 key
 */
public record ParsedRequest(String nodeId, PublicKey publicKey, CryptoProfile profile) {
    /** Checks the components, and copies or normalises them where the class description says so. */
    public ParsedRequest {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(profile, "profile");
    }
}
