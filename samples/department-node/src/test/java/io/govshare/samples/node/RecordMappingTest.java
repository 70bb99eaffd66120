package io.govshare.samples.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.DataItem;
import io.govshare.catalog.DataItemType;
import io.govshare.catalog.ResourceCode;
import io.govshare.catalog.ShareAttributes;
import io.govshare.catalog.ShareType;
import io.govshare.exchange.PacketOperation;
import io.govshare.exchange.RecordRules;

/** Provider rows to records (RecordMapper) and records to consumer rows (TableWriter), on real Derby tables. */
class RecordMappingTest {

    private static final ResourceCode CODE = ResourceCode.of("301901/000001");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final CatalogEntry ENTRY = new CatalogEntry(CODE, "证件签发信息", null, null, null, null, null,
            List.of(item("证件号码", DataItemType.STRING, 20, null),
                    item("签发日期", DataItemType.DATE, null, null),
                    item("签发时间", DataItemType.DATETIME, null, null),
                    item("有效期限", DataItemType.INTEGER, 3, null),
                    item("工本费", DataItemType.DECIMAL, 8, null),
                    item("已注销", DataItemType.BOOLEAN, null, null),
                    item("指纹摘要", DataItemType.BINARY, null, null),
                    item("签发地点", DataItemType.GEOMETRY, null, null),
                    item("人像照片", DataItemType.BINARY, null, ShareType.NONE)),
            new ShareAttributes(ShareType.CONDITIONAL, "核验", "条例", null), null, null, null, null, null, null, null, null);

    @TempDir
    Path temp;

    private Derby derby;

    @BeforeEach
    void tables() throws SQLException {
        derby = new Derby(temp, "node");
        derby.execute("CREATE TABLE SOURCE_CARDS (CARD_NO VARCHAR(20) NOT NULL PRIMARY KEY, ISSUED_ON DATE, "
                        + "ISSUED_AT TIMESTAMP, YEARS INTEGER, FEE DECIMAL(8,2), CANCELLED BOOLEAN, PRINT VARCHAR(32) FOR BIT DATA, "
                        + "PLACE VARCHAR(200), PHOTO BLOB, UPDATED_AT TIMESTAMP)",
                "INSERT INTO SOURCE_CARDS VALUES ('G001', '2026-11-01', '2026-11-01 08:30:00', 10, 15.50, FALSE, "
                        + "X'CAFE', '{\"type\":\"Point\",\"coordinates\":[116.4,39.9]}', NULL, '2026-11-01 09:00:00')",
                "INSERT INTO SOURCE_CARDS (CARD_NO, UPDATED_AT) VALUES ('G002', '2026-11-01 09:00:01')",
                "CREATE TABLE TARGET_CARDS (ID_NO VARCHAR(20) NOT NULL PRIMARY KEY, ISSUED DATE, ISSUED_TS TIMESTAMP, "
                        + "VALID_YEARS BIGINT, FEE_YUAN DECIMAL(8,2), IS_CANCELLED BOOLEAN, PRINT_DIGEST VARCHAR(32) FOR BIT DATA, "
                        + "PLACE_JSON VARCHAR(200), NOTE VARCHAR(20))");
    }

    @AfterEach
    void shutDown() {
        derby.close();
    }

    private static DataItem item(String name, DataItemType type, Integer length, ShareType share) {
        return new DataItem(name, type, length, share, false, null);
    }

    private static TableMapping sourceMapping(Map<String, String> extra) {
        Map<String, String> items = new LinkedHashMap<>();
        items.put("有效期限", "YEARS"); // configuration order differs from the catalog's on purpose
        items.put("证件号码", "CARD_NO");
        items.put("签发日期", "ISSUED_ON");
        items.put("签发时间", "ISSUED_AT");
        items.put("工本费", "FEE");
        items.put("已注销", "CANCELLED");
        items.put("指纹摘要", "PRINT");
        items.put("签发地点", "PLACE");
        items.putAll(extra);
        return new TableMapping("cards", CODE, "SOURCE_CARDS", "证件号码", "UPDATED_AT", items);
    }

