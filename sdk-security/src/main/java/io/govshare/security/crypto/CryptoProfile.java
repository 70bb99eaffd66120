package io.govshare.security.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import javax.crypto.SecretKey;

/**
 * One consistent set of algorithms for exchange packets: signature, digest, authenticated payload
 * encryption (AEAD with a 12-byte IV and a 16-byte tag appended to the ciphertext) and wrapping of the
 * content key for each recipient. Implementations are stateless and thread-safe.
 *
 * <p>Obtain one with {@link CryptoProfiles#named(String)} or {@link CryptoProfiles#DEFAULT}.
 */
public interface CryptoProfile {

    /** IV length of the AEAD cipher, in bytes. */
    int IV_LENGTH = 12;

    /** Authentication tag length of the AEAD cipher, in bytes; the ciphertext is this much longer. */
    int TAG_LENGTH = 16;

    /** The profile name written into packets: "SM" or "INTL". */
    String name();

    /** A fresh key pair on the profile's curve, used for signatures and as a key-wrap recipient. */
    KeyPair generateSigningKeyPair();

    /** Signature over {@code data}, DER-encoded (the form OpenSSL reads). */
    byte[] sign(PrivateKey key, byte[] data);

    /**
     * {@code key} made ready to sign repeatedly; the same signatures as {@link #sign(PrivateKey, byte[])}, without
     * redoing the per-key work each time. A key of the wrong algorithm or curve throws {@link CryptoException}.
     */
    SigningKey signingKey(PrivateKey key);

    /** Signature over everything {@code data} yields until end of stream; the stream is not closed. */
    byte[] sign(PrivateKey key, InputStream data) throws IOException;

    /**
     * True only if {@code signature} is a valid signature of {@code data} by {@code key}; a malformed
     * signature gives false. A key of the wrong algorithm or curve throws {@link CryptoException}.
     */
    boolean verify(PublicKey key, byte[] data, byte[] signature);

    /** As {@link #verify(PublicKey, byte[], byte[])}, reading {@code data} until end of stream. */
    boolean verify(PublicKey key, InputStream data, byte[] signature) throws IOException;

    byte[] digest(byte[] data);

    /** Digest of everything {@code data} yields until end of stream; the stream is not closed. */
    byte[] digest(InputStream data) throws IOException;

    /** A new incremental digest (SM3 or SHA-256) for callers that digest while copying. */
    MessageDigest newDigest();

    /** A fresh random content key for {@link #encrypt}: SM4 (128 bit) or AES-256. */
    SecretKey generateContentKey();

    /** A fresh random 12-byte IV. An IV must never be used twice with the same key. */
    byte[] generateIv();

    /** AEAD encryption; returns ciphertext followed by the 16-byte tag. {@code aad} may be null. */
    byte[] encrypt(SecretKey key, byte[] iv, byte[] plaintext, byte[] aad);

    /** AEAD decryption; a wrong key, IV, AAD or any changed byte throws {@link CryptoException}. */
    byte[] decrypt(SecretKey key, byte[] iv, byte[] ciphertext, byte[] aad);

    /**
     * A stream that encrypts what is written to it into {@code ciphertextSink}; closing it writes the tag
     * and closes the sink. Output is identical to {@link #encrypt}.
     */
    OutputStream encryptingStream(OutputStream ciphertextSink, SecretKey key, byte[] iv, byte[] aad);

    /**
     * A stream that decrypts {@code ciphertextSource} in bounded memory. Plaintext is released before the
     * tag has been checked, so it must not be trusted until the stream has reached end of stream: a failed
     * tag throws {@link CryptoException} from the last {@code read}.
     */
    InputStream decryptingStream(InputStream ciphertextSource, SecretKey key, byte[] iv, byte[] aad);

    /** The content key encrypted for {@code recipient} (a public key on this profile's curve). */
    byte[] wrapKey(PublicKey recipient, SecretKey contentKey);

    /** The content key from {@link #wrapKey}; a wrong recipient or altered bytes throw {@link CryptoException}. */
    SecretKey unwrapKey(PrivateKey recipient, byte[] wrapped);
}
