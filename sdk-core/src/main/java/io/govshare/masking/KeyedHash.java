package io.govshare.masking;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * HMAC-SM3 under a release key, thread-safe and cheap per value: each thread keeps one initialised {@link HMac}
 * (Bouncy Castle caches the keyed inner and outer states, so a value costs two SM3 compressions plus its
 * bytes). An entry left in a pooled thread holds the key only until this object is collected.
 */
final class KeyedHash {

    static final int LENGTH = 32;
    private static final HexFormat HEX = HexFormat.of();

    private final ThreadLocal<HMac> macs;

    KeyedHash(ReleaseKey key) {
        byte[] secret = key.bytes();
        this.macs = ThreadLocal.withInitial(() -> {
            HMac mac = new HMac(new SM3Digest());
            mac.init(new KeyParameter(secret));
            return mac;
        });
    }

    /** HMAC-SM3 of the value's UTF-8 bytes, as lowercase hex: what {@code openssl dgst -sm3 -hmac} prints. */
    String hex(String value) {
        HMac mac = macs.get();
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        mac.update(bytes, 0, bytes.length);
        byte[] out = new byte[LENGTH];
        mac.doFinal(out, 0);
        return HEX.formatHex(out);
    }

    /**
     * Digits for a format-preserving pseudonym: HMAC-SM3 of {@code purpose}, a zero byte, the attempt number and
     * the value. The purpose keeps pseudonyms of one kind unrelated to HMAC_SM3 output for the same value.
     */
    KeyedDigits digits(byte[] purpose, String value, int attempt) {
        HMac mac = macs.get();
        mac.update(purpose, 0, purpose.length);
        mac.update((byte) 0);
        mac.update((byte) attempt);
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        mac.update(bytes, 0, bytes.length);
        byte[] out = new byte[LENGTH];
        mac.doFinal(out, 0);
        return new KeyedDigits(out);
    }
}
