package io.govshare.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.govshare.catalog.ResourceCode;
import io.govshare.json.CanonicalJson;
import io.govshare.standards.StandardFiles;
import io.govshare.verification.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PacketHeaderTest {

    static final PacketHeader SUBMISSION = new PacketHeader(PacketId.of("01JD3Z6V8Q4N7R2W5X9Y0A1B2C"),
            ResourceCode.of("101001/000001"), "node-1139050001390501xr-01", List.of("hub"), 42, Instant.parse("2026-11-22T08:30:00Z"),
            PacketOperation.INCREMENTAL, 1000, "SM", true, null);

    static final PacketHeader DELIVERY = new PacketHeader(PacketId.of("6f1c9a2e-2d47-4c1b-9a3e-1f2d3c4b5a69"),
            ResourceCode.of("101001/000001"), "hub", List.of("node-b"), 7, Instant.parse("2026-11-22T08:31:00.250Z"),
            PacketOperation.INCREMENTAL, 1000, "INTL", false,
            new PacketOrigin(PacketId.of("01JD3Z6V8Q4N7R2W5X9Y0A1B2C"), "node-a", "ab".repeat(32)));

    static Set<ValidationMessage> validate(String schema, byte[] json) {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(StandardFiles.read("exchange/schemas/" + schema + ".schema.json"),
                        SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build())
                .validate(new String(json, StandardCharsets.UTF_8), InputFormat.JSON);
    }

    @Test
    void roundTripsThroughJson() {
        assertEquals(SUBMISSION, PacketHeader.fromJson(SUBMISSION.toJson()));
        assertEquals(DELIVERY, PacketHeader.fromJson(DELIVERY.toJson()));
        assertNull(PacketHeader.fromJson(SUBMISSION.toJson()).origin());
    }

    @Test
    void writesJsonThatTheSchemaAccepts() {
        assertEquals(Set.of(), validate("header", SUBMISSION.toJson()));
        assertEquals(Set.of(), validate("header", DELIVERY.toJson()));
    }

    @Test
    void writesCanonicalJsonSoEqualHeadersHaveEqualBytes() {
        byte[] json = SUBMISSION.toJson();
        assertArrayEquals(CanonicalJson.canonicalise(new String(json, StandardCharsets.UTF_8)), json);
        assertTrue(new String(json, StandardCharsets.UTF_8).contains("\"createdAt\":\"2026-11-22T08:30:00Z\""));
    }

    @Test
    void readsTheSpecExample() {
        PacketHeader example = PacketHeader.fromJson(StandardFiles.read("exchange/examples/header.json")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(SUBMISSION, example);
        PacketHeader delivery = PacketHeader.fromJson(StandardFiles.read("exchange/examples/header-delivery.json")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals("hub", delivery.sourceNode());
        assertEquals("node-1139050001390501xr-01", delivery.origin().sourceNode());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"sequence\":42|\"sequence\":0|header.sequence must be an integer from 1",
            "\"sequence\":42|\"sequence\":4.5|header.sequence must be an integer",
            "\"recordCount\":1000|\"recordCount\":-1|header.recordCount must be an integer from 0",
            "\"operation\":\"INCREMENTAL\"|\"operation\":\"UPSERT\"|header.operation must be FULL, INCREMENTAL or DELETE",
            "\"createdAt\":\"2026-11-22T08:30:00Z\"|\"createdAt\":\"2026-11-22 08:30\"|header.createdAt must be an RFC 3339",
            "\"cryptoProfile\":\"SM\"|\"cryptoProfile\":\"RSA\"|header.cryptoProfile must be SM or INTL",
            "\"schemaVersion\":\"1\"|\"schemaVersion\":\"2\"|header.schemaVersion must be \"1\"",
            "\"recipients\":[\"hub\"]|\"recipients\":[]|header.recipients must name at least one node",
            "\"recipients\":[\"hub\"]|\"recipients\":[\"hub\",\"hub\"]|header.recipients must be distinct",
            "\"packetId\":\"01JD3Z6V8Q4N7R2W5X9Y0A1B2C\"|\"packetId\":\"x\"|header.packetId must be 16 to 64",
            "\"resourceCode\":\"101001/000001\"|\"resourceCode\":\"101001\"|header.resourceCode must be written",
            "\"encrypted\":true|\"encrypted\":\"yes\"|header.encrypted must be true or false",
            "\"encrypted\":true|\"encrypted\":true,\"priority\":1|header.priority is not a known field",
            ",\"sourceNode\":\"node-1139050001390501xr-01\"|''|header.sourceNode is required",
            "\"encrypted\":true|\"encrypted\":true,\"encrypted\":false|duplicate member name 'encrypted'",
    })
    void refusesABrokenFieldNamingIt(String field, String replacement, String message) {
        String json = new String(SUBMISSION.toJson(), StandardCharsets.UTF_8);
        assertTrue(json.contains(field), json);
        PacketFormatException e = assertThrows(PacketFormatException.class,
                () -> PacketHeader.fromJson(json.replace(field, replacement).getBytes(StandardCharsets.UTF_8)));
        assertEquals(Reason.HEADER_INVALID, e.reason());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void refusesAnOriginWithABrokenDigest() {
        String json = new String(DELIVERY.toJson(), StandardCharsets.UTF_8).replace("ab".repeat(32), "AB".repeat(32));
        PacketFormatException e = assertThrows(PacketFormatException.class,
                () -> PacketHeader.fromJson(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(Reason.HEADER_INVALID, e.reason());
        assertTrue(e.getMessage().contains("header.origin.manifestDigest must be 64 lower-case hex digits"), e.getMessage());
    }

    @Test
    void refusesTextThatIsNotUtf8OrNotAnObject() {
        PacketFormatException notUtf8 = assertThrows(PacketFormatException.class,
                () -> PacketHeader.fromJson(new byte[] {'{', '"', (byte) 0xC3, '"', '}'}));
        assertTrue(notUtf8.getMessage().contains("not valid UTF-8"), notUtf8.getMessage());
        PacketFormatException array = assertThrows(PacketFormatException.class,
                () -> PacketHeader.fromJson("[1]".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Reason.HEADER_INVALID, array.reason());
        assertTrue(array.getMessage().contains("must be a JSON object"), array.getMessage());
    }
}
