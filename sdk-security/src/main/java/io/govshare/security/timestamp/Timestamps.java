package io.govshare.security.timestamp;

import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.SignerId;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TSPUtil;
import org.bouncycastle.tsp.TSPValidationException;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenInfo;

import io.govshare.security.internal.Pkix;

/**
 * Verification of RFC 3161 timestamp tokens against a known TSA certificate. Whether that certificate is
 * itself trusted (issued by the hub's CA, not revoked) is the caller's question for its trust store; this
 * class checks the token.
 */
public final class Timestamps {

    private Timestamps() {
    }

    /**
     * Checks that {@code token} is a DER TimeStampToken signed by the key of {@code tsaCertificate} (signer
     * id and ESSCertID(v2) both naming that certificate), that the certificate is a timestamping certificate
     * valid at the token's genTime, and that the token's message imprint is {@code expectedImprint} under
     * SM3 or SHA-256.
     *
     * @return the token's genTime: the time the TSA vouches the imprint existed
     * @throws TimestampException naming the first check that failed
     */
    public static Instant verify(byte[] token, byte[] expectedImprint, X509Certificate tsaCertificate) {
        Objects.requireNonNull(expectedImprint, "expectedImprint");
        Objects.requireNonNull(tsaCertificate, "tsaCertificate");
        try {
            return check(parse(token), expectedImprint, tsaCertificate);
        } catch (TimestampException e) {
            throw e;
        } catch (RuntimeException e) { // Bouncy Castle's lazy parsing of a damaged token surfaces late and unchecked
            throw new TimestampException("timestamp token cannot be processed: " + e, e);
        }
    }

    private static Instant check(TimeStampToken parsed, byte[] expectedImprint, X509Certificate tsaCertificate) {
        X509CertificateHolder tsa = holder(tsaCertificate);
        SignerId signer = parsed.getSID();
        if (!signer.match(tsa)) {
            throw new TimestampException("token is not signed by the TSA certificate (issuer "
                    + name(tsa.getIssuer()) + ", serial " + tsa.getSerialNumber().toString(16) + "): its signer is issuer "
                    + name(signer.getIssuer()) + ", serial " + (signer.getSerialNumber() == null ? "unknown"
                    : signer.getSerialNumber().toString(16)));
        }
        try {
            TSPUtil.validateCertificate(tsa);
        } catch (TSPValidationException e) {
            throw new TimestampException("TSA certificate " + name(tsa.getSubject())
                    + " is not a timestamping certificate: " + e.getMessage(), e);
        }
        TimeStampTokenInfo info = parsed.getTimeStampInfo();
        Instant genTime = info.getGenTime().toInstant();
        if (genTime.isBefore(tsaCertificate.getNotBefore().toInstant())
                || genTime.isAfter(tsaCertificate.getNotAfter().toInstant())) {
            throw new TimestampException("token genTime " + genTime + " is outside the TSA certificate's validity "
                    + tsaCertificate.getNotBefore().toInstant() + " .. " + tsaCertificate.getNotAfter().toInstant());
        }
        validateSignature(parsed, tsaCertificate);
        ASN1ObjectIdentifier algorithm = info.getMessageImprintAlgOID();
        if (!GMObjectIdentifiers.sm3.equals(algorithm) && !NISTObjectIdentifiers.id_sha256.equals(algorithm)) {
            throw new TimestampException("token message imprint algorithm " + algorithm.getId()
                    + " is neither SM3 nor SHA-256");
        }
        byte[] imprint = info.getMessageImprintDigest();
        if (!Arrays.equals(imprint, expectedImprint)) {
            throw new TimestampException("imprint mismatch: the token stamps " + HexFormat.of().formatHex(imprint)
                    + ", expected " + HexFormat.of().formatHex(expectedImprint));
        }
        return genTime;
    }

    /** A name for a message; a damaged name in a token must not turn a verification failure into a crash. */
    private static String name(X500Name name) {
        if (name == null) {
            return "unknown";
        }
        try {
            return name.toString();
        } catch (RuntimeException e) {
            return "(unreadable name)";
        }
    }

    private static TimeStampToken parse(byte[] token) {
        if (token == null || token.length == 0) {
            throw new TimestampException("timestamp token is empty");
        }
        try {
            return new TimeStampToken(ContentInfo.getInstance(ASN1Primitive.fromByteArray(token)));
        } catch (IOException | TSPException | IllegalArgumentException | IllegalStateException | ClassCastException e) {
            throw new TimestampException("not a DER-encoded RFC 3161 TimeStampToken: " + e.getMessage(), e);
        }
    }

    private static void validateSignature(TimeStampToken token, X509Certificate tsaCertificate) {
        try {
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().setProvider(Pkix.provider()).build(tsaCertificate));
        } catch (TSPValidationException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("certID")) {
                throw new TimestampException("the token's signing-certificate attribute (ESSCertID) does not name"
                        + " the TSA certificate", e);
            }
            throw new TimestampException("timestamp signature invalid: " + message, e);
        } catch (TSPException | OperatorCreationException | RuntimeException e) {
            throw new TimestampException("timestamp signature invalid: " + e.getMessage(), e);
        }
    }

    private static X509CertificateHolder holder(X509Certificate certificate) {
        try {
            return new X509CertificateHolder(certificate.getEncoded());
        } catch (CertificateEncodingException | IOException e) {
            throw new TimestampException("TSA certificate cannot be encoded: " + e.getMessage(), e);
        }
    }
}
