package io.govshare.security.packet;

import java.security.KeyPair;
import java.security.cert.X509CRL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.govshare.security.crypto.CryptoProfile;
import io.govshare.security.identity.HubCertificateAuthority;
import io.govshare.security.identity.HubTrustStore;
import io.govshare.security.identity.NodeIdentity;
import io.govshare.security.identity.Revocation;

/** A hub CA of one profile and the node identities it certifies, for tests. */
final class TestPki {

    /** The instant tests verify at. */
    static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    static final Instant CA_FROM = Instant.parse("2020-01-01T00:00:00Z");
    static final Instant CA_UNTIL = Instant.parse("2046-12-31T00:00:00Z");
    static final Instant NODE_FROM = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant NODE_UNTIL = Instant.parse("2046-01-01T00:00:00Z");

    final CryptoProfile profile;
    final HubCertificateAuthority ca;
    private final List<Revocation> revocations = new ArrayList<>();

    TestPki(CryptoProfile profile) {
        this(profile, "GovShare Test Hub CA " + profile.name());
    }

    TestPki(CryptoProfile profile, String caName) {
        this.profile = profile;
        this.ca = HubCertificateAuthority.create(caName, profile, CA_FROM, CA_UNTIL);
    }

    NodeIdentity node(String nodeId) {
        return node(nodeId, NODE_FROM, NODE_UNTIL);
    }

    NodeIdentity node(String nodeId, Instant notBefore, Instant notAfter) {
        KeyPair keys = profile.generateSigningKeyPair();
        return new NodeIdentity(nodeId, keys.getPrivate(),
                ca.issueNodeCertificate(nodeId, keys.getPublic(), notBefore, notAfter), profile);
    }

    /** The same node with a new key and certificate, as after re-registration. */
    NodeIdentity renewed(NodeIdentity node) {
        return node(node.nodeId());
    }

    void revoke(NodeIdentity node, Instant at) {
        revocations.add(new Revocation(node.certificate().getSerialNumber(), at));
    }

    X509CRL crl() {
        return ca.revocationList(revocations, NOW.minusSeconds(3600), NOW.plusSeconds(30L * 24 * 3600));
    }

    HubTrustStore trust() {
        return HubTrustStore.of(List.of(ca.certificate()), List.of(crl()));
    }
}
