package io.govshare.security.packet;

import io.govshare.exchange.PacketHeader;

/**
 * What sealing produced: the header as written (with the real record count) and the digest of the exact
 * {@code manifest.json} bytes under the packet's profile, the value a receipt's {@code manifestDigest} binds.
 */
public record SealedPacket(PacketHeader header, String manifestDigestHex) {
}
