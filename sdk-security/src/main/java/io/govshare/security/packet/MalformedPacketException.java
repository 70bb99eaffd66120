package io.govshare.security.packet;

import io.govshare.exchange.PacketReasons;

/**
 * The packet is not a well-formed packet: {@code container.malformed}, {@code container.unsafe-entry-name},
 * {@code header.invalid}, {@code manifest.missing-entry} or {@code manifest.unlisted-entry}.
 */
public class MalformedPacketException extends PacketException {

    public MalformedPacketException(String reason, String message) {
        this(reason, message, null);
    }

    public MalformedPacketException(String reason, String message, Throwable cause) {
        super(reason, message, cause);
        if (!reason.startsWith("container.") && !reason.equals(PacketReasons.HEADER_INVALID)
                && !reason.equals(PacketReasons.MANIFEST_MISSING_ENTRY)
                && !reason.equals(PacketReasons.MANIFEST_UNLISTED_ENTRY)) {
            throw new IllegalArgumentException("'" + reason + "' is not a reason of a malformed packet");
        }
    }
}
