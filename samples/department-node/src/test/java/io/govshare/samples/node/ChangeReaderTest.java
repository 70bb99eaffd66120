package io.govshare.samples.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeReaderTest {

    @TempDir
    Path temp;

    private Derby derby;

    @BeforeEach
    void table() throws SQLException {
        derby = new Derby(temp, "provider");
        derby.execute("CREATE TABLE CARDS (CARD_NO VARCHAR(20) NOT NULL PRIMARY KEY, HOLDER VARCHAR(40), "
                + "UPDATED_AT TIMESTAMP, CHANGE_NO BIGINT)");
    }

    @AfterEach
    void shutDown() {
        derby.close();
    }

    private final ChangeReader byTimestamp = new ChangeReader("CARDS", "UPDATED_AT", "CARD_NO",
            List.of("CARD_NO", "HOLDER"));

    /** Reads and returns the CARD_NO of each row, and the batch. */
    private List<String> read(ChangeReader reader, Watermark after, Watermark upTo, int limit, ChangeReader.Batch[] batch)
            throws SQLException, IOException {
        List<String> keys = new ArrayList<>();
        try (Connection db = derby.connect()) {
            batch[0] = reader.read(db, after, upTo, limit, row -> keys.add(row.getString(1)));
        }
        return keys;
    }

    @Test
    void readsRowsInWatermarkThenKeyOrderAndEndsAtTheLastRowRead() throws Exception {
        derby.execute("INSERT INTO CARDS VALUES ('G3', '张三', '2026-11-01 08:00:00', 1)",
                "INSERT INTO CARDS VALUES ('G1', '李四', '2026-11-01 09:00:00', 2)",
                "INSERT INTO CARDS VALUES ('G2', '王五', '2026-11-01 08:00:00', 3)");
        ChangeReader.Batch[] batch = new ChangeReader.Batch[1];

        assertEquals(List.of("G2", "G3", "G1"), read(byTimestamp, null, null, 0, batch));
        assertEquals(3, batch[0].rows());
        assertEquals(new Watermark("2026-11-01T09:00:00Z", "G1"), batch[0].last(),
                "a timestamp position is its wall-clock time read as UTC, whatever the JVM's zone");
    }

    @Test
    void aBatchThatEndsAmongRowsWithTheSameWatermarkLosesNoneOfThem() throws Exception {
        for (int i = 1; i <= 5; i++) {
            derby.execute("INSERT INTO CARDS VALUES ('G" + i + "', '持证人" + i + "', '2026-11-01 08:00:00', " + i + ")");
        }
        ChangeReader.Batch[] batch = new ChangeReader.Batch[1];
        List<String> all = new ArrayList<>();
        Watermark position = null;
        do {
            all.addAll(read(byTimestamp, position, null, 2, batch));
            position = batch[0].last() == null ? position : batch[0].last();
        } while (batch[0].rows() == 2);

        assertEquals(List.of("G1", "G2", "G3", "G4", "G5"), all, "every row exactly once, though all share one watermark");
    }

    @Test
    void aRowChangedAfterItWasReadIsReadAgainAndUnchangedRowsAreNot() throws Exception {
        derby.execute("INSERT INTO CARDS VALUES ('G1', '张三', '2026-11-01 08:00:00', 1)",
                "INSERT INTO CARDS VALUES ('G2', '李四', '2026-11-01 08:00:01', 2)");
        ChangeReader.Batch[] batch = new ChangeReader.Batch[1];
        read(byTimestamp, null, null, 0, batch);
        Watermark position = batch[0].last();

        assertEquals(List.of(), read(byTimestamp, position, null, 0, batch));
        assertNull(batch[0].last(), "nothing read, no position");

        derby.execute("UPDATE CARDS SET HOLDER = '张三丰', UPDATED_AT = '2026-11-02 10:00:00' WHERE CARD_NO = 'G1'",
                "INSERT INTO CARDS VALUES ('G0', '赵六', '2026-11-02 10:00:00', 3)");
        assertEquals(List.of("G0", "G1"), read(byTimestamp, position, null, 0, batch));
    }

    @Test
    void rereadsExactlyTheRangeOfAnUnconfirmedBatchThoughNewerRowsExist() throws Exception {
        for (int i = 1; i <= 6; i++) {
            derby.execute("INSERT INTO CARDS VALUES ('G" + i + "', NULL, '2026-11-01 08:00:0" + i + "', " + i + ")");
        }
        ChangeReader.Batch[] first = new ChangeReader.Batch[1];
        read(byTimestamp, null, null, 2, first);
        ChangeReader.Batch[] pending = new ChangeReader.Batch[1];
        List<String> sent = read(byTimestamp, first[0].last(), null, 3, pending);

        ChangeReader.Batch[] again = new ChangeReader.Batch[1];
        assertEquals(sent, read(byTimestamp, first[0].last(), pending[0].last(), 0, again));
        assertEquals(List.of("G3", "G4", "G5"), sent);
        assertEquals(pending[0].last(), again[0].last());
    }

    @Test
    void worksWithAnIncreasingChangeNumberAsTheWatermark() throws Exception {
        derby.execute("INSERT INTO CARDS VALUES ('G1', NULL, NULL, 10)", "INSERT INTO CARDS VALUES ('G2', NULL, NULL, 9)",
                "INSERT INTO CARDS VALUES ('G3', NULL, NULL, 11)");
        ChangeReader byNumber = new ChangeReader("CARDS", "CHANGE_NO", "CARD_NO", List.of("CARD_NO"));
        ChangeReader.Batch[] batch = new ChangeReader.Batch[1];

        assertEquals(List.of("G2", "G1"), read(byNumber, null, null, 2, batch));
        assertEquals(new Watermark("10", "G1"), batch[0].last());
        assertEquals(List.of("G3"), read(byNumber, batch[0].last(), null, 2, batch));
    }

    @Test
    void neverReadsARowWithoutAWatermark() throws Exception {
        derby.execute("INSERT INTO CARDS VALUES ('G1', NULL, NULL, 1)",
                "INSERT INTO CARDS VALUES ('G2', NULL, '2026-11-01 08:00:00', 2)");
        ChangeReader.Batch[] batch = new ChangeReader.Batch[1];
        assertEquals(List.of("G2"), read(byTimestamp, null, null, 0, batch));
    }

    @Test
    void refusesARowWhoseKeyIsNull() throws Exception {
        derby.execute("CREATE TABLE LOOSE (K VARCHAR(5), T TIMESTAMP)", "INSERT INTO LOOSE VALUES (NULL, '2026-11-01 08:00:00')");
        ChangeReader reader = new ChangeReader("LOOSE", "T", "K", List.of("K"));
        SyncException e = assertThrows(SyncException.class, () -> read(reader, null, null, 0, new ChangeReader.Batch[1]));
        assertTrue(e.getMessage().contains("LOOSE.K is NULL"), e.getMessage());
    }

    @Test
    void refusesTableAndColumnNamesThatAreNotPlainIdentifiers() {
        assertThrows(ConfigException.class, () -> new ChangeReader("CARDS; DROP TABLE CARDS", "UPDATED_AT", "CARD_NO",
                List.of("CARD_NO")));
        assertThrows(ConfigException.class, () -> new ChangeReader("CARDS", "UPDATED_AT", "CARD_NO",
                List.of("HOLDER || 'x'")));
    }
}
