package io.govshare.security.identity;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CRLException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;

import io.govshare.security.crypto.CryptoProfile;
import io.govshare.security.internal.Pkix;

/**
 * The hub's certificate authority: it certifies the nodes that registered and an administrator approved,
 * the hub's own identity ({@value NodeIds#HUB}) and its timestamping key, and publishes revocations as a
 * CRL. Everything it issues is signed with the profile's algorithm (SM3withSM2 or SHA256withECDSA), so
 * {@code openssl verify -CAfile ca.pem [-crl_check -CRLfile crl.pem] node.pem} checks it independently.
 *
 * <p>Invariants: the CA certificate is self-signed with basicConstraints cA=TRUE, pathLen 0 (it issues only
 * end-entity certificates) and keyUsage keyCertSign|cRLSign; the key matches it and is on the profile's
 * curve. Issued certificates have a random positive 128-bit serial, lie within the CA's validity and carry
 * authority and subject key identifiers. Times are kept to whole seconds, as X.509 encodes them.
 *
 * <p>Thread-safe: it holds no mutable state.
 */
public final class HubCertificateAuthority {

    private static final int MAX_NAME_LENGTH = 64;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PrivateKey privateKey;
    private final X509Certificate certificate;
    private final CryptoProfile profile;
    private final X500Name name;

    private HubCertificateAuthority(PrivateKey privateKey, X509Certificate certificate, CryptoProfile profile) {
        this.privateKey = privateKey;
        this.certificate = certificate;
        this.profile = profile;
        this.name = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
    }

    /**
     * A new CA with a fresh key pair on the profile's curve and a self-signed certificate {@code CN=caName}.
     *
     * @throws IllegalArgumentException if the name is blank or longer than 64 characters, or the validity is empty
     */
    public static HubCertificateAuthority create(String caName, CryptoProfile profile, Instant notBefore, Instant notAfter) {
        X500Name subject = commonName(caName, "CA name");
        requireValidity(notBefore, notAfter);
        KeyPair keys = profile.generateSigningKeyPair();
        JcaX509ExtensionUtils ids = extensionUtils();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, newSerial(), date(notBefore),
                date(notAfter), subject, keys.getPublic());
        addExtension(builder, Extension.basicConstraints, true, new BasicConstraints(0));
        addExtension(builder, Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        addExtension(builder, Extension.subjectKeyIdentifier, false, ids.createSubjectKeyIdentifier(keys.getPublic()));
        addExtension(builder, Extension.authorityKeyIdentifier, false, ids.createAuthorityKeyIdentifier(keys.getPublic()));
        X509Certificate certificate = Pkix.certificate(builder.build(Pkix.contentSigner(profile, keys.getPrivate())));
        return new HubCertificateAuthority(keys.getPrivate(), certificate, profile);
    }

    /**
     * The CA from its stored key and certificate.
     *
     * @throws IllegalArgumentException if the certificate is not a CA certificate, its key is not on the
     *                                  profile's curve, or {@code privateKey} is not its key
     */
    public static HubCertificateAuthority of(PrivateKey privateKey, X509Certificate certificate, CryptoProfile profile) {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(profile, "profile");
        if (certificate.getBasicConstraints() < 0) {
            throw new IllegalArgumentException("certificate " + certificate.getSubjectX500Principal().getName()
                    + " is not a CA certificate (basicConstraints cA is not TRUE)");
        }
        CryptoProfile certificateProfile = Certificates.profile(certificate);
        if (!certificateProfile.name().equals(profile.name())) {
            throw new IllegalArgumentException("CA certificate has a " + certificateProfile.name()
                    + " key but the profile given is " + profile.name());
        }
        if (!Certificates.isKeyOf(privateKey, certificate)) {
            throw new IllegalArgumentException("CA private key does not belong to certificate "
                    + certificate.getSubjectX500Principal().getName());
        }
        return new HubCertificateAuthority(privateKey, certificate, profile);
    }

    public X509Certificate certificate() {
        return certificate;
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public CryptoProfile profile() {
        return profile;
    }

    /**
     * A node certificate: subject {@code CN=nodeId}, basicConstraints cA=FALSE, keyUsage
     * digitalSignature|keyEncipherment|keyAgreement (the one key signs and receives key wraps).
     *
     * @param nodeId a well-formed node id; {@value NodeIds#HUB} for the hub's own identity
     * @throws IllegalArgumentException if the node id is malformed, the key is not on the CA's curve, or the
     *                                  validity is empty or outside the CA's
     */
    public X509Certificate issueNodeCertificate(String nodeId, PublicKey publicKey, Instant notBefore, Instant notAfter) {
        NodeIds.requireWellFormed(nodeId);
        X509v3CertificateBuilder builder = endEntity(commonName(nodeId, "node id"), publicKey, notBefore, notAfter);
        addExtension(builder, Extension.keyUsage, true,
                new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment | KeyUsage.keyAgreement));
        return sign(builder);
    }

