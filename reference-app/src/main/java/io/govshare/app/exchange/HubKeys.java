package io.govshare.app.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PrivateKey;
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

import io.govshare.app.platform.PlatformConfig;
import io.govshare.security.crypto.CryptoProfile;
import io.govshare.security.crypto.Pem;
import io.govshare.security.identity.Certificates;
import io.govshare.security.identity.HubCertificateAuthority;
import io.govshare.security.identity.HubTrustStore;
import io.govshare.security.identity.NodeIdentity;
import io.govshare.security.identity.Revocation;
import io.govshare.security.identity.TrustStore;
import io.govshare.security.receipt.ReceiptIssuer;
import io.govshare.security.timestamp.TimestampAuthority;

/**
 * The hub's own keys, created at the first start and kept in {@code <data dir>/exchange/keys} (private keys
 * readable by the owner only): the CA that issues node certificates, the hub's node identity (it signs receipts,
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

    @Inject
    ExchangeConfig config;

    private HubCertificateAuthority ca;
    private NodeIdentity hub;
    private TimestampAuthority tsa;
    private X509Certificate tsaCertificate;
    private ReceiptIssuer receiptIssuer;
    private volatile X509CRL crl;
    private volatile TrustStore trustStore;

    @PostConstruct
    void loadOrCreate() {
        CryptoProfile profile = config.hubProfile();
        Path dir = platform.dataDir().resolve("exchange").resolve("keys");
        try {
            Files.createDirectories(dir);
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            if (!Files.exists(dir.resolve("ca.pem"))) {
                HubCertificateAuthority created = HubCertificateAuthority.create("GovShare Hub CA", profile,
                        now.minus(Duration.ofMinutes(5)), now.plus(CA_VALIDITY));
                KeyPair hubKeys = profile.generateSigningKeyPair();
                X509Certificate hubCert = created.issueNodeCertificate(HUB_NODE_ID, hubKeys.getPublic(),
                        now.minus(Duration.ofMinutes(5)), now.plus(CA_VALIDITY));
                KeyPair tsaKeys = profile.generateSigningKeyPair();
                X509Certificate tsaCert = created.issueTimestampingCertificate("GovShare Hub TSA", tsaKeys.getPublic(),
                        now.minus(Duration.ofMinutes(5)), now.plus(CA_VALIDITY));
                writePrivate(dir.resolve("hub-key.pem"), hubKeys.getPrivate());
                writePrivate(dir.resolve("tsa-key.pem"), tsaKeys.getPrivate());
                Files.writeString(dir.resolve("hub.pem"), Certificates.toPem(hubCert));
                Files.writeString(dir.resolve("tsa.pem"), Certificates.toPem(tsaCert));
                writePrivate(dir.resolve("ca-key.pem"), created.privateKey());
                // ca.pem last: its presence means the set is complete
                Files.writeString(dir.resolve("ca.pem"), Certificates.toPem(created.certificate()));
                LOG.info(() -> "Exchange hub keys created in " + dir + " (" + profile.name() + " profile)");
            }
            X509Certificate caCert = Certificates.readCertificate(Files.readString(dir.resolve("ca.pem")));
            ca = HubCertificateAuthority.of(readPrivate(dir.resolve("ca-key.pem")), caCert, profile);
            hub = new NodeIdentity(HUB_NODE_ID, readPrivate(dir.resolve("hub-key.pem")),
                    Certificates.readCertificate(Files.readString(dir.resolve("hub.pem"))), profile);
            tsaCertificate = Certificates.readCertificate(Files.readString(dir.resolve("tsa.pem")));
            tsa = new TimestampAuthority(readPrivate(dir.resolve("tsa-key.pem")), tsaCertificate, profile,
                    Clock.systemUTC());
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

    static Revocation revocation(ExchangeNodeRow node) {
        return new Revocation(new BigInteger(node.certificateSerial(), 16), node.revokedAt());
    }

    private static void writePrivate(Path file, PrivateKey key) throws IOException {
        Files.writeString(file, Pem.write(key), StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            LOG.warning(() -> "Cannot restrict the permissions of " + file + " on this file system");
        }
    }

    private static PrivateKey readPrivate(Path file) throws IOException {
        return Pem.readPrivateKey(Files.readString(file, StandardCharsets.US_ASCII));
    }
}
