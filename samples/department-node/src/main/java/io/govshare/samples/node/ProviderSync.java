package io.govshare.samples.node;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.json.JsonObject;

import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.ResourceCode;
import io.govshare.catalog.json.CatalogJson;
import io.govshare.catalog.json.ParsedEntry;
import io.govshare.exchange.PacketFormatException;
import io.govshare.exchange.PacketId;
import io.govshare.exchange.PacketOperation;
import io.govshare.exchange.RecordRules;
import io.govshare.security.identity.NodeIdentity;
import io.govshare.security.identity.NodeIds;
import io.govshare.security.packet.PacketSealer;
import io.govshare.security.packet.PacketSpec;
import io.govshare.security.packet.PacketWriter;
import io.govshare.security.packet.SealedPacket;
import io.govshare.security.receipt.Receipt;
import io.govshare.security.receipt.ReceiptReport;
import io.govshare.security.receipt.ReceiptVerifier;

/**
 * The provider side of a department node: for every configured table, reads the rows that are new or changed
 * since the last confirmed position ({@link ChangeReader}), checks them against the catalog entry the hub holds,
 * seals them in batches of {@code batch.size} as INCREMENTAL packets for the hub with increasing sequence numbers,
 * submits them, verifies the hub's receipt, and only then moves the position and stores the receipt.
 *
 * <p>Exactly once across crashes: before a batch is sent, its packet id, sequence and last position are stored as
 * the pending batch. A run that finds a pending batch re-sends the same rows under the same id and sequence, so the
 * hub either accepts it now or answers with the receipt it gave the first time (and if it refuses the re-send, the
 * receipt is looked up by packet id). A batch the hub refused and never accepted is forgotten, since the hub kept
 * nothing of it, and the run stops with the hub's reason.
 *
 * <p>Memory: rows stream from the database cursor into the packet file, and the file streams to the hub.
 */
public final class ProviderSync {

    private final NodeConfig config;
    private final HubClient hub;
    private final Consumer<String> log;

    /** What one run did for one table. */
    public record TableReport(String table, ResourceCode resource, int packets, long records, long lastSequence) {
    }

    public ProviderSync(NodeConfig config, HubClient hub, Consumer<String> log) {
        this.config = Objects.requireNonNull(config, "config");
        this.hub = Objects.requireNonNull(hub, "hub");
        this.log = Objects.requireNonNull(log, "log");
        for (TableMapping table : config.tables()) {
            if (table.watermarkColumn() == null) {
                throw new ConfigException("table." + table.name() + ".watermark: required to provide (a column"
                        + " that grows whenever a row is inserted or changed, e.g. UPDATED_AT)");
            }
        }
    }

    /**
     * Sends everything new or changed in every table.
     *
     * @throws SyncException  if a row does not fit its catalog entry, the hub refuses a packet or its receipt does
     *                        not verify
     * @throws HubException   if the hub cannot be reached properly; the pending batch is re-sent next run
     */
    public List<TableReport> run() throws IOException, SQLException {
        NodeIdentity identity = NodeRegistration.identity(config);
        HubTrust trust = HubTrust.fetch(hub, NodeRegistration.pinnedCa(config), Instant.now());
        List<TableReport> reports = new ArrayList<>();
        try (Connection db = config.connect()) {
            SyncState.createTables(db);
            db.setAutoCommit(false);
            try {
                for (TableMapping table : config.tables()) {
                    reports.add(sync(db, identity, trust, table));
                }
            } finally {
                db.rollback(); // every step commits what it must; this ends whatever read is open, so close succeeds
            }
        }
        return reports;
    }

