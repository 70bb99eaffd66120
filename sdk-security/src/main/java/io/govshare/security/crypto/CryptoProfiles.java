package io.govshare.security.crypto;

import java.util.Locale;
import java.util.Map;

import io.govshare.security.crypto.internal.InternationalProfile;
import io.govshare.security.crypto.internal.SmProfile;

/** The available profiles by the name that packets carry. */
public final class CryptoProfiles {

    public static final CryptoProfile SM = new SmProfile();
    public static final CryptoProfile INTL = new InternationalProfile();

    /** The national SM profile: government exchange defaults to the GM/T algorithms. */
    public static final CryptoProfile DEFAULT = SM;

    private static final Map<String, CryptoProfile> BY_NAME = Map.of(SM.name(), SM, INTL.name(), INTL);

    private CryptoProfiles() {
    }

    /** The profile called {@code name} ("SM" or "INTL", case-insensitive). */
    public static CryptoProfile named(String name) {
        if (name == null || name.isBlank()) {
            throw new CryptoException("crypto profile name must not be empty; known profiles: SM, INTL");
        }
        CryptoProfile profile = BY_NAME.get(name.trim().toUpperCase(Locale.ROOT));
        if (profile == null) {
            throw new CryptoException("unknown crypto profile '" + name + "'; known profiles: SM, INTL");
        }
        return profile;
    }
}
