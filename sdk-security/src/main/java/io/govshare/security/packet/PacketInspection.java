package io.govshare.security.packet;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.govshare.exchange.internal.PacketContainerReader;
import io.govshare.exchange.PacketEntries;
import io.govshare.exchange.PacketFormatException;
import io.govshare.exchange.PacketHeader;
import io.govshare.exchange.PacketManifest;
import io.govshare.exchange.internal.RecipientKey;
import io.govshare.security.crypto.CryptoException;
import io.govshare.security.crypto.CryptoProfile;
import io.govshare.security.identity.CertificateFormatException;
import io.govshare.security.identity.CertificateStatus;
import io.govshare.security.identity.Certificates;
import io.govshare.security.identity.TrustStore;
import io.govshare.verification.Reason;

/**
 * The checks of one packet, as steps in the order the opener runs them (container, manifest and signature,
 * signer trust, digests, header). The opener stops at the first failure; the verifier runs every step it
 * still can and collects the failures. Each step throws the specific {@link PacketException}.
 */
final class PacketInspection implements AutoCloseable {

    private static final int KNOWN_SIGNER_LIMIT = 4_096;
    private static final ConcurrentMap<X509Certificate, X509Certificate> KNOWN_SIGNERS = new ConcurrentHashMap<>();

    final PacketContainerReader container;
    byte[] manifestJson;
    PacketManifest manifest;
    CryptoProfile profile;
    X509Certificate signer;
    PacketHeader header;
    List<RecipientKey> recipientKeys = List.of();

    private PacketInspection(PacketContainerReader container) {
        this.container = container;
    }

    /** Container: a well-formed ZIP with safe, known, unique names and the required entries. */
    static PacketInspection open(Path packet) {
        try {
            return new PacketInspection(PacketContainerReader.open(packet));
        } catch (PacketFormatException e) {
            throw PacketException.from(e);
        }
    }

    /** The manifest, and from its digest algorithm the profile the signature is checked with. */
    void readManifest() {
        try {
            manifestJson = container.readSmall(PacketEntries.MANIFEST);
            manifest = PacketManifest.fromJson(manifestJson);
        } catch (PacketFormatException e) {
            throw PacketException.from(e);
        }
        profile = PacketProfiles.forDigest(manifest.digestAlgorithm());
    }

    void readSigner() {
        byte[] pem = readSmall(PacketEntries.SIGNER);
        try {
            signer = knownSigner(Certificates.readCertificate(new String(pem, StandardCharsets.US_ASCII)));
        } catch (CertificateFormatException e) {
            throw new MalformedPacketException(Reason.CONTAINER_MALFORMED,
                    "signer.pem does not hold one X.509 certificate: " + e.getMessage(), e);
        }
    }

    /**
     * The certificate object seen first with these exact bytes. A node signs every packet with one certificate,
     * and Bouncy Castle keeps the point precomputation of a verification on the certificate's key object, so
     * verifying with the same object makes each later SM2 verification about twice as fast. Equality is by the
     * encoded bytes, so a different certificate never matches. Bounded: cleared when full.
     */
    private static X509Certificate knownSigner(X509Certificate certificate) {
        X509Certificate known = KNOWN_SIGNERS.putIfAbsent(certificate, certificate);
        if (known != null) {
            return known;
        }
        if (KNOWN_SIGNERS.size() > KNOWN_SIGNER_LIMIT) {
            KNOWN_SIGNERS.clear();
        }
        return certificate;
    }

    /** The digest of the exact manifest.json bytes: what a receipt binds. */
    String manifestDigestHex() {
        return HexFormat.of().formatHex(profile.digest(manifestJson));
    }

