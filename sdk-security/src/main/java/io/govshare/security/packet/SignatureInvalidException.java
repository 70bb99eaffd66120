package io.govshare.security.packet;

import io.govshare.verification.Reason;

/**
 * {@code manifest.sig} is not a signature of {@code manifest.json} by the key of {@code signer.pem}:
 * {@code signature.invalid}.
 */
public class SignatureInvalidException extends PacketException {

    /** Creates the exception with a message naming what failed and where, and its cause. */
    public SignatureInvalidException(String message, Throwable cause) {
        super(Reason.SIGNATURE_INVALID, message, cause);
    }
}
