package io.govshare.samples.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.govshare.catalog.ResourceCode;
import io.govshare.exchange.PacketId;

class SyncStateTest {

    private static final ResourceCode CARDS = ResourceCode.of("301901/000001");
    private static final ResourceCode PERMITS = ResourceCode.of("301901/000002");

    @TempDir
    Path temp;

    @Test
    void startsWithNothingConfirmedAndCreatingTheTablesTwiceChangesNothing() throws Exception {
        try (Derby derby = new Derby(temp, "state"); Connection db = derby.connect()) {
            SyncState.createTables(db);
            SyncState.createTables(db);
            assertEquals(SyncState.ProviderState.INITIAL, SyncState.provider(db, "police-node", CARDS));
            assertEquals(SyncState.ConsumerState.INITIAL, SyncState.consumer(db, "civil-node"));
        }
    }

    @Test
    void aPendingBatchSurvivesARestartUntilTheReceiptConfirmsIt() throws Exception {
        PacketId id = PacketId.random();
        Watermark upTo = new Watermark("2026-11-01T08:00:00Z", "G0042");
        try (Derby derby = new Derby(temp, "state")) {
            try (Connection db = derby.connect()) {
                SyncState.createTables(db);
                SyncState.savePending(db, "police-node", CARDS, new SyncState.PendingBatch(id, 1, upTo));
            }
            derby.shutDown(); // as a crash after sending and before the receipt would
            try (Connection db = derby.connect()) {
                SyncState.ProviderState state = SyncState.provider(db, "police-node", CARDS);
                assertEquals(new SyncState.ProviderState(null, 0, new SyncState.PendingBatch(id, 1, upTo)), state,
                        "the same id, sequence and range are re-sent");
                assertEquals(SyncState.ProviderState.INITIAL, SyncState.provider(db, "police-node", PERMITS),
                        "state is per resource");
                assertEquals(SyncState.ProviderState.INITIAL, SyncState.provider(db, "other-node", CARDS),
                        "and per node");

                Instant receivedAt = Instant.parse("2026-11-01T08:00:01.5Z");
                SyncState.confirm(db, "police-node", CARDS, state.pending(), 42, receivedAt, "{\"receipt\":1}");
                assertEquals(new SyncState.ProviderState(upTo, 1, null), SyncState.provider(db, "police-node", CARDS));
                assertEquals(Optional.of("{\"receipt\":1}"), SyncState.receipt(db, id.value()));
                assertEquals(List.of(id.value() + "|police-node|301901/000001|1|42|2026-11-01T08:00:01.500Z"),
                        derby.rows("SELECT PACKET_ID, NODE_ID, RESOURCE_CODE, SEQUENCE_NUMBER, RECORD_COUNT, RECEIVED_AT"
                                + " FROM GOVSHARE_RECEIPT"));
            }
        }
    }

    @Test
    void aRefusedBatchIsForgottenWithoutMovingPositionOrSequence() throws Exception {
        try (Derby derby = new Derby(temp, "state"); Connection db = derby.connect()) {
            SyncState.createTables(db);
            Watermark first = new Watermark("7", "A");
            SyncState.PendingBatch one = new SyncState.PendingBatch(PacketId.random(), 1, first);
            SyncState.savePending(db, "police-node", CARDS, one);
            SyncState.confirm(db, "police-node", CARDS, one, 1, Instant.now(), "{}");

            SyncState.savePending(db, "police-node", CARDS,
                    new SyncState.PendingBatch(PacketId.random(), 2, new Watermark("9", "B")));
            SyncState.clearPending(db, "police-node", CARDS);

            SyncState.ProviderState state = SyncState.provider(db, "police-node", CARDS);
            assertEquals(first, state.last());
            assertEquals(1, state.lastSequence());
            assertNull(state.pending());
        }
    }

    @Test
    void theConsumerCursorAndPendingAckCommitWithTheTransactionOrNotAtAll() throws Exception {
        try (Derby derby = new Derby(temp, "state"); Connection db = derby.connect()) {
            SyncState.createTables(db);
            db.setAutoCommit(false);
            SyncState.saveConsumer(db, "civil-node", new SyncState.ConsumerState(17, "delivery-0000000000000017"));
            db.rollback();
            assertEquals(SyncState.ConsumerState.INITIAL, SyncState.consumer(db, "civil-node"));

            SyncState.saveConsumer(db, "civil-node", new SyncState.ConsumerState(17, "delivery-0000000000000017"));
            db.commit();
            SyncState.saveConsumer(db, "civil-node", new SyncState.ConsumerState(17, null));
            db.commit();
            assertEquals(new SyncState.ConsumerState(17, null), SyncState.consumer(db, "civil-node"));
            db.rollback(); // Derby closes no connection in the middle of a transaction, a read-only one included
        }
    }

    @Test
    void aPacketIdIsConfirmedOnlyOnce() throws Exception {
        try (Derby derby = new Derby(temp, "state"); Connection db = derby.connect()) {
            SyncState.createTables(db);
            SyncState.PendingBatch batch = new SyncState.PendingBatch(PacketId.random(), 1, new Watermark("1", "A"));
            SyncState.confirm(db, "police-node", CARDS, batch, 1, Instant.now(), "{}");
            assertThrows(SQLException.class, () -> SyncState.confirm(db, "police-node", CARDS, batch, 1, Instant.now(),
                    "{}"));
        }
    }
}
