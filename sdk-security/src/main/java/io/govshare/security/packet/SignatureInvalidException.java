package io.govshare.security.packet;

import io.govshare.exchange.PacketReasons;

/**
 * {@code manifest.sig} is not a signature of {@code manifest.json} by the key of {@code signer.pem}:
 * {@code signature.invalid}.
 */
public class SignatureInvalidException extends PacketException {

    public SignatureInvalidException(String message, Throwable cause) {
        super(PacketReasons.SIGNATURE_INVALID, message, cause);
    }
}
