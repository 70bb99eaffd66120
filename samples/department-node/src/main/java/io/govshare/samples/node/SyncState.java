package io.govshare.samples.node;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import io.govshare.catalog.ResourceCode;
import io.govshare.exchange.PacketId;

/**
 * The node's sync state, kept in the department's own database next to the data it describes, so that the
 * consumer's upserts and its inbox cursor commit in one transaction, and the provider's watermark moves in the same
 * transaction that stores the hub's receipt for it. Three tables, created on first use:
 * <ul>
 *   <li>{@value #PROVIDER_TABLE}: per (node, resource) the last confirmed position and sequence, and the batch sent
 *       but not yet confirmed (its packet id, sequence and last position), to be re-sent as it is;</li>
 *   <li>{@value #RECEIPT_TABLE}: every receipt the hub gave, the department's proof of delivery;</li>
 *   <li>{@value #CONSUMER_TABLE}: per node the inbox cursor and a delivery applied but not yet acknowledged.</li>
 * </ul>
 * Methods take the caller's connection and neither commit nor roll back, so the caller decides what one
 * transaction holds.
 */
final class SyncState {

    static final String PROVIDER_TABLE = "GOVSHARE_PROVIDER_STATE";
    static final String RECEIPT_TABLE = "GOVSHARE_RECEIPT";
    static final String CONSUMER_TABLE = "GOVSHARE_CONSUMER_STATE";

    /** What a provider has confirmed for one resource, and what it sent without confirmation. */
    record ProviderState(Watermark last, long lastSequence, PendingBatch pending) {
        static final ProviderState INITIAL = new ProviderState(null, 0, null);
    }

    /**
     * A batch sealed and (perhaps) sent, whose receipt has not been stored: the rows after the last confirmed
     * position up to {@code upTo}, under this packet id and sequence. Re-sending it under the same id makes the hub
     * answer with the receipt it gave, if it had accepted it; so a crash never sends a batch twice.
     */
    record PendingBatch(PacketId packetId, long sequence, Watermark upTo) {
        PendingBatch {
            Objects.requireNonNull(packetId, "packetId");
            Objects.requireNonNull(upTo, "upTo");
        }
    }

    /** A consumer's inbox cursor and the delivery applied but not acknowledged yet (null if none). */
    record ConsumerState(long cursor, String pendingAck) {
        static final ConsumerState INITIAL = new ConsumerState(0, null);
    }

    private SyncState() {
    }

    /** Creates the state tables that do not exist yet; commits if the connection is not auto-committing. */
    static void createTables(Connection db) throws SQLException {
        create(db, PROVIDER_TABLE, "CREATE TABLE " + PROVIDER_TABLE + " ("
                + "NODE_ID VARCHAR(63) NOT NULL, RESOURCE_CODE VARCHAR(64) NOT NULL, "
                + "LAST_WATERMARK VARCHAR(100), LAST_KEY VARCHAR(1000), LAST_SEQUENCE BIGINT NOT NULL, "
                + "PENDING_PACKET_ID VARCHAR(64), PENDING_SEQUENCE BIGINT, PENDING_WATERMARK VARCHAR(100), "
                + "PENDING_KEY VARCHAR(1000), PRIMARY KEY (NODE_ID, RESOURCE_CODE))");
        create(db, RECEIPT_TABLE, "CREATE TABLE " + RECEIPT_TABLE + " ("
                + "PACKET_ID VARCHAR(64) NOT NULL PRIMARY KEY, NODE_ID VARCHAR(63) NOT NULL, "
                + "RESOURCE_CODE VARCHAR(64) NOT NULL, SEQUENCE_NUMBER BIGINT NOT NULL, RECORD_COUNT BIGINT NOT NULL, "
                + "RECEIVED_AT VARCHAR(40) NOT NULL, RECEIPT VARCHAR(32000) NOT NULL)");
        create(db, CONSUMER_TABLE, "CREATE TABLE " + CONSUMER_TABLE + " ("
                + "NODE_ID VARCHAR(63) NOT NULL PRIMARY KEY, INBOX_CURSOR BIGINT NOT NULL, PENDING_ACK VARCHAR(64))");
    }

