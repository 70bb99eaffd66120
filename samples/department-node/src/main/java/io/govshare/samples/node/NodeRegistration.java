package io.govshare.samples.node;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.json.JsonObject;

import io.govshare.security.crypto.CryptoException;
import io.govshare.security.crypto.Pem;
import io.govshare.security.identity.CertificateRequests;
import io.govshare.security.identity.CertificateStatus;
import io.govshare.security.identity.Certificates;
import io.govshare.security.identity.HubTrustStore;
import io.govshare.security.identity.KeyStores;
import io.govshare.security.identity.NodeIdentity;

/**
 * Registers a node with the hub, in the node folder ({@code node.dir}):
 * <ol>
 *   <li>{@link #request()}: pins the hub's CA certificate ({@value #CA_FILE}), generates the node's key pair
 *       ({@value #PENDING_KEY_FILE}, owner-only) and sends its certificate request; the node is then PENDING;</li>
 *   <li>a platform admin approves the node at the hub (POST /api/v1/exchange/nodes/{id}/approve);</li>
 *   <li>{@link #fetchCertificate()} (or {@link #await}) picks up the certificate, checks that it is for this key and
 *       this node id and chains to the pinned CA, and saves key and certificate as {@code key.pem} and
 *       {@code certificate.pem} ({@link KeyStores}).</li>
 * </ol>
 * Every step can be repeated: a request whose answer was lost is resumed with the same key, never a second one.
 */
public final class NodeRegistration {

    /** The hub CA certificate pinned at registration: the only CA this node ever trusts. */
    public static final String CA_FILE = "hub-ca.pem";
    /** The private key while the node waits for approval. */
    public static final String PENDING_KEY_FILE = "pending-key.pem";
    /** Its public key, for resending the certificate request and checking the certificate. */
    public static final String PENDING_PUBLIC_KEY_FILE = "pending-public-key.pem";

    private final NodeConfig config;
    private final HubClient hub;

    public NodeRegistration(NodeConfig config, HubClient hub) {
        this.config = Objects.requireNonNull(config, "config");
        this.hub = Objects.requireNonNull(hub, "hub");
    }

    /** Whether the node folder holds a complete identity (key and certificate). */
    public static boolean isRegistered(NodeConfig config) {
        return Files.exists(config.nodeDir().resolve(KeyStores.CERTIFICATE_FILE));
    }

    /**
     * The node's identity from its folder.
     *
     * @throws SyncException if the node is not registered yet, or the folder belongs to another node id
     */
    public static NodeIdentity identity(NodeConfig config) throws IOException {
        if (!isRegistered(config)) {
            throw new SyncException("node " + config.nodeId() + " has no certificate in " + config.nodeDir()
                    + "; run 'register' and have an admin approve the node first");
        }
        NodeIdentity identity = KeyStores.load(config.nodeDir());
        if (!identity.nodeId().equals(config.nodeId())) {
            throw new SyncException(config.nodeDir() + " holds the identity of node " + identity.nodeId()
                    + ", but node.id is " + config.nodeId());
        }
        return identity;
    }

    /** The hub CA certificate pinned at registration. */
    public static X509Certificate pinnedCa(NodeConfig config) throws IOException {
        Path file = config.nodeDir().resolve(CA_FILE);
        if (!Files.exists(file)) {
            throw new SyncException("no pinned hub CA (" + file + "); run 'register' first");
        }
        return Certificates.readCertificate(Files.readString(file, StandardCharsets.US_ASCII));
    }

    /**
     * Sends the node's certificate request, or resumes an earlier one. Returns the node's status at the hub
     * (PENDING until an admin decides; ACTIVE if already approved).
     *
     * @throws IllegalStateException if the folder already holds a complete identity
     * @throws HubException          if the hub refuses the request (the node id is taken, the CSR is invalid...)
     */
    public String request() throws IOException {
        if (isRegistered(config)) {
            throw new IllegalStateException("node " + config.nodeId() + " is already registered (" + config.nodeDir()
                    + " holds its certificate)");
        }
        Files.createDirectories(config.nodeDir());
        Path keyFile = config.nodeDir().resolve(PENDING_KEY_FILE);
        if (!Files.exists(config.nodeDir().resolve(CA_FILE))) {
            String ca = hub.trust().getString("caCertificate");
            Certificates.readCertificate(ca); // only a certificate may be pinned
            Files.writeString(config.nodeDir().resolve(CA_FILE), ca, StandardCharsets.US_ASCII);
        }
        KeyPair keys;
        if (Files.exists(keyFile)) {
            keys = readPendingKeys(keyFile);
            Optional<JsonObject> known = existingNode();
            if (known.isPresent()) {
                return known.get().getString("status");
            }
        } else {
            keys = config.profile().generateSigningKeyPair();
            Files.writeString(config.nodeDir().resolve(PENDING_PUBLIC_KEY_FILE), Pem.write(keys.getPublic()),
                    StandardCharsets.US_ASCII);
            writeOwnerOnly(keyFile, Pem.write(keys.getPrivate()));
        }
        String csr = CertificateRequests.createPem(keys, config.nodeId(), config.profile());
        try {
            return hub.registerNode(csr).getString("status");
        } catch (HubException e) {
            if (e.isRefusal()) {
                // refused for good: the next attempt starts with a new key rather than one the hub turned down
                Files.deleteIfExists(keyFile);
                Files.deleteIfExists(config.nodeDir().resolve(PENDING_PUBLIC_KEY_FILE));
            }
            throw e;
        }
    }

