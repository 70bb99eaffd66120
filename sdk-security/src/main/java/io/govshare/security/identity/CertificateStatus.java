package io.govshare.security.identity;

/** What a {@link TrustStore} says of a node certificate at a given instant. */
public enum CertificateStatus {
    /** Issued by a trusted CA, within its validity, not revoked. */
    VALID,
    /** Not issued (or not correctly signed) by any CA of the trust store. */
    UNTRUSTED,
    /** Its notAfter is before the instant checked. */
    EXPIRED,
    /** Its notBefore is after the instant checked. */
    NOT_YET_VALID,
    /** Listed on the issuing CA's revocation list, revoked at or before the instant checked. */
    REVOKED
}
