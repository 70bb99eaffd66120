package io.govshare.security.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.govshare.security.crypto.CryptoProfiles;
import io.govshare.security.identity.TestPki;

class AuditSegmentTest {

    private final TestPki pki = new TestPki(CryptoProfiles.SM);
    private final List<AuditEntry> log = AuditSegmentVerifierTest.chain(pki, 3);
    private final AuditSegment segment = AuditSegmentVerifierTest.segment(pki, pki.hub, log,
            AuditSegmentVerifierTest.checkpoints(pki.hub, log, 3));

    @Test
    void jsonRoundTrips() {
        byte[] json = segment.toJson();
        AuditSegment read = AuditSegment.fromJson(json);
        assertEquals(segment, read);
        assertEquals(new String(json, StandardCharsets.UTF_8), new String(read.toJson(), StandardCharsets.UTF_8));
        String text = new String(json, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\"schemaVersion\":\"1\",\"cryptoProfile\":\"SM\",\"signerCertificate\":\"-----BEGIN"),
                text);
        assertTrue(text.indexOf("\"checkpoints\"") < text.indexOf("\"entries\""), "checkpoints first");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"schemaVersion\":\"1\"|\"schemaVersion\":\"2\"|segment.schemaVersion must be \"1\"",
            "\"cryptoProfile\":\"SM\"|\"cryptoProfile\":\"RSA\"|cryptoProfile must be \"SM\" or \"INTL\"",
            "\"sequence\":1,|\"sequence\":0,|segment.entries[0].sequence must be an integer from 1",
            "\"prevHash\":\"0000|\"prevHash\":\"000|segment.entries[0].prevHash must be 64 lower-case hex",
            "\"signedAt\":\"2026-11-22T08:00:45Z\"|\"signedAt\":\"2026-11-22T08:00:45.000Z\"|segment.checkpoints[0].signedAt must be written in its one canonical form",
            "\"entries\":[|\"notes\":[],\"entries\":[|segment.notes is not a known field",
    })
    void refusesJsonThatBreaksTheSchemaNamingTheField(String original, String replacement, String message) {
        String json = new String(segment.toJson(), StandardCharsets.UTF_8);
        String broken = json.replaceFirst(java.util.regex.Pattern.quote(original),
                java.util.regex.Matcher.quoteReplacement(replacement));
        assertTrue(!broken.equals(json), "the test must change something: " + original);
        assertRefused(broken, message);
    }

    @Test
    void refusesMembersOfTheWrongType() {
        JsonObject json = Json.createReader(new java.io.ByteArrayInputStream(segment.toJson())).readObject();
        JsonArray entries = json.getJsonArray("entries");
        JsonObject eventAsArray = Json.createObjectBuilder(entries.getJsonObject(0))
                .add("event", Json.createArrayBuilder().add(1)).build();
        assertRefused(Json.createObjectBuilder(json).add("entries", Json.createArrayBuilder(entries).set(0, eventAsArray))
                .build().toString(), "segment.entries[0].event must be an object");
        assertRefused(Json.createObjectBuilder(json).add("entries", Json.createObjectBuilder()).build().toString(),
                "segment.entries must be an array");
        assertRefused(Json.createObjectBuilder(json).add("checkpoints", Json.createArrayBuilder().add("x")).build()
                .toString(), "segment.checkpoints[0] must be an object");
        assertRefused(Json.createObjectBuilder(json).remove("signerCertificate").build().toString(),
                "segment.signerCertificate is required");
    }

    private static void assertRefused(String json, String message) {
        AuditFormatException e = assertThrows(AuditFormatException.class,
                () -> AuditSegment.fromJson(json.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains(message), "expected '" + message + "' in: " + e.getMessage());
    }
}
