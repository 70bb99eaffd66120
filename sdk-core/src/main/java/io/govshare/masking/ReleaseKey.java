package io.govshare.masking;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * The secret behind keyed pseudonyms ({@link MaskingTechnique#HMAC_SM3} and the FPE techniques): the same value
 * gives the same pseudonym under the same key and an unrelated one under another. Keep one key for the releases
 * that must stay joinable and store it like any other secret; whoever holds it can test guesses.
 * <p>
 * At least {@value #MINIMUM_BYTES} bytes. {@link #toString()} never shows the secret.
 */
public final class ReleaseKey {

    public static final int MINIMUM_BYTES = 16;
    private static final int GENERATED_BYTES = 32;

    private final byte[] secret;

    private ReleaseKey(byte[] secret) {
        this.secret = secret;
    }

    /**
     * A key from stored bytes (copied).
     *
     * @throws IllegalArgumentException if there are fewer than {@value #MINIMUM_BYTES} bytes
     */
    public static ReleaseKey of(byte[] secret) {
        Objects.requireNonNull(secret, "release key bytes");
        if (secret.length < MINIMUM_BYTES) {
            throw new IllegalArgumentException("a release key needs at least " + MINIMUM_BYTES
                    + " bytes, got " + secret.length);
        }
        return new ReleaseKey(secret.clone());
    }

    /** A new random 32-byte key. */
    public static ReleaseKey generate() {
        byte[] secret = new byte[GENERATED_BYTES];
        new SecureRandom().nextBytes(secret);
        return new ReleaseKey(secret);
    }

    /** A copy of the secret, for storing the key; treat it as secret. */
    public byte[] bytes() {
        return secret.clone();
    }

    @Override
    public String toString() {
        return "ReleaseKey[" + secret.length + " bytes, secret not shown]";
    }
}
