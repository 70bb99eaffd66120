package io.govshare.security.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;

import jakarta.json.JsonObject;

import io.govshare.json.CanonicalJson;
import io.govshare.security.crypto.CryptoProfile;
import io.govshare.security.internal.StrictJson;

/**
 * The hash chain of the hub's audit log. Entry n's hash is
 * <pre>hash(n) = hex(digest(hash(n-1) as 64 ASCII hex digits ‖ 0x0A ‖ CanonicalJson(event(n))))</pre>
 * with the profile's digest (SM3 or SHA-256) and {@code hash(0) = }{@link #GENESIS}. Changing, removing,
 * inserting or reordering any event changes every later hash, so one signed hash
 * ({@link AuditCheckpoint}) fixes the whole log up to its sequence. The newline keeps the two parts apart
 * unambiguously (hex digits never contain it); canonical JSON makes the hash independent of how the event
 * was formatted. Check one link by hand:
 * <pre>{ printf '%s\n' "$PREV"; printf '%s' "$CANONICAL_EVENT"; } | openssl dgst -sm3</pre>
 */
public final class AuditChain {

    /** The "previous hash" of the log's first entry: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /**
     * The hash of the entry holding {@code event} after the entry whose hash is {@code prevHashHex}.
     *
     * @throws IllegalArgumentException if prevHashHex is not 64 lower-case hex digits, or the event holds a
     *                                  non-integral number (canonical JSON carries decimals as strings)
     */
    public static String link(CryptoProfile profile, String prevHashHex, JsonObject event) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(event, "event");
        StrictJson.hexDigest(prevHashHex, "prevHash");
        MessageDigest digest = profile.newDigest();
        digest.update(prevHashHex.getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) '\n');
        digest.update(CanonicalJson.bytes(event));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The entry after {@code prevHashHex} at {@code sequence}, its hash computed by {@link #link}. */
    public static AuditEntry entry(CryptoProfile profile, long sequence, String prevHashHex, JsonObject event) {
        return new AuditEntry(sequence, prevHashHex, link(profile, prevHashHex, event), event);
    }
}
