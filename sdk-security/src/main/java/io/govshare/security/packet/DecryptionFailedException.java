package io.govshare.security.packet;

import io.govshare.verification.Reason;

/**
 * The records cannot be decrypted: the opening node is not a recipient, has no key (an opener without an
 * identity), holds another certificate than the key was wrapped for, the wrapped key does not unwrap, or the
 * GCM tag does not verify: {@code decryption.failed}.
 */
public class DecryptionFailedException extends PacketException {

    /** Creates the exception with a message naming what failed and where, and its cause. */
    public DecryptionFailedException(String message, Throwable cause) {
        super(Reason.DECRYPTION_FAILED, message, cause);
    }
}
