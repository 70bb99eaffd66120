package io.govshare.app.exchange;

import io.govshare.app.platform.keys.HubKeys;
import io.govshare.exchange.PacketOperation;
import io.govshare.security.packet.OpenedPacket;
import io.govshare.security.packet.PacketOpener;
import io.govshare.security.packet.RecordStream;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The current records of a resource as the hub stored them, for other parts of the platform (the open-data
 * release): the latest FULL packet followed by every INCREMENTAL packet received after it, each opened and verified
 * again from the store. A DELETE after the latest FULL cannot be applied without a record key the catalog does not
 * define, so it is refused rather than silently ignored — publishing a record its provider deleted would be a leak.
 */
@ApplicationScoped
public class StoredRecords {

    @Inject
    ExchangeRepository repository;
    @Inject
    PacketStore store;
    @Inject
    HubKeys keys;

    /** Why the stored packets cannot be turned into a record set. */
    public static final class NotReleasable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotReleasable(String message) {
            super(message);
        }
    }

    /**
     * The packets that make up the resource's current records, in order.
     *
     * @throws NotReleasable if there is no FULL packet, or a DELETE follows the latest one
     */
    private List<ExchangePacketRow> currentPackets(String resourceCode) {
        List<ExchangePacketRow> packets = repository.packetsOf(resourceCode);
        int lastFull = -1;
        for (int i = 0; i < packets.size(); i++) {
            if (PacketOperation.valueOf(packets.get(i).operation()) == PacketOperation.FULL) {
                lastFull = i;
            }
        }
        if (lastFull < 0) {
            throw new NotReleasable("the hub holds no FULL packet of " + resourceCode
                    + " (" + packets.size() + " packets in all); the provider must send a full snapshot first");
        }
        List<ExchangePacketRow> current = packets.subList(lastFull, packets.size());
        for (ExchangePacketRow packet : current) {
            if (PacketOperation.valueOf(packet.operation()) == PacketOperation.DELETE) {
                throw new NotReleasable("packet " + packet.packetId() + " deletes records after the latest FULL packet "
                        + current.get(0).packetId() + "; send a new FULL packet before releasing");
            }
        }
        return List.copyOf(current);
    }

    /**
     * The resource's current records: those of its latest FULL packet and the packets after it, one packet open at
     * a time; close the iterator to release the last one.
     *
     * @throws NotReleasable if there is no FULL packet, or a DELETE follows the latest one
     */
    @Transactional
    public RecordIterator currentRecords(String resourceCode) {
        return new RecordIterator(currentPackets(resourceCode));
    }

    /** Streams the records of several stored packets. */
    public final class RecordIterator implements Iterator<JsonObject>, AutoCloseable {
        private final Iterator<ExchangePacketRow> packets;
        private OpenedPacket opened;
        private RecordStream records;

        private RecordIterator(List<ExchangePacketRow> packets) {
            this.packets = packets.iterator();
        }

        @Override
        public boolean hasNext() {
            while (records == null || !records.hasNext()) {
                closeCurrent();
                if (!packets.hasNext()) {
                    return false;
                }
                ExchangePacketRow packet = packets.next();
                // opened at its receive time: the sender was trusted then, whatever happened to its certificate since
                opened = new PacketOpener(keys.hub(), keys.trustStore())
                        .open(store.submission(packet.packetId()), packet.receivedAt());
                records = opened.records();
            }
            return true;
        }

        @Override
        public JsonObject next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return records.next();
        }

        private void closeCurrent() {
            if (records != null) {
                records.close();
                records = null;
            }
            if (opened != null) {
                opened.close();
                opened = null;
            }
        }

        @Override
        public void close() {
            closeCurrent();
        }
    }
}
