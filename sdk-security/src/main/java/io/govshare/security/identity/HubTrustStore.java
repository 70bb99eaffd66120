package io.govshare.security.identity;

import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import io.govshare.security.internal.Pkix;

/**
 * A {@link TrustStore} of the hub's CA certificate(s) and their revocation lists, the view an auditor or a
 * node has of the hub's PKI. For a certificate it answers, in this order:
 * <ol>
 * <li>{@link CertificateStatus#UNTRUSTED} unless its issuer is one of the CAs and its signature verifies
 * with that CA's key; CA certificates themselves are trust anchors, never signers, and are UNTRUSTED too;</li>
 * <li>{@link CertificateStatus#NOT_YET_VALID} if the instant is before its (or its CA's) notBefore;</li>
 * <li>{@link CertificateStatus#REVOKED} if a CRL of that CA lists its serial with a revocation date at or
 * before the instant (revocation is the stronger statement, so it wins over expiry);</li>
 * <li>{@link CertificateStatus#EXPIRED} if the instant is after its (or its CA's) notAfter;</li>
 * <li>{@link CertificateStatus#VALID} otherwise.</li>
 * </ol>
 * Only CRLs whose issuer is a CA of the store and whose signature verifies with its key count; the others
 * are dropped when the store is built (see {@link #acceptedCrls()}), so a forged CRL can neither revoke nor
 * un-revoke anything. Immutable and thread-safe.
 * <p>
 * Whether a certificate's signature verifies with a CA key never changes, so the store remembers the issuer of
 * the certificates it has verified (up to {@value #VERIFIED_CACHE_LIMIT}): a hub checks the same few node
 * certificates on every packet, and the signature check is the expensive part. Validity and revocation are
 * evaluated on every call.
 */
public final class HubTrustStore implements TrustStore {

    static final int VERIFIED_CACHE_LIMIT = 10_000;

    private final List<X509Certificate> authorities;
    private final List<SignedCrl> crls;
    /** Certificate (equal by its DER encoding) → the CA whose key verified its signature. */
    private final Map<X509Certificate, X509Certificate> verifiedIssuers = new ConcurrentHashMap<>();

    /** A CRL with the CA whose key verified it, so checking a certificate needs no CRL signature check. */
    private record SignedCrl(X509Certificate ca, X509CRL crl) {
    }

    private HubTrustStore(List<X509Certificate> authorities, List<SignedCrl> crls) {
        this.authorities = authorities;
        this.crls = crls;
    }

    /**
     * A store trusting {@code cas} and applying those of {@code crls} that one of them signed.
     *
     * @throws IllegalArgumentException if there is no CA, or one of them is not a CA certificate
     */
    public static HubTrustStore of(Collection<X509Certificate> cas, Collection<X509CRL> crls) {
        Objects.requireNonNull(cas, "cas");
        Objects.requireNonNull(crls, "crls");
        if (cas.isEmpty()) {
            throw new IllegalArgumentException("a trust store needs at least one CA certificate");
        }
        for (X509Certificate ca : cas) {
            Objects.requireNonNull(ca, "CA certificate");
            if (ca.getBasicConstraints() < 0) {
                throw new IllegalArgumentException("certificate " + ca.getSubjectX500Principal().getName()
                        + " is not a CA certificate (basicConstraints cA is not TRUE)");
            }
        }
        List<SignedCrl> accepted = new ArrayList<>();
        for (X509CRL crl : crls) {
            Objects.requireNonNull(crl, "CRL");
            cas.stream().filter(ca -> signedBy(crl, ca)).findFirst()
                    .ifPresent(ca -> accepted.add(new SignedCrl(ca, crl)));
        }
        return new HubTrustStore(List.copyOf(cas), List.copyOf(accepted));
    }

    /** The CA certificates trusted. */
    public List<X509Certificate> certificateAuthorities() {
        return authorities;
    }

    /** The CRLs that count: issued and validly signed by one of the CAs. */
    public List<X509CRL> acceptedCrls() {
        return crls.stream().map(SignedCrl::crl).toList();
    }

    @Override
    public CertificateStatus check(X509Certificate certificate, Instant at) {
        if (certificate == null || at == null) {
            return CertificateStatus.UNTRUSTED;
        }
        X509Certificate issuer = issuerOf(certificate);
        if (issuer == null || certificate.getBasicConstraints() >= 0) {
            return CertificateStatus.UNTRUSTED;
        }
        if (at.isBefore(certificate.getNotBefore().toInstant()) || at.isBefore(issuer.getNotBefore().toInstant())) {
            return CertificateStatus.NOT_YET_VALID;
        }
        if (revoked(certificate, issuer, at)) {
            return CertificateStatus.REVOKED;
        }
        if (at.isAfter(certificate.getNotAfter().toInstant()) || at.isAfter(issuer.getNotAfter().toInstant())) {
            return CertificateStatus.EXPIRED;
        }
        return CertificateStatus.VALID;
    }

    private X509Certificate issuerOf(X509Certificate certificate) {
        X509Certificate known = verifiedIssuers.get(certificate);
        if (known != null) {
            return known;
        }
        for (X509Certificate ca : authorities) {
            if (ca.getSubjectX500Principal().equals(certificate.getIssuerX500Principal()) && signedBy(certificate, ca)) {
                if (verifiedIssuers.size() >= VERIFIED_CACHE_LIMIT) {
                    verifiedIssuers.clear();
                }
                verifiedIssuers.put(certificate, ca);
                return ca;
            }
        }
        return null;
    }

    private boolean revoked(X509Certificate certificate, X509Certificate issuer, Instant at) {
        for (SignedCrl signed : crls) {
            if (!signed.ca().equals(issuer)) {
                continue;
            }
            X509CRLEntry entry = signed.crl().getRevokedCertificate(certificate.getSerialNumber());
            if (entry != null && !entry.getRevocationDate().toInstant().isAfter(at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean signedBy(X509Certificate certificate, X509Certificate ca) {
        try {
            certificate.verify(ca.getPublicKey(), Pkix.provider());
            return true;
        } catch (Exception e) { // any failure to verify, whatever its kind, means "not signed by this CA"
            return false;
        }
    }

    private static boolean signedBy(X509CRL crl, X509Certificate ca) {
        if (!crl.getIssuerX500Principal().equals(ca.getSubjectX500Principal())) {
            return false;
        }
        try {
            crl.verify(ca.getPublicKey(), Pkix.provider());
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
