package io.govshare.samples.node;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import io.govshare.exchange.PacketHeader;
import io.govshare.security.identity.Certificates;
import io.govshare.security.identity.NodeIdentity;
import io.govshare.security.identity.NodeIds;
import io.govshare.security.packet.OpenedPacket;
import io.govshare.security.packet.PacketException;
import io.govshare.security.packet.PacketOpener;
import io.govshare.security.packet.RecordStream;

/**
 * The consumer side of a department node: pulls the node's inbox page by page from the stored cursor, downloads
 * each delivery to a file, opens it with the node's key against the pinned hub CA and the current CRL (signature,
 * chain, revocation, digests, decryption), checks that the hub sealed it for this node, applies its records to the
 * mapped table ({@link TableWriter}) and, in the same transaction, moves the cursor; then acknowledges it.
 *
 * <p>A crash between the commit and the acknowledgement leaves the delivery's id as the pending acknowledgement,
 * sent first thing next run; applying is never repeated. A delivery of a resource this node maps no table for is
 * passed over and left unacknowledged, so it stays in the hub's inbox: map it and run with {@code fromStart} to
 * receive it, since the inbox lists unacknowledged deliveries only.
 */
public final class ConsumerSync {

    private final NodeConfig config;
    private final HubClient hub;
    private final Consumer<String> log;

    /**
     * What one run did.
     *
     * @param applied  deliveries applied and acknowledged
     * @param records  records in them
     * @param skipped  ids of deliveries passed over because no table maps their resource
     * @param cursor   the inbox cursor after the run
     */
    public record Report(int applied, long records, List<String> skipped, long cursor) {
        public Report {
            skipped = List.copyOf(skipped);
        }
    }

    public ConsumerSync(NodeConfig config, HubClient hub, Consumer<String> log) {
        this.config = Objects.requireNonNull(config, "config");
        this.hub = Objects.requireNonNull(hub, "hub");
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * Receives everything in the inbox.
     *
     * @param fromStart start from cursor 0 instead of the stored cursor (the inbox then lists every delivery not
     *                  yet acknowledged, skipped ones included)
     * @throws SyncException if a delivery does not open or verify, or does not fit its table; the cursor stays
     *                       before it, so the next run tries it again
     */
    public Report run(boolean fromStart) throws IOException, SQLException {
        NodeIdentity identity = NodeRegistration.identity(config);
        HubTrust trust = HubTrust.fetch(hub, NodeRegistration.pinnedCa(config), Instant.now());
        PacketOpener opener = new PacketOpener(identity, trust.store());
        try (Connection db = config.connect()) {
            SyncState.createTables(db);
            db.setAutoCommit(false);
            try {
                return receiveAll(db, opener, fromStart);
            } finally {
                db.rollback(); // every step commits what it must; this ends whatever read is open, so close succeeds
            }
        }
    }

    private Report receiveAll(Connection db, PacketOpener opener, boolean fromStart) throws IOException, SQLException {
        SyncState.ConsumerState state = SyncState.consumer(db, config.nodeId());
        if (state.pendingAck() != null) {
            hub.ack(config.nodeId(), List.of(state.pendingAck()));
            state = new SyncState.ConsumerState(state.cursor(), null);
            SyncState.saveConsumer(db, config.nodeId(), state);
            db.commit();
        }
        int applied = 0;
        long records = 0;
        List<String> skipped = new ArrayList<>();
        long cursor = fromStart ? 0 : state.cursor();
        while (true) {
            HubClient.InboxPage page = hub.inbox(config.nodeId(), cursor, config.inboxPageSize());
            for (HubClient.InboxItem item : page.items()) {
                TableMapping table = config.table(item.resourceCode());
                if (table == null) {
                    skipped.add(item.packetId());
                    SyncState.saveConsumer(db, config.nodeId(), new SyncState.ConsumerState(item.cursor(), null));
                    db.commit();
                    log.accept("passed over delivery " + item.packetId() + ": no table maps resource "
                            + item.resourceCode() + " (it stays unacknowledged in the inbox)");
                } else {
                    records += receive(db, opener, table, item); // moves the cursor with the records it applies
                    applied++;
                }
                cursor = item.cursor();
            }
            if (page.items().size() < config.inboxPageSize()) {
                return new Report(applied, records, skipped, cursor);
            }
        }
    }

    /** Downloads, opens, applies and acknowledges one delivery; returns its record count. */
    private long receive(Connection db, PacketOpener opener, TableMapping table, HubClient.InboxItem item)
            throws IOException, SQLException {
        Path file = Files.createTempFile("govshare-" + config.nodeId() + "-", ".gspkt");
        try {
            hub.download(item.href(), file);
            TableWriter.Applied applied;
            PacketHeader header;
            try (OpenedPacket packet = opener.open(file, Instant.now())) {
                header = packet.header();
                requireDeliveryFor(packet, item);
                try (TableWriter writer = new TableWriter(table, db, config.zone());
                     RecordStream records = packet.records()) {
                    // the records are final only once the stream ended cleanly (GCM tag checked): commit after that
                    applied = writer.apply(header.operation(), records);
                }
                SyncState.saveConsumer(db, config.nodeId(), new SyncState.ConsumerState(item.cursor(), item.packetId()));
                db.commit();
            } catch (PacketException e) {
                db.rollback();
                throw new SyncException("delivery " + item.packetId() + " does not verify (" + e.reason() + "): "
                        + e.getMessage() + "; nothing of it was applied", e);
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            }
            hub.ack(config.nodeId(), List.of(item.packetId()));
            SyncState.saveConsumer(db, config.nodeId(), new SyncState.ConsumerState(item.cursor(), null));
            db.commit();
            log.accept("applied delivery " + item.packetId() + " (" + header.operation() + ", " + header.recordCount()
                    + " records of " + item.resourceCode() + " into " + table.table() + ": " + applied.upserted()
                    + " upserted, " + applied.deleted() + " deleted)");
            return header.recordCount();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The packet must be the hub's delivery of this inbox item to this node. */
    private void requireDeliveryFor(OpenedPacket packet, HubClient.InboxItem item) {
        PacketHeader header = packet.header();
        String signer = Certificates.nodeId(packet.signerCertificate());
        List<String> problems = new ArrayList<>();
        if (!NodeIds.HUB.equals(signer)) {
            problems.add("signed by node '" + signer + "', not by the hub");
        }
        if (!header.recipients().contains(config.nodeId())) {
            problems.add("addressed to " + header.recipients() + ", not to " + config.nodeId());
        }
        if (!header.packetId().value().equals(item.packetId())) {
            problems.add("packet id " + header.packetId() + ", not the inbox item's " + item.packetId());
        }
        if (!header.resourceCode().equals(item.resourceCode())) {
            problems.add("resource " + header.resourceCode() + ", not the inbox item's " + item.resourceCode());
        }
        if (!problems.isEmpty()) {
            throw new SyncException("delivery " + item.packetId() + " is not what the inbox announced: "
                    + String.join("; ", problems) + "; nothing of it was applied");
        }
    }
}
