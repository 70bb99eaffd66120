package io.govshare.security.identity;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Objects;

import io.govshare.security.crypto.CryptoProfile;

/**
 * A node's own key and certificate. One key pair per node both signs what the node sends and unwraps the
 * content keys of packets addressed to it: SM2 keys serve both, and one certificate per node keeps
 * registration, revocation and the auditor's view simple.
 *
 * @param nodeId      the node id the certificate is issued to (its subject CN)
 * @param privateKey  the node's private key, on the profile's curve
 * @param certificate the node's certificate, issued by the hub's CA
 * @param profile     the crypto profile of the key
 */
public record NodeIdentity(String nodeId, PrivateKey privateKey, X509Certificate certificate, CryptoProfile profile) {
    /** Checks the components, and copies or normalises them where the class description says so. */
    public NodeIdentity {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(profile, "profile");
    }
}
