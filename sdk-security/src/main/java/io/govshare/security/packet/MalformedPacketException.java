package io.govshare.security.packet;

import io.govshare.verification.Reason;

/**
 * The packet is not a well-formed packet: {@code container.malformed}, {@code container.unsafe-entry-name},
 * {@code header.invalid}, {@code manifest.missing-entry} or {@code manifest.unlisted-entry}.
 */
public class MalformedPacketException extends PacketException {

    /** Creates the exception with its reason and a message naming what failed and where. */
    public MalformedPacketException(Reason reason, String message) {
        this(reason, message, null);
    }

    /** Creates the exception with its reason, a message naming what failed and where, and its cause. */
    public MalformedPacketException(Reason reason, String message, Throwable cause) {
        super(reason, message, cause);
        if (!reason.code().startsWith("container.") && reason != Reason.HEADER_INVALID
                && reason != Reason.MANIFEST_MISSING_ENTRY
                && reason != Reason.MANIFEST_UNLISTED_ENTRY) {
            throw new IllegalArgumentException("'" + reason + "' is not a reason of a malformed packet");
        }
    }
}
