package io.govshare.security.crypto;

/**
 * A key, ciphertext, IV or wrapped key that cannot be used: wrong algorithm or curve, wrong length,
 * failed authentication tag, wrong recipient. Unchecked so that it can also surface from the read and
 * write calls of the streaming ciphers; the message always names what was wrong.
 *
 * <p>Signature verification does not throw this for a bad signature: {@code verify} returns false.
 */
public class CryptoException extends RuntimeException {

    /** Creates the exception with a message naming what is wrong and where. */
    public CryptoException(String message) {
        super(message);
    }

    /** Creates the exception with a message naming what is wrong and where, and its cause. */
    public CryptoException(String message, Throwable cause) {
        super(message, cause);
    }
}
