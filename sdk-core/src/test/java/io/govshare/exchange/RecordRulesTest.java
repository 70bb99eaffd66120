package io.govshare.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Set;

import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.DataItem;
import io.govshare.catalog.DataItemType;
import io.govshare.catalog.ResourceCode;
import io.govshare.catalog.ShareAttributes;
import io.govshare.catalog.ShareType;
import io.govshare.verification.Reason;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RecordRulesTest {

    static CatalogEntry entry(ShareType resourceShare, DataItem... items) {
        return new CatalogEntry(ResourceCode.of("101001/000001"), "人口基本信息", null, null, null, null, null,
                List.of(items), new ShareAttributes(resourceShare, null, null, null), null, null, null, null, null, null,
                null, null);
    }

    private static final CatalogEntry PEOPLE = entry(ShareType.CONDITIONAL,
            new DataItem("name", DataItemType.STRING, 4, null, false, null),
            new DataItem("age", DataItemType.INTEGER, 3, null, false, null),
            new DataItem("income", DataItemType.DECIMAL, 10, null, true, null),
            new DataItem("born", DataItemType.DATE, null, null, false, null),
            new DataItem("updated", DataItemType.DATETIME, null, null, false, null),
            new DataItem("alive", DataItemType.BOOLEAN, null, null, false, null),
            new DataItem("photo", DataItemType.BINARY, null, null, true, null),
            new DataItem("home", DataItemType.GEOMETRY, null, null, false, null),
            new DataItem("idNumber", DataItemType.STRING, 18, ShareType.NONE, true, null));

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void acceptsARecordWithEveryTypeAndNulls() {
        RecordRules rules = RecordRules.of(PEOPLE, PacketOperation.FULL);
        rules.check(json("{\"name\":\"张三丰\",\"age\":120,\"income\":\"-1234.50\",\"born\":\"1906-04-09\","
                + "\"updated\":\"2026-11-22T08:30:00+08:00\",\"alive\":false,\"photo\":\"AAEC\","
                + "\"home\":{\"type\":\"Point\",\"coordinates\":[116.39,39.9]}}"), 1);
        rules.check(json("{\"name\":null,\"home\":{\"type\":\"GeometryCollection\",\"geometries\":["
                + "{\"type\":\"LineString\",\"coordinates\":[[0,0],[1,1]]}]}}"), 2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"name\":12}|item 'name' must be a string (STRING)",
            "{\"name\":\"张三丰张三丰\"}|item 'name' is 6 characters long, more than the item's length 4",
            "{\"age\":1.5}|item 'age' must be an integer (INTEGER)",
            "{\"age\":1234}|item 'age' has 4 digits",
            "{\"income\":1.5}|item 'income' must be a decimal written as a string",
            "{\"income\":\"1e5\"}|item 'income' must be a decimal",
            "{\"born\":\"1906-4-9\"}|item 'born' must be a date written YYYY-MM-DD (DATE)",
            "{\"updated\":\"2026-11-22T08:30:00\"}|item 'updated' must be an RFC 3339 date-time with offset",
            "{\"alive\":\"yes\"}|item 'alive' must be true or false (BOOLEAN)",
            "{\"photo\":\"not base64!\"}|item 'photo' must be a base64 string (BINARY)",
            "{\"home\":{\"type\":\"Circle\",\"coordinates\":[]}}|item 'home' must be a GeoJSON geometry",
            "{\"home\":{\"type\":\"Point\"}}|item 'home' is a GeoJSON Point without a 'coordinates' array",
            "{\"nickname\":\"x\"}|item 'nickname' is not a data item of the catalog entry",
    })
    void refusesAWrongValueNamingTheLineAndItem(String record, String message) {
        PacketFormatException e = assertThrows(PacketFormatException.class,
                () -> RecordRules.of(PEOPLE, PacketOperation.INCREMENTAL).check(json(record), 7));
        assertEquals(Reason.RECORDS_INVALID, e.reason());
        assertEquals("records line 7: " + message, e.getMessage().substring(0, ("records line 7: " + message).length()));
    }

    @Test
    void refusesAnItemThatIsNotShared() {
        PacketFormatException e = assertThrows(PacketFormatException.class, () -> RecordRules.of(PEOPLE,
                PacketOperation.FULL).check(json("{\"name\":\"张三\",\"idNumber\":\"110101190604090011\"}"), 3));
        assertEquals(Reason.RECORDS_ITEM_NOT_SHARED, e.reason());
        assertTrue(e.getMessage().startsWith("records line 3: item 'idNumber' is 不予共享"), e.getMessage());
    }

    @Test
    void itemsOfANotSharedResourceAreNotSharedUnlessTheyOverride() {
        CatalogEntry secret = entry(ShareType.NONE,
                new DataItem("code", DataItemType.STRING, null, null, false, null),
                new DataItem("region", DataItemType.STRING, null, ShareType.UNCONDITIONAL, false, null));
        RecordRules rules = RecordRules.of(secret, PacketOperation.FULL);
        assertEquals(Set.of("region"), rules.sharedItemNames());
        rules.check(json("{\"region\":\"110101\"}"), 1);
        assertEquals(Reason.RECORDS_ITEM_NOT_SHARED, assertThrows(PacketFormatException.class,
                () -> rules.check(json("{\"code\":\"x\"}"), 1)).reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"FULL", "INCREMENTAL"})
    void anEmptyRecordIsRefusedOnlyForDelete(String operation) {
        RecordRules.of(PEOPLE, PacketOperation.valueOf(operation)).check(json("{}"), 1);
        PacketFormatException e = assertThrows(PacketFormatException.class,
                () -> RecordRules.of(PEOPLE, PacketOperation.DELETE).check(json("{}"), 4));
        assertEquals("records line 4 is empty; a DELETE record carries the keys of what it deletes", e.getMessage());
    }

    @Test
    void projectionKeepsOnlyTheGrantedItemsInOrder() {
        JsonObject record = json("{\"name\":\"张三\",\"age\":42,\"income\":\"10.00\"}");
        JsonObject granted = RecordRules.project(record, Set.of("income", "name"));
        assertEquals(List.of("name", "income"), List.copyOf(granted.keySet()));
        assertEquals("10.00", granted.getString("income"));
        assertEquals(Set.of("name", "age", "income", "born", "updated", "alive", "photo", "home"),
                RecordRules.of(PEOPLE, PacketOperation.FULL).sharedItemNames());
    }
}
