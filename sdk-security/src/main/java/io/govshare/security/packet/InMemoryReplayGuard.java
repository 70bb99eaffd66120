package io.govshare.security.packet;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.govshare.exchange.PacketHeader;
import io.govshare.exchange.PacketId;

/**
 * A {@link ReplayGuard} in memory: for a node that restarts rarely, tests and tools. It remembers every id it
 * accepted, so its memory grows with the packets; a receiver that must survive restarts keeps the same two
 * facts in its database. Thread-safe.
 */
public final class InMemoryReplayGuard implements ReplayGuard {

    private final Set<PacketId> accepted = new HashSet<>();
    private final Map<String, Long> lastSequence = new HashMap<>();

    @Override
    public synchronized void accept(PacketHeader header) {
        Objects.requireNonNull(header, "header");
        if (accepted.contains(header.packetId())) {
            throw new PacketReplayedException("packet id " + header.packetId() + " was accepted before");
        }
        String stream = header.sourceNode() + '\n' + header.resourceCode().value();
        Long last = lastSequence.get(stream);
        if (last != null && header.sequence() <= last) {
            throw new PacketReplayedException("sequence " + header.sequence() + " of packet " + header.packetId()
                    + " is not above " + last + ", the last accepted from '" + header.sourceNode() + "' for resource "
                    + header.resourceCode());
        }
        accepted.add(header.packetId());
        lastSequence.put(stream, header.sequence());
    }
}
