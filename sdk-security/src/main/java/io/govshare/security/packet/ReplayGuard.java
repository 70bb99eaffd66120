package io.govshare.security.packet;

import io.govshare.exchange.PacketHeader;

/**
 * Refuses packets seen before (SPEC.md §2): a packet id already accepted, or a sequence not above the last
 * one accepted for the same (sourceNode, resourceCode). A gap in sequences is allowed. Call it after a
 * packet was opened and verified, when the receiver is about to keep it.
 */
public interface ReplayGuard {

    /**
     * Records {@code header} as accepted.
     *
     * @throws PacketReplayedException if it is a replay; nothing is recorded then
     */
    void accept(PacketHeader header) throws PacketReplayedException;
}
