package io.govshare.security.packet;

import io.govshare.verification.Reason;

/**
 * The records cannot be decrypted: the opening node is not a recipient, has no key (an opener without an
 * identity), holds another certificate than the key was wrapped for, the wrapped key does not unwrap, or the
 * GCM tag does not verify: {@code decryption.failed}.
 */
public class DecryptionFailedException extends PacketException {

    public DecryptionFailedException(String message, Throwable cause) {
        super(Reason.DECRYPTION_FAILED, message, cause);
    }
}
