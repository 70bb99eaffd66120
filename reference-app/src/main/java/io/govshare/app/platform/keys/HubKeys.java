package io.govshare.app.platform.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.govshare.app.platform.PlatformConfig;
import io.govshare.security.crypto.CryptoProfile;
import io.govshare.security.crypto.CryptoProfiles;
import io.govshare.security.identity.HubCertificateAuthority;
import io.govshare.security.identity.HubTrustStore;
import io.govshare.security.identity.KeyStores;
import io.govshare.security.identity.NodeIdentity;
import io.govshare.security.identity.Revocation;
import io.govshare.security.identity.TrustStore;
import io.govshare.security.receipt.ReceiptIssuer;
import io.govshare.security.timestamp.TimestampAuthority;

/**
 * The hub's own keys, created at the first start and kept in {@code <data dir>/exchange/keys/{ca,hub,tsa}} as
 * the SDK's {@link KeyStores} writes them (private keys readable by the owner only from the moment they exist): the CA that issues node certificates, the hub's node identity (it signs receipts,
 * deliveries and audit checkpoints) and the RFC 3161 timestamp authority. Also holds the current revocation list
 * and the trust store built from both.
 */
@ApplicationScoped
public class HubKeys {

    /** The node id the hub signs as, in headers ("sourceNode" of deliveries) and certificates. */
    public static final String HUB_NODE_ID = "hub";

    private static final Logger LOG = Logger.getLogger(HubKeys.class.getName());
    private static final Duration CA_VALIDITY = Duration.ofDays(3650 * 2);
    private static final Duration CRL_VALIDITY = Duration.ofDays(7);

    @Inject
    PlatformConfig platform;

    /** Same key as the exchange's settings: the hub's keys are made with the profile the exchange runs. */
    @Inject
    @ConfigProperty(name = "govshare.exchange.crypto-profile", defaultValue = "SM")
    String cryptoProfile;

    private HubCertificateAuthority ca;
    private NodeIdentity hub;
    private TimestampAuthority tsa;
    private X509Certificate tsaCertificate;
    private ReceiptIssuer receiptIssuer;
    private volatile X509CRL crl;
    private volatile TrustStore trustStore;

    @PostConstruct
    void loadOrCreate() {
        CryptoProfile profile = CryptoProfiles.named(cryptoProfile);
        Path dir = platform.dataDir().resolve("exchange").resolve("keys");
        Path caDir = dir.resolve("ca");
        Path hubDir = dir.resolve("hub");
        Path tsaDir = dir.resolve("tsa");
        try {
            // the CA is saved last: its certificate on disk means the whole set is there
            if (!Files.exists(caDir.resolve(KeyStores.CERTIFICATE_FILE))) {
                Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
                Instant notBefore = now.minus(Duration.ofMinutes(5));
                HubCertificateAuthority created = HubCertificateAuthority.create("GovShare Hub CA", profile,
                        notBefore, now.plus(CA_VALIDITY));
                KeyPair hubKeys = profile.generateSigningKeyPair();
                KeyStores.save(new NodeIdentity(HUB_NODE_ID, hubKeys.getPrivate(), created.issueNodeCertificate(
                        HUB_NODE_ID, hubKeys.getPublic(), notBefore, now.plus(CA_VALIDITY)), profile), hubDir);
                KeyPair tsaKeys = profile.generateSigningKeyPair();
                KeyStores.save(new NodeIdentity("tsa", tsaKeys.getPrivate(), created.issueTimestampingCertificate(
                        "GovShare Hub TSA", tsaKeys.getPublic(), notBefore, now.plus(CA_VALIDITY)), profile), tsaDir);
                KeyStores.save(new NodeIdentity("ca", created.privateKey(), created.certificate(), profile), caDir);
                LOG.info(() -> "Exchange hub keys created in " + dir + " (" + profile.name() + " profile)");
            }
            NodeIdentity caKeys = KeyStores.load(caDir);
            ca = HubCertificateAuthority.of(caKeys.privateKey(), caKeys.certificate(), caKeys.profile());
            hub = KeyStores.load(hubDir);
            NodeIdentity tsaKeys = KeyStores.load(tsaDir);
            tsaCertificate = tsaKeys.certificate();
            tsa = new TimestampAuthority(tsaKeys.privateKey(), tsaCertificate, tsaKeys.profile(), Clock.systemUTC());
            receiptIssuer = new ReceiptIssuer(hub, tsa);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the exchange hub keys in " + dir, e);
        }
        publishRevocations(List.of());
    }

    /** Rebuilds the revocation list and the trust store; call after every revocation (and at start). */
    public synchronized void publishRevocations(Collection<Revocation> revoked) {
        Instant now = Instant.now();
        crl = ca.revocationList(revoked, now, now.plus(CRL_VALIDITY));
        trustStore = HubTrustStore.of(List.of(ca.certificate()), List.of(crl));
    }

    public HubCertificateAuthority ca() {
        return ca;
    }

    public NodeIdentity hub() {
        return hub;
    }

    public X509Certificate tsaCertificate() {
        return tsaCertificate;
    }

    public ReceiptIssuer receiptIssuer() {
        return receiptIssuer;
    }

    public TrustStore trustStore() {
        return trustStore;
    }

    public X509CRL crl() {
        return crl;
    }
}
