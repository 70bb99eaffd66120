package io.govshare.security.packet;

import java.util.List;

import io.govshare.security.crypto.CryptoProfile;
import io.govshare.security.crypto.CryptoProfiles;

/** The link between a crypto profile and the digest algorithm name a manifest carries ("SM3", "SHA-256"). */
final class PacketProfiles {

    private static final List<CryptoProfile> ALL = List.of(CryptoProfiles.SM, CryptoProfiles.INTL);

    private PacketProfiles() {
    }

    static String digestAlgorithm(CryptoProfile profile) {
        return profile.newDigest().getAlgorithm();
    }

    /** The profile whose digest is {@code algorithm}, or null. */
    static CryptoProfile forDigest(String algorithm) {
        return ALL.stream().filter(profile -> digestAlgorithm(profile).equals(algorithm)).findFirst().orElse(null);
    }
}
