package io.govshare.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import io.govshare.standards.StandardFiles;
import io.govshare.verification.Reason;
import org.junit.jupiter.api.Test;

class PacketManifestTest {

    private static final PacketManifest MANIFEST = new PacketManifest(PacketId.of("01JD3Z6V8Q4N7R2W5X9Y0A1B2C"), "SM3",
            List.of(new ManifestEntry("records.jsonl.enc", 1048576, "1a".repeat(32)),
                    new ManifestEntry("header.json", 412, "66".repeat(32)),
                    new ManifestEntry("recipients.json", 300, "e3".repeat(32)),
                    new ManifestEntry("signer.pem", 900, "9f".repeat(32))));

    @Test
    void roundTripsThroughJsonKeepingEntryOrder() {
        PacketManifest read = PacketManifest.fromJson(MANIFEST.toJson());
        assertEquals(MANIFEST, read);
        assertEquals("records.jsonl.enc", read.entries().get(0).name());
        assertEquals(412, read.entry("header.json").orElseThrow().size());
    }

    @Test
    void writesJsonThatTheSchemaAccepts() {
        assertEquals(Set.of(), PacketHeaderTest.validate("manifest", MANIFEST.toJson()));
    }

    @Test
    void readsTheSpecExample() {
        PacketManifest example = PacketManifest.fromJson(StandardFiles.read("exchange/examples/manifest.json")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(4, example.entries().size());
    }

    @Test
    void refusesAnEntryListedTwice() {
        String json = new String(MANIFEST.toJson(), StandardCharsets.UTF_8)
                .replace("\"name\":\"recipients.json\"", "\"name\":\"header.json\"");
        PacketFormatException e = assertThrows(PacketFormatException.class,
                () -> PacketManifest.fromJson(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(Reason.CONTAINER_MALFORMED, e.reason());
        assertTrue(e.getMessage().contains("'header.json' appears twice"), e.getMessage());
    }

    @Test
    void refusesAnUnknownNameOrABadDigestNamingTheEntry() {
        String json = new String(MANIFEST.toJson(), StandardCharsets.UTF_8);
        PacketFormatException name = assertThrows(PacketFormatException.class, () -> PacketManifest.fromJson(
                json.replace("signer.pem", "../etc/passwd").getBytes(StandardCharsets.UTF_8)));
        assertTrue(name.getMessage().contains("manifest.entries[3]: entry name must be one of"), name.getMessage());
        PacketFormatException digest = assertThrows(PacketFormatException.class, () -> PacketManifest.fromJson(
                json.replace("66".repeat(32), "66".repeat(31)).getBytes(StandardCharsets.UTF_8)));
        assertTrue(digest.getMessage().contains("digest of header.json must be 64 lower-case hex digits"),
                digest.getMessage());
        PacketFormatException algorithm = assertThrows(PacketFormatException.class, () -> PacketManifest.fromJson(
                json.replace("\"SM3\"", "\"MD5\"").getBytes(StandardCharsets.UTF_8)));
        assertTrue(algorithm.getMessage().contains("digestAlgorithm must be SM3 or SHA-256"), algorithm.getMessage());
    }
}
