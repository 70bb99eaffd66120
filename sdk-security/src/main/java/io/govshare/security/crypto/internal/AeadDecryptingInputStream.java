package io.govshare.security.crypto.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;

import io.govshare.security.crypto.CryptoException;

/**
 * GCM decryption in bounded memory. Unlike {@link javax.crypto.CipherInputStream}, a failed tag surfaces as
 * a {@link CryptoException} with a clear message instead of an IOException wrapping a provider exception.
 */
final class AeadDecryptingInputStream extends FilterInputStream {

    private static final byte[] NOTHING = new byte[0];

    private final Cipher cipher;
    private final String algorithm;
    private final byte[] ciphertext = new byte[64 * 1024];
    private byte[] plaintext = NOTHING;
    private int position;
    private boolean finished;

    AeadDecryptingInputStream(InputStream source, Cipher cipher, String algorithm) {
        super(source);
        this.cipher = cipher;
        this.algorithm = algorithm;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (position == plaintext.length) {
            if (finished) {
                return -1;
            }
            fill();
        }
        int n = Math.min(length, plaintext.length - position);
        System.arraycopy(plaintext, position, buffer, offset, n);
        position += n;
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipping must still pass every byte through the cipher, or the tag could not be checked.
        byte[] discard = new byte[8192];
        long skipped = 0;
        while (skipped < n) {
            int read = read(discard, 0, (int) Math.min(discard.length, n - skipped));
            if (read == -1) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    @Override
    public int available() {
        return plaintext.length - position;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int readLimit) {
        // not supported: see markSupported
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("a decrypting stream cannot be reset");
    }

    private void fill() throws IOException {
        int n = in.read(ciphertext);
        position = 0;
        if (n == -1) {
            finished = true;
            try {
                plaintext = orNothing(cipher.doFinal());
            } catch (GeneralSecurityException e) {
                plaintext = NOTHING;
                throw authenticationFailed(algorithm, e);
            }
        } else {
            plaintext = orNothing(cipher.update(ciphertext, 0, n));
        }
    }

    static CryptoException authenticationFailed(String algorithm, GeneralSecurityException cause) {
        return new CryptoException(algorithm + "-GCM authentication failed: the ciphertext, IV, AAD or key is not"
                + " the one that was used to encrypt (" + cause.getMessage() + ")", cause);
    }

    private static byte[] orNothing(byte[] bytes) {
        return bytes == null ? NOTHING : bytes;
    }
}
