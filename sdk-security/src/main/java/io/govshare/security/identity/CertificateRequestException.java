package io.govshare.security.identity;

/**
 * A certificate signing request the hub must refuse: not PEM, not a CSR, a signature that does not verify,
 * a subject CN that is missing or not a registrable node id, a key that is neither SM2 nor P-256. The message
 * names what is wrong, so the hub can return it to the registering department as is.
 */
public class CertificateRequestException extends IllegalArgumentException {

    /** Creates the exception with a message naming what is wrong and where. */
    public CertificateRequestException(String message) {
        super(message);
    }

    /** Creates the exception with a message naming what is wrong and where, and its cause. */
    public CertificateRequestException(String message, Throwable cause) {
        super(message, cause);
    }
}
