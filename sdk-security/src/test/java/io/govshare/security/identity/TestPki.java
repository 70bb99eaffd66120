package io.govshare.security.identity;

import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.govshare.security.crypto.CryptoProfile;

/**
 * A hub PKI for tests: a CA valid for ten years from {@link #START}, the hub's identity, a timestamping
 * key and certificate, and a way to make node identities. Fixed instants keep the tests deterministic.
 */
public final class TestPki {

    /** The CA's notBefore; everything else is issued from here on. */
    public static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    public static final Instant CA_END = START.plus(Duration.ofDays(3650));
    /** An instant at which every certificate of this PKI is valid. */
    public static final Instant NOW = Instant.parse("2026-11-22T08:30:00Z");

    public final CryptoProfile profile;
    public final HubCertificateAuthority ca;
    public final NodeIdentity hub;
    public final NodeIdentity tsa;

    public TestPki(CryptoProfile profile) {
        this.profile = profile;
        this.ca = HubCertificateAuthority.create("GovShare Test Hub CA", profile, START, CA_END);
        this.hub = node(NodeIds.HUB);
        KeyPair tsaKeys = profile.generateSigningKeyPair();
        this.tsa = new NodeIdentity("GovShare Test TSA", tsaKeys.getPrivate(),
                ca.issueTimestampingCertificate("GovShare Test TSA", tsaKeys.getPublic(), START, START.plus(Duration.ofDays(1825))),
                profile);
    }

    /** A node certificate valid for five years from {@link #START}. */
    public NodeIdentity node(String nodeId) {
        return node(nodeId, START, START.plus(Duration.ofDays(1825)));
    }

    public NodeIdentity node(String nodeId, Instant notBefore, Instant notAfter) {
        KeyPair keys = profile.generateSigningKeyPair();
        return new NodeIdentity(nodeId, keys.getPrivate(),
                ca.issueNodeCertificate(nodeId, keys.getPublic(), notBefore, notAfter), profile);
    }

    /** Trusts this CA, with no CRL. */
    public HubTrustStore trustStore() {
        return HubTrustStore.of(List.of(ca.certificate()), List.of());
    }
}