    void verifySignature() {
        byte[] signature = readSmall(PacketEntries.SIGNATURE);
        boolean valid;
        try {
            valid = profile.verify(signer.getPublicKey(), manifestJson, signature);
        } catch (CryptoException e) {
            throw new SignatureInvalidException("the key of signer.pem cannot verify a " + profile.name()
                    + " packet (digest " + manifest.digestAlgorithm() + "): " + e.getMessage(), e);
        }
        if (!valid) {
            throw new SignatureInvalidException("manifest.sig is not a " + profile.name() + " signature of manifest.json"
                    + " by the key of signer.pem (" + describe(signer) + ")", null);
        }
    }

    void checkSigner(TrustStore trust, Instant at) {
        CertificateStatus status = trust.check(signer, at);
        if (status != CertificateStatus.VALID) {
            throw new SignerNotTrustedException(status, "the signer's certificate (" + describe(signer) + ") is "
                    + status + " at " + at + explain(status));
        }
    }

    void verifyDigests() {
        try {
            container.verifyDigests(manifest, profile::newDigest);
        } catch (PacketFormatException e) {
            throw PacketException.from(e);
        }
    }

    void readHeader() {
        try {
            header = PacketHeader.fromJson(readSmall(PacketEntries.HEADER));
        } catch (PacketFormatException e) {
            throw PacketException.from(e);
        }
    }

    /** The header agrees with the manifest, the container, the signer and the wrapped keys. */
    void checkHeader() {
        if (!header.packetId().equals(manifest.packetId())) {
            throw headerInvalid("header.packetId '" + header.packetId() + "' differs from the manifest's packetId '"
                    + manifest.packetId() + "'");
        }
        if (!header.cryptoProfile().equals(profile.name())) {
            throw headerInvalid("header.cryptoProfile " + header.cryptoProfile() + " does not match the manifest's"
                    + " digest algorithm " + manifest.digestAlgorithm() + " (profile " + profile.name() + ")");
        }
        if (header.encrypted() != container.encrypted()) {
            throw headerInvalid("header.encrypted is " + header.encrypted() + " but the records are in "
                    + container.recordsEntry());
        }
        String signerNode;
        try {
            signerNode = Certificates.nodeId(signer);
        } catch (CertificateFormatException e) {
            throw headerInvalid("the signer's certificate names no node, so header.sourceNode cannot be checked: "
                    + e.getMessage());
        }
        if (!header.sourceNode().equals(signerNode)) {
            throw headerInvalid("header.sourceNode '" + header.sourceNode() + "' is not the node that signed the"
                    + " packet ('" + signerNode + "', the CN of signer.pem)");
        }
        if (header.encrypted()) {
            try {
                recipientKeys = RecipientKey.fromJson(readSmall(PacketEntries.RECIPIENTS));
            } catch (PacketFormatException e) {
                throw PacketException.from(e);
            }
            Set<String> wrappedFor = new TreeSet<>();
            recipientKeys.forEach(key -> wrappedFor.add(key.node()));
            if (!wrappedFor.equals(new TreeSet<>(header.recipients()))) {
                throw headerInvalid("header.recipients " + new TreeSet<>(header.recipients())
                        + " are not the nodes recipients.json wraps the key for " + wrappedFor);
            }
        }
    }

    private byte[] readSmall(String entry) {
        try {
            return container.readSmall(entry);
        } catch (PacketFormatException e) {
            throw PacketException.from(e);
        }
    }

    private static MalformedPacketException headerInvalid(String message) {
        return new MalformedPacketException(Reason.HEADER_INVALID, message);
    }

    static String describe(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().getName() + ", serial " + Certificates.serialHex(certificate)
                + ", issued by " + certificate.getIssuerX500Principal().getName();
    }

    private static String explain(CertificateStatus status) {
        return switch (status) {
            case UNTRUSTED -> ": no CA of the trust store issued it";
            case EXPIRED -> ": it (or its CA) was no longer valid then";
            case NOT_YET_VALID -> ": it (or its CA) was not yet valid then";
            case REVOKED -> ": the CA's revocation list revoked it before then";
            case VALID -> "";
        };
    }

    @Override
    public void close() {
        container.close();
    }
}
