package io.govshare.security.internal;

import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import io.govshare.security.crypto.CryptoProfile;
import io.govshare.security.crypto.CryptoProfiles;
import io.govshare.security.crypto.internal.InternationalProfile;
import io.govshare.security.crypto.internal.SmProfile;

/**
 * Bouncy Castle plumbing for X.509 and CMS shared by the identity and timestamp packages: the provider
 * instance they pass explicitly, each crypto profile's signature and digest algorithm as X.509 and CMS
 * name them, and the profile a key belongs to. Applications rarely need it directly.
 *
 * <p>The provider is never registered with {@code Security.addProvider}, for the same reason as in
 * {@code io.govshare.security.crypto}: a library must not change the JVM-wide provider list.
 *
 * <p>Internal: not part of the SDK's API (see the package description).
 */
public final class Pkix {

    private static final Provider PROVIDER = new BouncyCastleProvider();

    private Pkix() {
    }

    /** The Bouncy Castle provider instance to pass to JCA and BC operator builders. */
    public static Provider provider() {
        return PROVIDER;
    }

    /** The JCA signature algorithm of {@code profile}: {@code SM3WITHSM2} or {@code SHA256WITHECDSA}. */
    public static String signatureAlgorithm(CryptoProfile profile) {
        return switch (known(profile).name()) {
            case SmProfile.NAME -> "SM3WITHSM2";
            default -> "SHA256WITHECDSA";
        };
    }

    /** The OID of the profile's digest: SM3 (1.2.156.10197.1.401) or SHA-256 (2.16.840.1.101.3.4.2.1). */
    public static ASN1ObjectIdentifier digestAlgorithm(CryptoProfile profile) {
        return switch (known(profile).name()) {
            case SmProfile.NAME -> GMObjectIdentifiers.sm3;
            default -> NISTObjectIdentifiers.id_sha256;
        };
    }

    /**
     * The profile whose curve {@code key} is on: SM for sm2p256v1, INTL for P-256 (named-curve encoding).
     *
     * @throws IllegalArgumentException if the key is not an EC key on one of those curves
     */
    public static CryptoProfile profileOf(PublicKey key) {
        if (key == null) {
            throw new IllegalArgumentException("public key must not be null");
        }
        return profileOf(SubjectPublicKeyInfo.getInstance(key.getEncoded()));
    }

    /** As {@link #profileOf(PublicKey)}, from the encoded key of a certificate or CSR. */
    public static CryptoProfile profileOf(SubjectPublicKeyInfo info) {
        ASN1ObjectIdentifier algorithm = info.getAlgorithm().getAlgorithm();
        if (!X9ObjectIdentifiers.id_ecPublicKey.equals(algorithm)) {
            throw new IllegalArgumentException("key must be an SM2 (sm2p256v1) or P-256 EC key, got algorithm "
                    + algorithm.getId());
        }
        if (!(info.getAlgorithm().getParameters() instanceof ASN1ObjectIdentifier curve)) {
            throw new IllegalArgumentException("key must be an SM2 (sm2p256v1) or P-256 EC key given by its named"
                    + " curve, got explicit or missing curve parameters");
        }
        if (GMObjectIdentifiers.sm2p256v1.equals(curve)) {
            return CryptoProfiles.SM;
        }
        if (SECObjectIdentifiers.secp256r1.equals(curve)) {
            return CryptoProfiles.INTL;
        }
        throw new IllegalArgumentException("key must be an SM2 (sm2p256v1) or P-256 EC key, got curve " + curve.getId());
    }

    /**
     * A content signer with the profile's signature algorithm, for certificates, CRLs, CSRs and CMS. Not
     * thread-safe: build one per signature.
     */
    public static ContentSigner contentSigner(CryptoProfile profile, PrivateKey key) {
        try {
            return new JcaContentSignerBuilder(signatureAlgorithm(profile)).setProvider(PROVIDER).build(key);
        } catch (OperatorCreationException e) {
            throw new IllegalArgumentException("private key cannot sign with " + signatureAlgorithm(profile)
                    + ": " + e.getMessage(), e);
        }
    }

    /** The JCA certificate of a Bouncy Castle holder. */
    public static X509Certificate certificate(X509CertificateHolder holder) {
        try {
            return new JcaX509CertificateConverter().setProvider(PROVIDER).getCertificate(holder);
        } catch (CertificateException e) {
            throw new IllegalStateException("Bouncy Castle cannot convert the certificate it built: " + e.getMessage(), e);
        }
    }

    private static CryptoProfile known(CryptoProfile profile) {
        if (profile == null) {
            throw new IllegalArgumentException("crypto profile must not be null");
        }
        if (!SmProfile.NAME.equals(profile.name()) && !InternationalProfile.NAME.equals(profile.name())) {
            throw new IllegalArgumentException("crypto profile must be SM or INTL, got " + profile.name());
        }
        return profile;
    }
}
