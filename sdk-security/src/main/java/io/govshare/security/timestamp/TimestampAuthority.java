package io.govshare.security.timestamp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TSPUtil;
import org.bouncycastle.tsp.TSPValidationException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

import io.govshare.security.crypto.CryptoProfile;
import io.govshare.security.crypto.SigningKey;
import io.govshare.security.identity.Certificates;
import io.govshare.security.internal.Pkix;

/**
 * The hub's RFC 3161 time-stamping authority, built in: it answers with a DER {@code TimeStampToken} (a CMS
 * SignedData over a TSTInfo) whose message imprint is the value given, under the profile's digest algorithm
 * (SM3 for SM, SHA-256 for INTL). Each token carries
 * <ul>
 * <li>policy {@value #POLICY}, a placeholder under the national arc until GovShare registers its own OID;</li>
 * <li>a random positive 128-bit serial number: unique for all practical purposes without a counter to
 * persist across restarts (RFC 3161 allows up to 160 bits);</li>
 * <li>genTime from the clock, to the millisecond;</li>
 * <li>the TSA's name, the TSA certificate and an ESSCertIDv2 signing-certificate attribute (RFC 5816) that
 * binds the signature to that certificate, with the profile's digest;</li>
 * <li>a signature with the profile's algorithm (SM3withSM2 or SHA256withECDSA).</li>
 * </ul>
 * Verify with {@link Timestamps#verify}, or with {@code openssl ts -verify} (INTL; see RECEIPTS-AND-AUDIT.md).
 *
 * <p>Thread-safe: each call builds its own token generator; the key signs through one {@link SigningKey}.
 */
public final class TimestampAuthority {

    /** The TSA policy OID written into every token (placeholder, see the class comment). */
    public static final String POLICY = "1.2.156.0.1";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SigningKey signingKey;
    private final AlgorithmIdentifier signatureAlgorithm;
    private final X509Certificate certificate;
    private final X509CertificateHolder certificateHolder;
    private final CryptoProfile profile;
    private final Clock clock;

    /**
     * @param key         the TSA's private key
     * @param certificate its certificate, with the critical id-kp-timeStamping extended key usage
     *                    ({@code HubCertificateAuthority.issueTimestampingCertificate})
     * @param profile     the profile of the key; fixes the imprint's digest algorithm and the signature
     * @param clock       the source of genTime
     * @throws IllegalArgumentException if the certificate is not a timestamping certificate, is of another
     *                                  profile, or is not the key's
     */
    public TimestampAuthority(PrivateKey key, X509Certificate certificate, CryptoProfile profile, Clock clock) {
        Objects.requireNonNull(key, "key");
        this.certificate = Objects.requireNonNull(certificate, "certificate");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.certificateHolder = holder(certificate);
        try {
            TSPUtil.validateCertificate(certificateHolder);
        } catch (TSPValidationException e) {
            throw new IllegalArgumentException("TSA certificate " + certificate.getSubjectX500Principal().getName()
                    + " is not a timestamping certificate: " + e.getMessage(), e);
        }
        CryptoProfile certificateProfile = Certificates.profile(certificate);
        if (!certificateProfile.name().equals(profile.name())) {
            throw new IllegalArgumentException("TSA certificate has a " + certificateProfile.name()
                    + " key but the profile given is " + profile.name());
        }
        if (!Certificates.isKeyOf(key, certificate)) {
            throw new IllegalArgumentException("TSA private key does not belong to certificate "
                    + certificate.getSubjectX500Principal().getName());
        }
        this.signingKey = profile.signingKey(key);
        this.signatureAlgorithm = Pkix.contentSigner(profile, key).getAlgorithmIdentifier();
    }

    public X509Certificate certificate() {
        return certificate;
    }

    public CryptoProfile profile() {
        return profile;
    }

    /**
     * A DER TimeStampToken over {@code imprint}: the digest (SM3 or SHA-256, per the profile) of the data
     * being stamped, computed by the caller. The data itself never reaches the TSA.
     *
     * @throws IllegalArgumentException if the imprint is not as long as the profile's digest
     */
    public byte[] stamp(byte[] imprint) {
        int digestLength = profile.newDigest().getDigestLength();
        if (imprint == null || imprint.length != digestLength) {
            throw new IllegalArgumentException("imprint must be a " + digestLength + "-byte " + digestName()
                    + " digest, got " + (imprint == null ? "null" : imprint.length + " bytes"));
        }
        try {
            AlgorithmIdentifier digestAlgorithm = new AlgorithmIdentifier(Pkix.digestAlgorithm(profile));
            DigestCalculatorProvider digests = new JcaDigestCalculatorProviderBuilder().setProvider(Pkix.provider()).build();
            SignerInfoGenerator signer = new JcaSignerInfoGeneratorBuilder(digests)
                    .build(new KeptKeySigner(), certificateHolder);
            TimeStampTokenGenerator generator = new TimeStampTokenGenerator(signer, digests.get(digestAlgorithm),
                    new ASN1ObjectIdentifier(POLICY));
            generator.setResolution(TimeStampTokenGenerator.R_MILLISECONDS);
            generator.setTSA(new GeneralName(X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded())));
            generator.addCertificates(new JcaCertStore(List.of(certificate)));

            TimeStampRequestGenerator requests = new TimeStampRequestGenerator();
            requests.setCertReq(true);
            TimeStampRequest request = requests.generate(digestAlgorithm, imprint);
            return generator.generate(request, new BigInteger(128, RANDOM).setBit(127), Date.from(clock.instant()))
                    .getEncoded();
        } catch (OperatorCreationException | TSPException | CertificateEncodingException | IOException e) {
            throw new IllegalStateException("timestamping " + HexFormat.of().formatHex(imprint) + " failed: "
                    + e.getMessage(), e);
        }
    }

    private String digestName() {
        return Pkix.digestAlgorithm(profile).equals(GMObjectIdentifiers.sm3) ? "SM3" : "SHA-256";
    }

    private static X509CertificateHolder holder(X509Certificate certificate) {
        try {
            return new X509CertificateHolder(certificate.getEncoded());
        } catch (CertificateEncodingException | IOException e) {
            throw new IllegalArgumentException("TSA certificate cannot be encoded: " + e.getMessage(), e);
        }
    }

    /**
     * Bouncy Castle's CMS code asks for a {@link ContentSigner} per token; this one buffers the signed attributes
     * (a few hundred bytes) and signs them with the kept key instead of initialising a new JCA signature.
     */
    private final class KeptKeySigner implements ContentSigner {
        private final ByteArrayOutputStream signed = new ByteArrayOutputStream(512);

        @Override
        public AlgorithmIdentifier getAlgorithmIdentifier() {
            return signatureAlgorithm;
        }

        @Override
        public OutputStream getOutputStream() {
            return signed;
        }

        @Override
        public byte[] getSignature() {
            return signingKey.sign(signed.toByteArray());
        }
    }
}