    static ProviderState provider(Connection db, String nodeId, ResourceCode resource) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT LAST_WATERMARK, LAST_KEY, LAST_SEQUENCE, "
                + "PENDING_PACKET_ID, PENDING_SEQUENCE, PENDING_WATERMARK, PENDING_KEY FROM " + PROVIDER_TABLE
                + " WHERE NODE_ID = ? AND RESOURCE_CODE = ?")) {
            select.setString(1, nodeId);
            select.setString(2, resource.value());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return ProviderState.INITIAL;
                }
                Watermark last = row.getString(1) == null ? null : new Watermark(row.getString(1), row.getString(2));
                PendingBatch pending = row.getString(4) == null ? null : new PendingBatch(PacketId.of(row.getString(4)),
                        row.getLong(5), new Watermark(row.getString(6), row.getString(7)));
                return new ProviderState(last, row.getLong(3), pending);
            }
        }
    }

    /** Records a batch about to be sent. */
    static void savePending(Connection db, String nodeId, ResourceCode resource, PendingBatch pending)
            throws SQLException {
        ProviderState state = provider(db, nodeId, resource);
        write(db, nodeId, resource, new ProviderState(state.last(), state.lastSequence(), pending));
    }

    /** Forgets the pending batch: the hub refused it, so neither its id nor its sequence was used. */
    static void clearPending(Connection db, String nodeId, ResourceCode resource) throws SQLException {
        ProviderState state = provider(db, nodeId, resource);
        write(db, nodeId, resource, new ProviderState(state.last(), state.lastSequence(), null));
    }

    /**
     * The hub's receipt for the pending batch: the position moves to the batch's end, the sequence to the batch's,
     * the pending batch is cleared and the receipt kept.
     */
    static void confirm(Connection db, String nodeId, ResourceCode resource, PendingBatch batch, long recordCount,
                        Instant receivedAt, String receiptJson) throws SQLException {
        write(db, nodeId, resource, new ProviderState(batch.upTo(), batch.sequence(), null));
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO " + RECEIPT_TABLE + " (PACKET_ID, NODE_ID, "
                + "RESOURCE_CODE, SEQUENCE_NUMBER, RECORD_COUNT, RECEIVED_AT, RECEIPT) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, batch.packetId().value());
            insert.setString(2, nodeId);
            insert.setString(3, resource.value());
            insert.setLong(4, batch.sequence());
            insert.setLong(5, recordCount);
            insert.setString(6, receivedAt.toString());
            insert.setString(7, receiptJson);
            insert.executeUpdate();
        }
    }

    /** The receipt the hub gave for {@code packetId}, if this node stored one. */
    static Optional<String> receipt(Connection db, String packetId) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT RECEIPT FROM " + RECEIPT_TABLE
                + " WHERE PACKET_ID = ?")) {
            select.setString(1, packetId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    static ConsumerState consumer(Connection db, String nodeId) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT INBOX_CURSOR, PENDING_ACK FROM " + CONSUMER_TABLE
                + " WHERE NODE_ID = ?")) {
            select.setString(1, nodeId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? new ConsumerState(row.getLong(1), row.getString(2)) : ConsumerState.INITIAL;
            }
        }
    }

    static void saveConsumer(Connection db, String nodeId, ConsumerState state) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE " + CONSUMER_TABLE
                + " SET INBOX_CURSOR = ?, PENDING_ACK = ? WHERE NODE_ID = ?")) {
            update.setLong(1, state.cursor());
            update.setString(2, state.pendingAck());
            update.setString(3, nodeId);
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO " + CONSUMER_TABLE
                + " (NODE_ID, INBOX_CURSOR, PENDING_ACK) VALUES (?, ?, ?)")) {
            insert.setString(1, nodeId);
            insert.setLong(2, state.cursor());
            insert.setString(3, state.pendingAck());
            insert.executeUpdate();
        }
    }

    private static void write(Connection db, String nodeId, ResourceCode resource, ProviderState state)
            throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE " + PROVIDER_TABLE + " SET LAST_WATERMARK = ?, "
                + "LAST_KEY = ?, LAST_SEQUENCE = ?, PENDING_PACKET_ID = ?, PENDING_SEQUENCE = ?, "
                + "PENDING_WATERMARK = ?, PENDING_KEY = ? WHERE NODE_ID = ? AND RESOURCE_CODE = ?")) {
            bindState(update, state);
            update.setString(8, nodeId);
            update.setString(9, resource.value());
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO " + PROVIDER_TABLE + " (LAST_WATERMARK, "
                + "LAST_KEY, LAST_SEQUENCE, PENDING_PACKET_ID, PENDING_SEQUENCE, PENDING_WATERMARK, PENDING_KEY, "
                + "NODE_ID, RESOURCE_CODE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            bindState(insert, state);
            insert.setString(8, nodeId);
            insert.setString(9, resource.value());
            insert.executeUpdate();
        }
    }

    private static void bindState(PreparedStatement statement, ProviderState state) throws SQLException {
        statement.setString(1, state.last() == null ? null : state.last().value());
        statement.setString(2, state.last() == null ? null : state.last().key());
        statement.setLong(3, state.lastSequence());
        PendingBatch pending = state.pending();
        statement.setString(4, pending == null ? null : pending.packetId().value());
        if (pending == null) {
            statement.setNull(5, java.sql.Types.BIGINT);
        } else {
            statement.setLong(5, pending.sequence());
        }
        statement.setString(6, pending == null ? null : pending.upTo().value());
        statement.setString(7, pending == null ? null : pending.upTo().key());
    }

    /** Creates {@code table} unless a probe query finds it: portable where metadata case rules differ. */
    private static void create(Connection db, String table, String ddl) throws SQLException {
        boolean exists;
        try (Statement probe = db.createStatement()) {
            probe.executeQuery("SELECT COUNT(*) FROM " + table + " WHERE 1 = 0").close();
            exists = true;
        } catch (SQLException missing) {
            exists = false;
            if (!db.getAutoCommit()) {
                db.rollback(); // PostgreSQL refuses everything after a failed statement until the rollback
            }
        }
        if (!exists) {
            try (Statement statement = db.createStatement()) {
                statement.executeUpdate(ddl);
            }
            if (!db.getAutoCommit()) {
                db.commit();
            }
        }
    }
}
