package io.govshare.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.govshare.exchange.internal.RecordLineReader;
import io.govshare.exchange.internal.RecordLineWriter;
import io.govshare.verification.Reason;

class RecordLinesTest {

    private static List<JsonObject> readAll(String text, int maxLine) throws IOException {
        List<JsonObject> records = new ArrayList<>();
        try (RecordLineReader reader = new RecordLineReader(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), maxLine)) {
            for (JsonObject record; (record = reader.read()) != null; ) {
                records.add(record);
                assertEquals(records.size(), reader.count());
            }
            assertNull(reader.read(), "the end stays the end");
        }
        return records;
    }

    @Test
    void writesOneCompactObjectPerLineAndReadsThemBack() throws IOException {
        List<JsonObject> records = List.of(
                Json.createObjectBuilder().add("name", "张三").add("note", "two\nlines").add("age", 42).build(),
                Json.createObjectBuilder().add("name", "李四").addNull("note").add("ok", true).build());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RecordLineWriter writer = new RecordLineWriter(out)) {
            for (JsonObject record : records) {
                writer.write(record);
            }
            assertEquals(2, writer.count());
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(2, text.split("\n", -1).length - 1, text);
        assertTrue(text.endsWith("}\n"));
        assertEquals(records, readAll(text, 1024));
    }

    @Test
    void readsALastLineWithoutNewlineAndAnEmptyStreamAsNoRecords() throws IOException {
        assertEquals(2, readAll("{\"a\":1}\n{\"a\":2}", 100).size());
        assertEquals(List.of(), readAll("", 100));
    }

    @Test
    void readsLinesSplitAcrossItsBuffer() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            text.append("{\"i\":").append(i).append(",\"pad\":\"").append("x".repeat(i % 300)).append("\"}\n");
        }
        List<JsonObject> records = readAll(text.toString(), 1024);
        assertEquals(2000, records.size());
        assertEquals(1999, records.get(1999).getInt("i"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"a\":1}\\n\\n{\"a\":2}\\n|records line 2 is blank",
            "{\"a\":1}\\n[1,2]\\n|records line 2 must be a JSON object",
            "{\"a\":1}\\n{\"a\":1}{\"b\":2}\\n|records line 2 is not one valid JSON value",
            "{\"a\":1,\"a\":2}\\n|records line 1 is not one valid JSON value",
            "{\"a\":1}\\n{\"a\":\\n|records line 2 is not one valid JSON value",
            "{\"a\":1}\\n{\"pad\":\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"}\\n"
                    + "|records line 2 is longer than 64 bytes",
    })
    void refusesABadLineNamingItsNumber(String text, String message) {
        PacketFormatException e = assertThrows(PacketFormatException.class,
                () -> readAll(text.replace("\\n", "\n"), 64));
        assertEquals(Reason.RECORDS_INVALID, e.reason());
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    @Test
    void refusesBytesThatAreNotUtf8() {
        InputStream in = new ByteArrayInputStream(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xFF, '"', '}', '\n'});
        PacketFormatException e = assertThrows(PacketFormatException.class, () -> new RecordLineReader(in).read());
        assertEquals("records line 1 is not valid UTF-8", e.getMessage());
    }

    @Test
    void writerRefusesARecordTheReaderWouldRefuse() throws IOException {
        RecordLineWriter writer = new RecordLineWriter(new ByteArrayOutputStream(), 16);
        writer.write(Json.createObjectBuilder().add("a", "short").build());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> writer.write(Json.createObjectBuilder().add("a", "much too long for this").build()));
        assertTrue(e.getMessage().contains("record 2 is 30 bytes"), e.getMessage());
    }
}