    /**
     * The certificate of the hub's RFC 3161 timestamping key: subject {@code CN=name}, keyUsage
     * digitalSignature|nonRepudiation and, as RFC 3161 §2.3 requires, a critical extendedKeyUsage holding
     * only id-kp-timeStamping.
     *
     * @throws IllegalArgumentException if the name is blank or too long, the key is not on the CA's curve, or
     *                                  the validity is empty or outside the CA's
     */
    public X509Certificate issueTimestampingCertificate(String name, PublicKey publicKey, Instant notBefore, Instant notAfter) {
        X509v3CertificateBuilder builder = endEntity(commonName(name, "timestamping certificate name"), publicKey,
                notBefore, notAfter);
        addExtension(builder, Extension.keyUsage, true,
                new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        addExtension(builder, Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
        return sign(builder);
    }

    /**
     * The CA's signed revocation list. Its CRL number is {@code thisUpdate} in epoch milliseconds, so lists
     * issued later have larger numbers as RFC 5280 asks, without a counter to persist.
     *
     * @throws IllegalArgumentException if nextUpdate is not after thisUpdate, a serial is listed twice, or a
     *                                  revocation takes effect after thisUpdate
     */
    public X509CRL revocationList(Collection<Revocation> revoked, Instant thisUpdate, Instant nextUpdate) {
        Objects.requireNonNull(revoked, "revoked");
        Objects.requireNonNull(thisUpdate, "thisUpdate");
        Objects.requireNonNull(nextUpdate, "nextUpdate");
        if (!nextUpdate.isAfter(thisUpdate)) {
            throw new IllegalArgumentException("CRL nextUpdate " + nextUpdate + " must be after thisUpdate " + thisUpdate);
        }
        X509v2CRLBuilder builder = new X509v2CRLBuilder(name, date(thisUpdate));
        builder.setNextUpdate(date(nextUpdate));
        Set<BigInteger> seen = new HashSet<>();
        for (Revocation revocation : revoked) {
            Objects.requireNonNull(revocation, "revocation");
            if (!seen.add(revocation.serial())) {
                throw new IllegalArgumentException("serial " + revocation.serial().toString(16) + " is revoked twice");
            }
            if (revocation.revokedAt().isAfter(thisUpdate)) {
                throw new IllegalArgumentException("revocation of serial " + revocation.serial().toString(16) + " at "
                        + revocation.revokedAt() + " is after the CRL's thisUpdate " + thisUpdate);
            }
            // reason 0: no reasonCode extension; the hub records its reasons itself
            builder.addCRLEntry(revocation.serial(), date(revocation.revokedAt()), 0);
        }
        try {
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    extensionUtils().createAuthorityKeyIdentifier(certificate.getPublicKey()));
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(thisUpdate.toEpochMilli())));
        } catch (CertIOException e) {
            throw new IllegalStateException("CRL extensions cannot be encoded: " + e.getMessage(), e);
        }
        X509CRLHolder crl = builder.build(Pkix.contentSigner(profile, privateKey));
        try {
            return new JcaX509CRLConverter().setProvider(Pkix.provider()).getCRL(crl);
        } catch (CRLException e) {
            throw new IllegalStateException("Bouncy Castle cannot convert the CRL it built: " + e.getMessage(), e);
        }
    }

    private X509v3CertificateBuilder endEntity(X500Name subject, PublicKey publicKey, Instant notBefore, Instant notAfter) {
        Objects.requireNonNull(publicKey, "publicKey");
        requireValidity(notBefore, notAfter);
        CryptoProfile keyProfile = Pkix.profileOf(publicKey);
        if (!keyProfile.name().equals(profile.name())) {
            throw new IllegalArgumentException("key to certify is a " + keyProfile.name() + " key but this CA issues "
                    + profile.name() + " certificates");
        }
        Instant caNotBefore = certificate.getNotBefore().toInstant();
        Instant caNotAfter = certificate.getNotAfter().toInstant();
        if (seconds(notBefore).isBefore(caNotBefore) || seconds(notAfter).isAfter(caNotAfter)) {
            throw new IllegalArgumentException("validity " + notBefore + " .. " + notAfter
                    + " must lie within the CA certificate's validity " + caNotBefore + " .. " + caNotAfter);
        }
        JcaX509ExtensionUtils ids = extensionUtils();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, newSerial(), date(notBefore),
                date(notAfter), subject, publicKey);
        addExtension(builder, Extension.basicConstraints, true, new BasicConstraints(false));
        addExtension(builder, Extension.subjectKeyIdentifier, false, ids.createSubjectKeyIdentifier(publicKey));
        addExtension(builder, Extension.authorityKeyIdentifier, false,
                ids.createAuthorityKeyIdentifier(certificate.getPublicKey()));
        return builder;
    }

    private X509Certificate sign(X509v3CertificateBuilder builder) {
        return Pkix.certificate(builder.build(Pkix.contentSigner(profile, privateKey)));
    }

    private static X500Name commonName(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        if (value.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException(what + " must be at most " + MAX_NAME_LENGTH
                    + " characters (X.520 upper bound for a CN), got " + value.length());
        }
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, value).build();
    }

    private static void requireValidity(Instant notBefore, Instant notAfter) {
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(notAfter, "notAfter");
        if (!seconds(notAfter).isAfter(seconds(notBefore))) {
            throw new IllegalArgumentException("notAfter " + notAfter + " must be at least a second after notBefore "
                    + notBefore);
        }
    }

    private static void addExtension(X509v3CertificateBuilder builder, ASN1ObjectIdentifier oid, boolean critical,
                                     ASN1Encodable value) {
        try {
            builder.addExtension(oid, critical, value);
        } catch (CertIOException e) {
            throw new IllegalStateException("extension " + oid.getId() + " cannot be encoded: " + e.getMessage(), e);
        }
    }

    private static JcaX509ExtensionUtils extensionUtils() {
        try {
            return new JcaX509ExtensionUtils();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 for key identifiers (RFC 5280 §4.2.1.2) is missing from the JDK", e);
        }
    }

    /** Random positive 128-bit serial with the top bit set, so every serial prints as 32 hex digits. */
    private static BigInteger newSerial() {
        return new BigInteger(128, RANDOM).setBit(127);
    }

    private static Instant seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }

    private static Date date(Instant instant) {
        return Date.from(seconds(instant));
    }
}
