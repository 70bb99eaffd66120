package io.govshare.security.receipt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.govshare.standards.StandardFiles;

class ReceiptTest {

    static final String JSON = "{\"schemaVersion\":\"1\",\"packetId\":\"01JD3Z6V8Q4N7R2W5X9Y0A1B2C\","
            + "\"manifestDigest\":\"b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9\","
            + "\"sourceNode\":\"node-1139050001390501xr-01\",\"resourceCode\":\"101001/000001\",\"sequence\":42,"
            + "\"recordCount\":1000,\"receivedAt\":\"2026-11-22T08:30:01.234Z\",\"status\":\"ACCEPTED\","
            + "\"timestampToken\":\"MIIBxjADAgEA\",\"hubSignature\":\"MEUCIQDxyz0=\"}";

    @Test
    void readsAndWritesTheSameJson() {
        Receipt receipt = Receipt.fromJson(bytes(JSON));
        assertEquals("01JD3Z6V8Q4N7R2W5X9Y0A1B2C", receipt.packetId());
        assertEquals(42, receipt.sequence());
        assertEquals(1000, receipt.recordCount());
        assertEquals(Instant.parse("2026-11-22T08:30:01.234Z"), receipt.receivedAt());
        assertEquals(JSON, new String(receipt.toJson(), StandardCharsets.UTF_8));
    }

    @Test
    void readsTheSpecExample() {
        Receipt receipt = Receipt.fromJson(bytes(StandardFiles.read("exchange/examples/receipt.json")));
        assertEquals("ACCEPTED", receipt.status());
    }

    @Test
    void signedBytesAreTheCanonicalJsonWithoutTheHubSignature() {
        String signed = new String(Receipt.fromJson(bytes(JSON)).signedBytes(), StandardCharsets.UTF_8);
        assertEquals("{\"manifestDigest\":\"b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9\","
                + "\"packetId\":\"01JD3Z6V8Q4N7R2W5X9Y0A1B2C\",\"receivedAt\":\"2026-11-22T08:30:01.234Z\","
                + "\"recordCount\":1000,\"resourceCode\":\"101001/000001\",\"schemaVersion\":\"1\",\"sequence\":42,"
                + "\"sourceNode\":\"node-1139050001390501xr-01\",\"status\":\"ACCEPTED\",\"timestampToken\":\"MIIBxjADAgEA\"}",
                signed);
    }

    @Test
    void signedBytesDoNotDependOnTheFormattingRead() {
        String pretty = JSON.replace(",\"", ",\n  \"").replace("{", "{\n  ").replace("\":", "\" : ");
        assertArrayEquals(Receipt.fromJson(bytes(JSON)).signedBytes(), Receipt.fromJson(bytes(pretty)).signedBytes());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"sequence\":42,|''|receipt.sequence is required",
            "\"sequence\":42|\"sequence\":\"42\"|receipt.sequence must be an integer",
            "\"sequence\":42|\"sequence\":0|receipt.sequence must be an integer from 1",
            "\"sequence\":42|\"sequence\":4.5|receipt.sequence must be an integer",
            "\"recordCount\":1000|\"recordCount\":-1|receipt.recordCount must be an integer from 0",
            "\"schemaVersion\":\"1\"|\"schemaVersion\":\"2\"|receipt.schemaVersion must be \"1\"",
            "\"packetId\":\"01JD3Z6V8Q4N7R2W5X9Y0A1B2C\"|\"packetId\":\"short\"|receipt.packetId must match",
            "\"manifestDigest\":\"b94d|\"manifestDigest\":\"B94D|receipt.manifestDigest must be 64 lower-case hex",
            "\"sourceNode\":\"node-1139050001390501xr-01\"|\"sourceNode\":\"Node-1\"|receipt.sourceNode must be a node id",
            "\"resourceCode\":\"101001/000001\"|\"resourceCode\":\"101001\"|receipt.resourceCode must be",
            "\"status\":\"ACCEPTED\"|\"status\":\"REFUSED\"|receipt.status must be \"ACCEPTED\"",
            "08:30:01.234Z|16:30:01.234+08:00|receipt.receivedAt must be written in its one canonical form",
            "08:30:01.234Z|08:30:01.2340Z|receipt.receivedAt must be written in its one canonical form",
            "08:30:01.234Z|yesterday|receipt.receivedAt must be a UTC instant",
            "\"MEUCIQDxyz0=\"|\"MEUCIQDxyz0\"|receipt.hubSignature must be non-empty canonical padded base64",
            "\"MEUCIQDxyz0=\"|\"MEUCIQDxyz1=\"|receipt.hubSignature must be non-empty canonical padded base64",
            "\"MIIBxjADAgEA\"|\"MIIB xjADAgEA\"|receipt.timestampToken must be base64",
            "\"status\":\"ACCEPTED\"|\"status\":\"ACCEPTED\",\"note\":\"x\"|receipt.note is not a known field",
            "\"status\":\"ACCEPTED\"|\"status\":\"ACCEPTED\",\"sequence\":43|duplicate member name 'sequence'",
    })
    void refusesJsonThatBreaksTheSchemaNamingTheField(String original, String replacement, String message) {
        String broken = JSON.replace(original, replacement);
        assertFalse(broken.equals(JSON), "the test must change something");
        ReceiptFormatException e = assertThrows(ReceiptFormatException.class, () -> Receipt.fromJson(bytes(broken)));
        assertTrue(e.getMessage().contains(message), "expected '" + message + "' in: " + e.getMessage());
    }

    @Test
    void refusesWhatIsNotOneJsonObject() {
        assertMalformed(bytes(JSON + "{}"), "not valid JSON");
        assertMalformed(bytes("[" + JSON + "]"), "must be a JSON object");
        assertMalformed(new byte[0], "receipt is empty");
        assertMalformed(bytes(JSON.substring(0, 100)), "not valid JSON");
        byte[] latin1 = JSON.replace("101001/000001", "101001/00000\u00e9").getBytes(StandardCharsets.ISO_8859_1);
        assertMalformed(latin1, "not valid UTF-8");
    }

    private static void assertMalformed(byte[] json, String message) {
        ReceiptFormatException e = assertThrows(ReceiptFormatException.class, () -> Receipt.fromJson(json));
        assertTrue(e.getMessage().contains(message), "expected '" + message + "' in: " + e.getMessage());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
