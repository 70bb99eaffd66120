package io.govshare.security.receipt;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import io.govshare.verification.Finding;
import io.govshare.security.crypto.CryptoProfile;
import io.govshare.security.identity.CertificateStatus;
import io.govshare.security.identity.Certificates;
import io.govshare.security.identity.NodeIds;
import io.govshare.security.identity.TrustStore;
import io.govshare.security.timestamp.TimestampException;
import io.govshare.security.timestamp.Timestamps;
import io.govshare.verification.Reason;

/**
 * Checks a receipt as an auditor or a department node would: well-formed; signed by the hub certificate,
 * which the trust store accepts and which is the hub's ({@code CN=hub}); timestamped by the TSA
 * certificate, trusted too, over the receipt's manifest digest; and, when the packet is at hand, that the
 * digest is the packet's. Every check runs (a malformed receipt stops at the first), so the report lists
 * everything wrong.
 *
 * <p>Thread-safe and stateless apart from its three inputs.
 */
public final class ReceiptVerifier {

    private final TrustStore trust;
    private final X509Certificate hubCertificate;
    private final X509Certificate tsaCertificate;

    /**
     * @param trust          the hub CA's trust store (CA certificate and CRL)
     * @param hubCertificate the certificate of the hub key that signs receipts
     * @param tsaCertificate the certificate of the hub's timestamping key
     */
    public ReceiptVerifier(TrustStore trust, X509Certificate hubCertificate, X509Certificate tsaCertificate) {
        this.trust = Objects.requireNonNull(trust, "trust");
        this.hubCertificate = Objects.requireNonNull(hubCertificate, "hubCertificate");
        this.tsaCertificate = Objects.requireNonNull(tsaCertificate, "tsaCertificate");
    }

    /**
     * @param receiptJson                  the receipt as the hub returned it
     * @param expectedManifestDigestOrNull hex digest of the packet's manifest.json, or null to skip that check
     * @param at                           the instant at which the certificates must be trusted (usually now)
     */
    public ReceiptReport verify(byte[] receiptJson, String expectedManifestDigestOrNull, Instant at) {
        Receipt receipt;
        try {
            receipt = Receipt.fromJson(receiptJson);
        } catch (ReceiptFormatException e) {
            return new ReceiptReport(false, List.of(new Finding(Reason.RECEIPT_MALFORMED, e.getMessage())),
                    null);
        }
        return verify(receipt, expectedManifestDigestOrNull, at);
    }

    /** As {@link #verify(byte[], String, Instant)} for a receipt already read. */
    public ReceiptReport verify(Receipt receipt, String expectedManifestDigestOrNull, Instant at) {
        Objects.requireNonNull(receipt, "receipt");
        Objects.requireNonNull(at, "at");
        List<Finding> findings = new ArrayList<>();

        String hubProblem = hubProblem(at);
        if (hubProblem != null) {
            findings.add(new Finding(Reason.RECEIPT_HUB_UNTRUSTED, hubProblem));
        }
        if (!signatureVerifies(receipt)) {
            findings.add(new Finding(Reason.RECEIPT_SIGNATURE_INVALID, "hubSignature does not verify with"
                    + " the key of hub certificate serial " + Certificates.serialHex(hubCertificate)
                    + " over the receipt's canonical JSON: the receipt was altered or signed by another key"));
        }
        Instant timestampedAt = null;
        CertificateStatus tsaStatus = trust.check(tsaCertificate, at);
        if (tsaStatus != CertificateStatus.VALID) {
            findings.add(new Finding(Reason.RECEIPT_TIMESTAMP_INVALID, "TSA certificate serial "
                    + Certificates.serialHex(tsaCertificate) + " is " + tsaStatus + " at " + at));
        }
        try {
            timestampedAt = Timestamps.verify(Base64.getDecoder().decode(receipt.timestampToken()),
                    HexFormat.of().parseHex(receipt.manifestDigest()), tsaCertificate);
        } catch (TimestampException e) {
            findings.add(new Finding(Reason.RECEIPT_TIMESTAMP_INVALID, e.getMessage()));
        }
        if (expectedManifestDigestOrNull != null
                && !expectedManifestDigestOrNull.toLowerCase(Locale.ROOT).equals(receipt.manifestDigest())) {
            findings.add(new Finding(Reason.RECEIPT_DIGEST_MISMATCH, "receipt.manifestDigest "
                    + receipt.manifestDigest() + " is not the packet's manifest digest " + expectedManifestDigestOrNull));
        }
        return new ReceiptReport(findings.isEmpty(), findings, timestampedAt);
    }

    private String hubProblem(Instant at) {
        String commonName;
        try {
            commonName = Certificates.nodeId(hubCertificate);
        } catch (IllegalArgumentException e) {
            return "hub certificate: " + e.getMessage();
        }
        if (!NodeIds.HUB.equals(commonName)) {
            return "certificate CN=" + commonName + " is not the hub's (CN=" + NodeIds.HUB + ")";
        }
        CertificateStatus status = trust.check(hubCertificate, at);
        if (status != CertificateStatus.VALID) {
            return "hub certificate serial " + Certificates.serialHex(hubCertificate) + " is " + status + " at " + at;
        }
        return null;
    }

    private boolean signatureVerifies(Receipt receipt) {
        try {
            CryptoProfile profile = Certificates.profile(hubCertificate);
            return profile.verify(hubCertificate.getPublicKey(), receipt.signedBytes(),
                    Base64.getDecoder().decode(receipt.hubSignature()));
        } catch (RuntimeException e) { // a key the profile refuses cannot have made the signature
            return false;
        }
    }
}
