package io.govshare.security.identity;

/**
 * PEM text that does not hold what was asked for (a certificate, a bundle of them, a CRL), or a certificate
 * without the field GovShare needs. The message names the field and the rule.
 */
public class CertificateFormatException extends IllegalArgumentException {

    /** Creates the exception with a message naming what is wrong and where. */
    public CertificateFormatException(String message) {
        super(message);
    }

    /** Creates the exception with a message naming what is wrong and where, and its cause. */
    public CertificateFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