    /**
     * Asks the hub once. ACTIVE: checks and saves the certificate and returns the identity. PENDING: empty.
     *
     * @throws SyncException if the node was rejected or revoked, or the certificate does not fit
     */
    public Optional<NodeIdentity> fetchCertificate() throws IOException {
        if (isRegistered(config)) {
            return Optional.of(identity(config));
        }
        Path keyFile = config.nodeDir().resolve(PENDING_KEY_FILE);
        if (!Files.exists(keyFile)) {
            throw new SyncException("no pending registration in " + config.nodeDir() + "; run 'register' first");
        }
        JsonObject node = hub.node(config.nodeId());
        String status = node.getString("status");
        switch (status) {
            case "PENDING":
                return Optional.empty();
            case "ACTIVE":
                break;
            default:
                throw new SyncException("node " + config.nodeId() + " is " + status + " at the hub"
                        + (node.containsKey("statusReason") ? ": " + node.getString("statusReason") : "")
                        + "; register under a new node id");
        }
        KeyPair keys = readPendingKeys(keyFile);
        X509Certificate certificate = Certificates.readCertificate(node.getString("certificate"));
        requireFits(certificate, keys.getPublic());
        NodeIdentity identity = new NodeIdentity(config.nodeId(), keys.getPrivate(), certificate,
                Certificates.profile(certificate));
        KeyStores.save(identity, config.nodeDir());
        Files.delete(keyFile);
        Files.deleteIfExists(config.nodeDir().resolve(PENDING_PUBLIC_KEY_FILE));
        return Optional.of(identity);
    }

    /**
     * Polls {@link #fetchCertificate()} every {@code interval} until the node is approved or {@code timeout}
     * has passed.
     *
     * @return the identity, or empty if the node is still PENDING after {@code timeout}
     */
    public Optional<NodeIdentity> await(Duration timeout, Duration interval) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            Optional<NodeIdentity> identity = fetchCertificate();
            if (identity.isPresent() || !Instant.now().plus(interval).isBefore(deadline)) {
                return identity;
            }
            Thread.sleep(interval.toMillis());
        }
    }

    private Optional<JsonObject> existingNode() throws IOException {
        try {
            return Optional.of(hub.node(config.nodeId()));
        } catch (HubException e) {
            if (e.status() == 404) {
                return Optional.empty(); // the earlier request never arrived: send it again, same key
            }
            throw e;
        }
    }

    /** The certificate must certify this node's key under its node id, issued by the pinned CA and valid now. */
    private void requireFits(X509Certificate certificate, PublicKey key) throws IOException {
        if (!java.util.Arrays.equals(certificate.getPublicKey().getEncoded(), key.getEncoded())) {
            throw new SyncException("the hub's certificate for node " + config.nodeId()
                    + " is not for the key this node generated; refusing it");
        }
        if (!config.nodeId().equals(Certificates.nodeId(certificate))) {
            throw new SyncException("the hub's certificate names node " + Certificates.nodeId(certificate)
                    + ", not " + config.nodeId());
        }
        CertificateStatus status = HubTrustStore.of(List.of(pinnedCa(config)), List.of())
                .check(certificate, Instant.now());
        if (status != CertificateStatus.VALID) {
            throw new SyncException("the node's new certificate is " + status + " under the pinned hub CA");
        }
    }

    private static KeyPair readPendingKeys(Path keyFile) throws IOException {
        Path publicFile = keyFile.resolveSibling(PENDING_PUBLIC_KEY_FILE);
        try {
            PrivateKey key = Pem.readPrivateKey(Files.readString(keyFile, StandardCharsets.US_ASCII));
            PublicKey publicKey = Pem.readPublicKey(Files.readString(publicFile, StandardCharsets.US_ASCII));
            return new KeyPair(publicKey, key);
        } catch (CryptoException e) {
            throw new SyncException(keyFile + " and " + publicFile + " do not hold the pending key pair: "
                    + e.getMessage(), e);
        }
    }

    private static void writeOwnerOnly(Path file, String text) throws IOException {
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        try {
            if (posix) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException(file + " appeared while registering; is another 'register' running?", e);
        }
        Files.writeString(file, text, StandardCharsets.US_ASCII);
    }
}
