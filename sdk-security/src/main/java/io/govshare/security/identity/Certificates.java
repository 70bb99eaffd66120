package io.govshare.security.identity;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.CRLException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;

import io.govshare.security.crypto.CryptoProfile;
import io.govshare.security.internal.Pkix;

/**
 * PEM text for certificates and CRLs (the form {@code openssl x509}, {@code openssl crl} and auditors use),
 * and the few certificate fields GovShare reads. Certificates returned are Bouncy Castle's, so SM2 keys and
 * SM3withSM2 signatures work whatever providers the JVM has.
 */
public final class Certificates {

    private Certificates() {
    }

    /** {@code -----BEGIN CERTIFICATE-----} PEM of {@code certificate}, with '\n' line ends. */
    public static String toPem(X509Certificate certificate) {
        try {
            return pem("CERTIFICATE", certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new CertificateFormatException("certificate cannot be encoded: " + e.getMessage(), e);
        }
    }

    /** {@code -----BEGIN X509 CRL-----} PEM of {@code crl}, with '\n' line ends. */
    public static String toPem(X509CRL crl) {
        try {
            return pem("X509 CRL", crl.getEncoded());
        } catch (CRLException e) {
            throw new CertificateFormatException("CRL cannot be encoded: " + e.getMessage(), e);
        }
    }

    /**
     * The one certificate in {@code pem}.
     *
     * @throws CertificateFormatException if the text is not PEM, holds something else, or holds more than one
     */
    public static X509Certificate readCertificate(String pem) {
        List<X509Certificate> certificates = readCertificates(pem);
        if (certificates.size() != 1) {
            throw new CertificateFormatException("PEM text must hold exactly one certificate, found "
                    + certificates.size() + " (read a bundle with readCertificates)");
        }
        return certificates.get(0);
    }

    /**
     * Every certificate in {@code pem}, in order (a CA bundle).
     *
     * @throws CertificateFormatException if there is none, or a block is not a certificate
     */
    public static List<X509Certificate> readCertificates(String pem) {
        List<X509Certificate> certificates = new ArrayList<>();
        for (Object object : parseAll(pem, "certificate")) {
            if (!(object instanceof X509CertificateHolder holder)) {
                throw new CertificateFormatException("PEM text must hold only 'CERTIFICATE' blocks, found "
                        + describe(object));
            }
            certificates.add(Pkix.certificate(holder));
        }
        return List.copyOf(certificates);
    }

    /**
     * The one CRL in {@code pem}.
     *
     * @throws CertificateFormatException if the text is not PEM, holds something else, or more than one block
     */
    public static X509CRL readCrl(String pem) {
        List<Object> objects = parseAll(pem, "CRL");
        if (objects.size() != 1 || !(objects.get(0) instanceof X509CRLHolder holder)) {
            throw new CertificateFormatException("PEM text must hold exactly one 'X509 CRL' block, found "
                    + (objects.size() == 1 ? describe(objects.get(0)) : objects.size() + " blocks"));
        }
        try {
            return new JcaX509CRLConverter().setProvider(Pkix.provider()).getCRL(holder);
        } catch (CRLException e) {
            throw new CertificateFormatException("CRL cannot be decoded: " + e.getMessage(), e);
        }
    }

    /**
     * The serial number as lower-case hexadecimal without leading zeros, the form stored by the hub and
     * written in {@code recipients.json}; {@code openssl x509 -serial} prints the same digits in upper case.
     */
    public static String serialHex(X509Certificate certificate) {
        return certificate.getSerialNumber().toString(16);
    }

    /**
     * The subject's common name: the node id for node certificates.
     *
     * @throws CertificateFormatException if the subject has no CN or more than one
     */
    public static String nodeId(X509Certificate certificate) {
        return commonName(X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()), "certificate subject");
    }

    /**
     * The profile whose curve the certificate's key is on.
     *
     * @throws CertificateFormatException if the key is neither SM2 nor P-256
     */
    public static CryptoProfile profile(X509Certificate certificate) {
        try {
            return Pkix.profileOf(certificate.getPublicKey());
        } catch (IllegalArgumentException e) {
            throw new CertificateFormatException("certificate " + certificate.getSubjectX500Principal().getName()
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * True if {@code key} is the private key of {@code certificate}: a probe signed with it verifies with the
     * certificate's key. False for a key of another curve or algorithm.
     */
    public static boolean isKeyOf(PrivateKey key, X509Certificate certificate) {
        byte[] probe = "GovShare key pair check".getBytes(StandardCharsets.US_ASCII);
        try {
            CryptoProfile profile = profile(certificate);
            return profile.verify(certificate.getPublicKey(), probe, profile.sign(key, probe));
        } catch (RuntimeException e) { // a key the profile refuses is not this certificate's
            return false;
        }
    }

    static String commonName(X500Name name, String where) {
        RDN[] commonNames = name.getRDNs(BCStyle.CN);
        if (commonNames.length != 1) {
            throw new CertificateFormatException(where + " must have exactly one CN, found " + commonNames.length
                    + " in '" + name + "'");
        }
        return IETFUtils.valueToString(commonNames[0].getFirst().getValue());
    }

    private static List<Object> parseAll(String pem, String what) {
        if (pem == null || pem.isBlank()) {
            throw new CertificateFormatException("PEM " + what + " text must not be empty");
        }
        List<Object> objects = new ArrayList<>();
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            for (Object object; (object = parser.readObject()) != null; ) {
                objects.add(object);
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new CertificateFormatException("PEM " + what + " text is malformed: " + e.getMessage(), e);
        }
        if (objects.isEmpty()) {
            throw new CertificateFormatException("PEM " + what + " text has no '-----BEGIN ...-----' block");
        }
        return objects;
    }

    private static String describe(Object parsed) {
        return switch (parsed.getClass().getSimpleName()) {
            case "X509CertificateHolder" -> "a certificate";
            case "X509CRLHolder" -> "a CRL";
            case "PKCS10CertificationRequest" -> "a certificate request";
            case "SubjectPublicKeyInfo" -> "a public key";
            case "PrivateKeyInfo", "PEMKeyPair", "PKCS8EncryptedPrivateKeyInfo", "PEMEncryptedKeyPair" -> "a private key";
            default -> parsed.getClass().getSimpleName();
        };
    }

    private static String pem(String type, byte[] der) {
        StringWriter text = new StringWriter();
        try (PemWriter writer = new PemWriter(text)) {
            writer.writeObject(new PemObject(type, der));
        } catch (IOException e) {
            throw new UncheckedIOException("writing PEM to a string cannot fail", e);
        }
        return text.toString().replace("\r\n", "\n");
    }
}
