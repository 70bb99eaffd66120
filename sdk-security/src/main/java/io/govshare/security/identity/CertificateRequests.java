package io.govshare.security.identity;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.KeyPair;
import java.security.PublicKey;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;

import io.govshare.security.crypto.CryptoProfile;
import io.govshare.security.internal.Pkix;

/**
 * PKCS#10 certificate signing requests, the first step of node registration: the node creates one with its
 * key pair and node id as subject CN; the hub parses it, and an administrator's approval turns it into a
 * certificate ({@link HubCertificateAuthority#issueNodeCertificate}). The request's signature proves that
 * the node holds the private key; the profile follows from the key's curve.
 *
 * <p>Check with OpenSSL: {@code openssl req -in node.csr -noout -verify -subject}.
 */
public final class CertificateRequests {

    private CertificateRequests() {
    }

    /**
     * A PEM ({@code -----BEGIN CERTIFICATE REQUEST-----}) request with subject {@code CN=nodeId}, signed with
     * {@code keys} using the profile's signature algorithm.
     *
     * @throws IllegalArgumentException if the node id is not registrable or the key is not on the profile's curve
     */
    public static String createPem(KeyPair keys, String nodeId, CryptoProfile profile) {
        NodeIds.requireRegistrable(nodeId);
        if (keys == null) {
            throw new IllegalArgumentException("key pair must not be null");
        }
        CryptoProfile keyProfile = Pkix.profileOf(keys.getPublic());
        if (!keyProfile.name().equals(profile.name())) {
            throw new IllegalArgumentException("key pair is a " + keyProfile.name() + " key but the request is for profile "
                    + profile.name());
        }
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, nodeId).build();
        PKCS10CertificationRequest request = new JcaPKCS10CertificationRequestBuilder(subject, keys.getPublic())
                .build(Pkix.contentSigner(profile, keys.getPrivate()));
        StringWriter text = new StringWriter();
        try (PemWriter writer = new PemWriter(text)) {
            writer.writeObject(new PemObject("CERTIFICATE REQUEST", request.getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException("writing PEM to a string cannot fail", e);
        }
        return text.toString().replace("\r\n", "\n");
    }

    /**
     * Parses and checks a request: PEM, a PKCS#10 CSR, an SM2 or P-256 key, signed with that key by the
     * profile's algorithm, one subject CN that is a registrable node id.
     *
     * @throws CertificateRequestException naming the first thing wrong
     */
    public static ParsedRequest parse(String csrPem) {
        PKCS10CertificationRequest request = read(csrPem);
        CryptoProfile profile;
        try {
            profile = Pkix.profileOf(request.getSubjectPublicKeyInfo());
        } catch (IllegalArgumentException e) {
            throw new CertificateRequestException("CSR key is not accepted: " + e.getMessage(), e);
        }
        AlgorithmIdentifier expected = new DefaultSignatureAlgorithmIdentifierFinder()
                .find(Pkix.signatureAlgorithm(profile));
        if (!expected.getAlgorithm().equals(request.getSignatureAlgorithm().getAlgorithm())) {
            throw new CertificateRequestException("CSR for a " + profile.name() + " key must be signed with "
                    + Pkix.signatureAlgorithm(profile) + " (" + expected.getAlgorithm().getId() + "), got algorithm "
                    + request.getSignatureAlgorithm().getAlgorithm().getId());
        }
        if (!signatureVerifies(request)) {
            throw new CertificateRequestException("CSR signature does not verify with the request's own public key"
                    + " (altered request, or not signed by the key's holder)");
        }
        String nodeId;
        try {
            nodeId = Certificates.commonName(request.getSubject(), "CSR subject");
        } catch (CertificateFormatException e) {
            throw new CertificateRequestException(e.getMessage() + "; expected CN=<node id>", e);
        }
        try {
            NodeIds.requireRegistrable(nodeId);
        } catch (IllegalArgumentException e) {
            throw new CertificateRequestException("CSR subject CN is not a node id: " + e.getMessage(), e);
        }
        PublicKey key;
        try {
            key = new JcaPEMKeyConverter().setProvider(Pkix.provider()).getPublicKey(request.getSubjectPublicKeyInfo());
        } catch (IOException e) {
            throw new CertificateRequestException("CSR public key cannot be decoded: " + e.getMessage(), e);
        }
        return new ParsedRequest(nodeId, key, profile);
    }

    private static PKCS10CertificationRequest read(String csrPem) {
        if (csrPem == null || csrPem.isBlank()) {
            throw new CertificateRequestException("CSR must not be empty: expected PEM '-----BEGIN CERTIFICATE REQUEST-----'");
        }
        Object parsed;
        try (PEMParser parser = new PEMParser(new StringReader(csrPem))) {
            parsed = parser.readObject();
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new CertificateRequestException("CSR is not valid PEM or its content is not DER: " + e.getMessage(), e);
        }
        if (parsed == null) {
            throw new CertificateRequestException("CSR is not PEM: no '-----BEGIN CERTIFICATE REQUEST-----' block");
        }
        if (!(parsed instanceof PKCS10CertificationRequest request)) {
            throw new CertificateRequestException("PEM block is not a CSR: expected 'CERTIFICATE REQUEST', found "
                    + parsed.getClass().getSimpleName());
        }
        return request;
    }

    private static boolean signatureVerifies(PKCS10CertificationRequest request) {
        try {
            return request.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(Pkix.provider())
                    .build(request.getSubjectPublicKeyInfo()));
        } catch (OperatorCreationException | PKCSException | IllegalArgumentException e) {
            return false;
        }
    }
}