    private TableReport sync(Connection db, NodeIdentity identity, HubTrust trust, TableMapping table)
            throws IOException, SQLException {
        CatalogEntry entry = catalogEntry(table.resource());
        RecordMapper mapper = new RecordMapper(table, entry, config.zone());
        RecordRules rules = RecordRules.of(entry, PacketOperation.INCREMENTAL);
        ChangeReader reader = new ChangeReader(table.table(), table.watermarkColumn(), table.keyColumn(),
                mapper.columns());
        int packets = 0;
        long records = 0;
        while (true) {
            SyncState.ProviderState state = SyncState.provider(db, config.nodeId(), table.resource());
            db.commit();
            SyncState.PendingBatch batch;
            Path file = Files.createTempFile("govshare-" + config.nodeId() + "-", ".gspkt");
            try {
                Sealed sealed;
                boolean resend = state.pending() != null;
                if (resend) {
                    batch = state.pending();
                    sealed = seal(db, identity, trust, table, mapper, rules, reader, state.last(), batch.upTo(), 0,
                            batch.packetId(), batch.sequence(), file);
                    log.accept("re-sending unconfirmed packet " + batch.packetId() + " (sequence " + batch.sequence()
                            + ", " + sealed.rows() + " records of " + table.resource() + ")");
                } else {
                    PacketId id = PacketId.random();
                    long sequence = state.lastSequence() + 1;
                    sealed = seal(db, identity, trust, table, mapper, rules, reader, state.last(), null,
                            config.batchSize(), id, sequence, file);
                    if (sealed.rows() == 0) {
                        return new TableReport(table.name(), table.resource(), packets, records, state.lastSequence());
                    }
                    batch = new SyncState.PendingBatch(id, sequence, sealed.last());
                    SyncState.savePending(db, config.nodeId(), table.resource(), batch);
                    db.commit(); // before the packet leaves: a crash from here on re-sends this very batch
                }
                submit(db, trust, table, batch, sealed, file, resend);
                packets++;
                records += sealed.rows();
                if (!resend && sealed.rows() < config.batchSize()) {
                    return new TableReport(table.name(), table.resource(), packets, records, batch.sequence());
                }
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }

    /** A packet file written, with how many rows it holds and the position of its last row. */
    private record Sealed(SealedPacket packet, long rows, Watermark last) {
    }

    private Sealed seal(Connection db, NodeIdentity identity, HubTrust trust, TableMapping table, RecordMapper mapper,
                        RecordRules rules, ChangeReader reader, Watermark after, Watermark upTo, int limit, PacketId id,
                        long sequence, Path file) throws IOException, SQLException {
        PacketSpec spec = PacketSpec.builder(table.resource(), PacketOperation.INCREMENTAL)
                .packetId(id)
                .sequence(sequence)
                .recipient(NodeIds.HUB, trust.hub())
                .build();
        ChangeReader.Batch read;
        PacketWriter writer;
        try (OutputStream out = Files.newOutputStream(file)) {
            writer = new PacketSealer(identity).start(out, spec);
            try {
                read = reader.read(db, after, upTo, limit, row -> {
                    JsonObject record = mapper.record(row);
                    try {
                        rules.check(record, writer.count() + 1);
                    } catch (PacketFormatException e) {
                        throw new SyncException("table." + table.name() + ": the row with " + table.keyColumn() + " "
                                + SqlText.read(row, reader.watermarkIndex() + 1, java.sql.Types.VARCHAR)
                                + " does not conform to catalog entry " + table.resource() + " [" + e.reason() + "]: "
                                + e.getMessage(), e);
                    }
                    writer.write(record);
                });
            } catch (IOException | SQLException | RuntimeException e) {
                writer.abort();
                throw e;
            } finally {
                writer.close();
                db.commit(); // ends the read transaction
            }
        }
        return new Sealed(writer.result(), read.rows(), read.last());
    }

    private void submit(Connection db, HubTrust trust, TableMapping table, SyncState.PendingBatch batch,
                        Sealed sealed, Path file, boolean resend) throws IOException, SQLException {
        HubClient.Submission submission;
        try {
            submission = hub.submit(file);
        } catch (HubException e) {
            if (!e.isRefusal()) {
                throw e; // no answer to rely on: the batch stays pending and goes again next run
            }
            // A refused re-send may still have been accepted the first time (the hub checks the sender before it
            // looks the id up, so a node revoked since then is refused): only the hub's receipt list can tell.
            Optional<String> earlier = resend ? hub.receipt(batch.packetId()) : Optional.empty();
            if (earlier.isEmpty()) {
                // the hub kept nothing of it: neither the id nor the sequence was used, so the next run starts afresh
                SyncState.clearPending(db, config.nodeId(), table.resource());
                db.commit();
                throw new SyncException("the hub refused packet " + batch.packetId() + " of table." + table.name()
                        + (e.rule() == null ? "" : " (" + e.rule() + ")") + ": " + e.getMessage(), e);
            }
            log.accept("the hub refused the re-sent packet " + batch.packetId() + " (" + e.rule() + ") but had"
                    + " accepted it the first time; confirming with that receipt");
            submission = new HubClient.Submission(earlier.get(), true);
        }
        byte[] receiptBytes = submission.receiptJson().getBytes(StandardCharsets.UTF_8);
        // a repeated id returns the receipt of the packet first sent, whose digest and count are that packet's
        String expectedDigest = submission.repeated() ? null : sealed.packet().manifestDigestHex();
        ReceiptReport report = new ReceiptVerifier(trust.store(), trust.hub(), trust.tsa())
                .verify(receiptBytes, expectedDigest, Instant.now());
        Receipt receipt = report.valid() ? Receipt.fromJson(receiptBytes) : null;
        if (receipt == null || !receipt.packetId().equals(batch.packetId().value())
                || receipt.sequence() != batch.sequence() || !receipt.sourceNode().equals(config.nodeId())
                || (!submission.repeated() && receipt.recordCount() != sealed.rows())) {
            throw new SyncException("the hub's receipt for packet " + batch.packetId() + " does not verify or does not"
                    + " match the packet sent (" + (report.valid() ? "packetId, sequence, sourceNode or recordCount"
                    + " differ" : report.findings()) + "); the batch stays pending and is re-sent next run");
        }
        SyncState.confirm(db, config.nodeId(), table.resource(), batch, receipt.recordCount(), receipt.receivedAt(),
                submission.receiptJson());
        db.commit();
        log.accept((submission.repeated() ? "confirmed" : "sent") + " packet " + batch.packetId() + ": sequence "
                + batch.sequence() + ", " + receipt.recordCount() + " records of " + table.resource()
                + ", received by the hub at " + receipt.receivedAt());
    }

    private CatalogEntry catalogEntry(ResourceCode code) throws IOException {
        ParsedEntry parsed = CatalogJson.read(hub.catalogEntry(code));
        if (!parsed.isReadable() || parsed.entry().dataItems() == null || parsed.entry().dataItems().isEmpty()) {
            throw new SyncException("the hub's catalog entry " + code + " cannot be read or has no data items: "
                    + parsed.violations());
        }
        return parsed.entry();
    }
}
