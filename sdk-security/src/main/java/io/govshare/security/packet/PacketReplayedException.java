package io.govshare.security.packet;

import io.govshare.verification.Reason;

/**
 * The packet's id was accepted before, or its sequence is not above the last one accepted from the same
 * source for the same resource: {@code packet.replayed}.
 */
public class PacketReplayedException extends PacketException {

    /** Creates the exception with a message naming what failed and where. */
    public PacketReplayedException(String message) {
        super(Reason.PACKET_REPLAYED, message, null);
    }
}
