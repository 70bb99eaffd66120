package io.govshare.app.opendata.portal;

import io.govshare.security.crypto.CryptoProfiles;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API keys of the open-data portal: {@code gsk_} and 43 base64url characters (256 random bits). Only the SM3 hash
 * of a key is stored, so a leaked database does not leak usable keys; the first 12 characters are kept to let a user
 * tell their keys apart.
 */
final class ApiKeys {

    static final String HEADER = "X-API-Key";
    private static final String PREFIX = "gsk_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {
    }

    static String generate() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    static String hash(String key) {
        return HexFormat.of().formatHex(CryptoProfiles.SM.newDigest().digest(key.getBytes(StandardCharsets.UTF_8)));
    }

    static String displayPrefix(String key) {
        return key.substring(0, Math.min(12, key.length()));
    }

    /** Whether the text has the shape of a key (cheap check before any database look-up). */
    static boolean looksLikeKey(String text) {
        return text != null && text.length() == PREFIX.length() + 43 && text.startsWith(PREFIX)
                && text.substring(PREFIX.length()).chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }
}