    private static TableMapping targetMapping() {
        Map<String, String> items = new LinkedHashMap<>();
        items.put("证件号码", "ID_NO");
        items.put("签发日期", "ISSUED");
        items.put("签发时间", "ISSUED_TS");
        items.put("有效期限", "VALID_YEARS");
        items.put("工本费", "FEE_YUAN");
        items.put("已注销", "IS_CANCELLED");
        items.put("指纹摘要", "PRINT_DIGEST");
        items.put("签发地点", "PLACE_JSON");
        return new TableMapping("cards", CODE, "TARGET_CARDS", "证件号码", null, items);
    }

    private List<JsonObject> providerRecords() throws Exception {
        RecordMapper mapper = new RecordMapper(sourceMapping(Map.of()), ENTRY, SHANGHAI);
        ChangeReader reader = new ChangeReader("SOURCE_CARDS", "UPDATED_AT", "CARD_NO", mapper.columns());
        List<JsonObject> records = new ArrayList<>();
        try (Connection db = derby.connect()) {
            reader.read(db, null, null, 0, row -> records.add(mapper.record(row)));
        }
        return records;
    }

    @Test
    void writesEachColumnAsItsItemsTypeInTheCatalogsOrder() throws Exception {
        List<JsonObject> records = providerRecords();

        JsonObject expected = Json.createObjectBuilder()
                .add("证件号码", "G001")
                .add("签发日期", "2026-11-01")
                .add("签发时间", "2026-11-01T08:30:00+08:00")
                .add("有效期限", 10)
                .add("工本费", "15.50")
                .add("已注销", false)
                .add("指纹摘要", "yv4=")
                .add("签发地点", Json.createObjectBuilder().add("type", "Point")
                        .add("coordinates", Json.createArrayBuilder().add(116.4).add(39.9)))
                .build();
        assertEquals(expected, records.get(0));
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(records.get(0).keySet()), "the catalog's item order");
        assertTrue(records.get(1).values().stream().skip(1).allMatch(v -> v.equals(jakarta.json.JsonValue.NULL)),
                "SQL NULL becomes JSON null: " + records.get(1));
        RecordRules rules = RecordRules.of(ENTRY, PacketOperation.INCREMENTAL);
        rules.check(records.get(0), 1);
        rules.check(records.get(1), 2);
    }

    @Test
    void refusesToMapAnItemThatIsNotSharedOrNotInTheCatalog() {
        ConfigException notShared = assertThrows(ConfigException.class,
                () -> new RecordMapper(sourceMapping(Map.of("人像照片", "PHOTO")), ENTRY, SHANGHAI));
        assertTrue(notShared.getMessage().startsWith("table.cards.item.人像照片: '人像照片' is 不予共享"), notShared.getMessage());

        ConfigException unknown = assertThrows(ConfigException.class,
                () -> new RecordMapper(sourceMapping(Map.of("备注", "NOTE")), ENTRY, SHANGHAI));
        assertTrue(unknown.getMessage().contains("'备注' is not a data item of catalog entry 301901/000001"),
                unknown.getMessage());
    }

    @Test
    void refusesAFractionInAnIntegerItemRatherThanRoundingIt() throws Exception {
        derby.execute("CREATE TABLE FRACTIONS (K VARCHAR(5) NOT NULL, N DECIMAL(5,2), T TIMESTAMP)",
                "INSERT INTO FRACTIONS VALUES ('A', 1.5, '2026-11-01 00:00:00')");
        TableMapping mapping = new TableMapping("f", CODE, "FRACTIONS", "证件号码", "T",
                new LinkedHashMap<>(Map.of("证件号码", "K", "有效期限", "N")));
        RecordMapper mapper = new RecordMapper(mapping, ENTRY, SHANGHAI);
        ChangeReader reader = new ChangeReader("FRACTIONS", "T", "K", mapper.columns());
        try (Connection db = derby.connect()) {
            SyncException e = assertThrows(SyncException.class, () -> reader.read(db, null, null, 0, mapper::record));
            assertTrue(e.getMessage().startsWith("column N cannot be written as item '有效期限' (INTEGER)"), e.getMessage());
        }
    }

    @Test
    void upsertsRecordsIntoTheConsumerTableConvertingByColumnType() throws Exception {
        List<JsonObject> records = providerRecords();
        try (Connection db = derby.connect()) {
            db.setAutoCommit(false);
            try (TableWriter writer = new TableWriter(targetMapping(), db, SHANGHAI)) {
                assertEquals(new TableWriter.Applied(2, 0), writer.apply(PacketOperation.INCREMENTAL, records.iterator()));
                // the same records again, then a change: updates, never a second row
                writer.apply(PacketOperation.INCREMENTAL, records.iterator());
                JsonObject changed = Json.createObjectBuilder(records.get(1)).add("有效期限", 20).add("工本费", "0.10").build();
                writer.apply(PacketOperation.INCREMENTAL, List.of(changed).iterator());
            }
            db.commit();
        }
        assertEquals(List.of(
                        "G001|2026-11-01|2026-11-01 08:30:00.0|10|15.50|true|cafe|{\"type\":\"Point\",\"coordinates\":[116.4,39.9]}|null",
                        "G002|null|null|20|0.10|null|null|null|null"),
                derby.rows("SELECT ID_NO, ISSUED, ISSUED_TS, VALID_YEARS, FEE_YUAN, NOT IS_CANCELLED, PRINT_DIGEST, "
                        + "PLACE_JSON, NOTE FROM TARGET_CARDS ORDER BY ID_NO"));
    }

    @Test
    void leavesColumnsOfItemsARecordLacksAsTheyAre() throws Exception {
        derby.execute("INSERT INTO TARGET_CARDS (ID_NO, VALID_YEARS, FEE_YUAN) VALUES ('G009', 5, 1.00)");
        JsonObject partial = Json.createObjectBuilder().add("证件号码", "G009").add("有效期限", 6).add("备注", "x").build();
        try (Connection db = derby.connect()) {
            db.setAutoCommit(false);
            try (TableWriter writer = new TableWriter(targetMapping(), db, SHANGHAI)) {
                writer.apply(PacketOperation.INCREMENTAL, List.of(partial).iterator());
            }
            db.commit();
        }
        assertEquals(List.of("G009|6|1.00"), derby.rows("SELECT ID_NO, VALID_YEARS, FEE_YUAN FROM TARGET_CARDS"),
                "an item the record lacks is left alone; one the mapping lacks is ignored");
    }

    @Test
    void deletesByKeyAndAFullPacketReplacesTheTable() throws Exception {
        derby.execute("INSERT INTO TARGET_CARDS (ID_NO) VALUES ('G001')", "INSERT INTO TARGET_CARDS (ID_NO) VALUES ('G002')",
                "INSERT INTO TARGET_CARDS (ID_NO) VALUES ('G003')");
        try (Connection db = derby.connect()) {
            db.setAutoCommit(false);
            try (TableWriter writer = new TableWriter(targetMapping(), db, SHANGHAI)) {
                JsonObject key = Json.createObjectBuilder().add("证件号码", "G002").build();
                assertEquals(new TableWriter.Applied(0, 1), writer.apply(PacketOperation.DELETE, List.of(key).iterator()));
                db.commit();
                assertEquals(List.of("G001", "G003"), derby.rows("SELECT ID_NO FROM TARGET_CARDS ORDER BY ID_NO"));

                JsonObject only = Json.createObjectBuilder().add("证件号码", "G100").add("有效期限", 1).build();
                assertEquals(new TableWriter.Applied(1, 2), writer.apply(PacketOperation.FULL, List.of(only).iterator()));
            }
            db.commit();
        }
        assertEquals(List.of("G100|1"), derby.rows("SELECT ID_NO, VALID_YEARS FROM TARGET_CARDS"));
    }

    @Test
    void refusesARecordWithoutItsKeyAndNamesTheItem() throws Exception {
        JsonObject keyless = Json.createObjectBuilder().add("有效期限", 1).build();
        try (Connection db = derby.connect()) {
            db.setAutoCommit(false);
            try (TableWriter writer = new TableWriter(targetMapping(), db, SHANGHAI)) {
                SyncException e = assertThrows(SyncException.class,
                        () -> writer.apply(PacketOperation.INCREMENTAL, List.of(keyless).iterator()));
                assertTrue(e.getMessage().startsWith("record 1 has no value for the key item '证件号码'"), e.getMessage());
            }
            db.rollback();
        }
    }
}
