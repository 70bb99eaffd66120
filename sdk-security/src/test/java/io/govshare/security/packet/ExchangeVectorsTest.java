package io.govshare.security.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.govshare.exchange.internal.RecordLineReader;
import io.govshare.security.identity.Certificates;
import io.govshare.security.identity.HubTrustStore;
import io.govshare.security.identity.KeyStores;
import io.govshare.security.identity.NodeIdentity;
import io.govshare.standards.StandardFiles;
import io.govshare.verification.Reason;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed test vectors of standards/exchange/vectors, read from the govshare-standards jar: each file
 * gets exactly the answer vectors.json gives for it from the verifier, the opener and the replay guard.
 */
class ExchangeVectorsTest {

    private static final String FOLDER = "exchange/vectors/";

    @TempDir
    static Path dir;
    private static JsonObject index;
    private static Instant verifyAt;
    private static HubTrustStore trust;

    @BeforeAll
    static void readIndex() {
        index = Json.createReader(new StringReader(StandardFiles.read(FOLDER + "vectors.json"))).readObject();
        verifyAt = Instant.parse(index.getString("verifyAt"));
        List<X509Certificate> cas = new ArrayList<>();
        index.getJsonObject("trust").getJsonArray("cas").getValuesAs(JsonString.class)
                .forEach(ca -> cas.add(Certificates.readCertificate(StandardFiles.read(FOLDER + ca.getString()))));
        List<X509CRL> crls = new ArrayList<>();
        index.getJsonObject("trust").getJsonArray("crls").getValuesAs(JsonString.class)
                .forEach(crl -> crls.add(Certificates.readCrl(StandardFiles.read(FOLDER + crl.getString()))));
        trust = HubTrustStore.of(cas, crls);
        assertEquals(crls.size(), trust.acceptedCrls().size(), "every CRL is signed by its CA");
    }

    static Stream<JsonObject> vectorObjects() {
        readIndex();
        return index.getJsonArray("vectors").getValuesAs(JsonObject.class).stream();
    }

    static Stream<Arguments> vectors() {
        return vectorObjects().map(vector -> Arguments.of(vector.getString("file"), vector));
    }

    private static Path copy(String name) throws IOException {
        Path target = dir.resolve(name);
        if (!Files.exists(target)) {
            Files.createDirectories(target.getParent());
            try (InputStream in = StandardFiles.open(FOLDER + name)) {
                Files.copy(in, target);
            }
        }
        return target;
    }

    private static NodeIdentity recipient(String profile) throws IOException {
        String folder = index.getJsonObject("recipients").getString(profile);
        copy(folder + "/key.pem");
        return KeyStores.load(copy(folder + "/certificate.pem").getParent());
    }

    private static List<JsonObject> expectedRecords() throws IOException {
        List<JsonObject> records = new ArrayList<>();
        try (RecordLineReader reader = new RecordLineReader(StandardFiles.open(FOLDER + index.getString("records")))) {
            for (JsonObject record; (record = reader.read()) != null; ) {
                records.add(record);
            }
        }
        return records;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void theVerifierGivesEachVectorItsExpectedAnswer(String file, JsonObject vector) throws IOException {
        JsonObject expected = vector.getJsonObject("expected");
        VerificationReport report = new PacketVerifier(trust).verify(copy(file), verifyAt);
        if (expected.getBoolean("valid") || expected.containsKey("after")) {
            // A replay is invisible in one packet: only a receiver that accepted the first one can tell.
            assertTrue(report.valid(), report.toJson());
        } else {
            assertEquals(List.of(expected.getString("reason")), report.reasons().stream().map(Reason::code).toList(), report.toJson());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void theOpenerAndReplayGuardGiveEachVectorItsExpectedAnswer(String file, JsonObject vector) throws IOException {
        JsonObject expected = vector.getJsonObject("expected");
        NodeIdentity hub = recipient(vector.getString("profile"));
        PacketOpener opener = new PacketOpener(hub, trust);
        Path packet = copy(file);
        if (expected.getBoolean("valid")) {
            try (OpenedPacket opened = opener.open(packet, verifyAt)) {
                assertEquals(vector.getString("profile"), opened.header().cryptoProfile());
                assertTrue(opened.header().encrypted());
                assertEquals(expectedRecords(), PacketRoundTripTest.readAll(opened));
            }
        } else if (expected.containsKey("after")) {
            ReplayGuard guard = new InMemoryReplayGuard();
            try (OpenedPacket first = opener.open(copy(expected.getString("after")), verifyAt)) {
                guard.accept(first.header());
            }
            try (OpenedPacket replay = opener.open(packet, verifyAt)) {
                PacketReplayedException e = assertThrows(PacketReplayedException.class, () -> guard.accept(replay.header()));
                assertEquals(expected.getString("reason"), e.reason().code());
            }
        } else {
            PacketException e = assertThrows(PacketException.class, () -> {
                try (OpenedPacket opened = opener.open(packet, verifyAt)) {
                    PacketRoundTripTest.readAll(opened);
                }
            });
            assertEquals(expected.getString("reason"), e.reason().code(), e.getMessage());
        }
    }

    @Test
    void everyVectorFileIsListedAndEveryListedFileExists() {
        Set<String> listed = new TreeSet<>();
        vectorObjects().forEach(vector -> {
            listed.add(vector.getString("file"));
            JsonObject expected = vector.getJsonObject("expected");
            if (expected.containsKey("after")) {
                assertTrue(StandardFiles.list("exchange/vectors").contains(expected.getString("after")));
            }
        });
        Set<String> present = new TreeSet<>(StandardFiles.list("exchange/vectors").stream()
                .filter(name -> name.endsWith(".gspkt")).toList());
        assertEquals(present, listed);
        assertTrue(listed.containsAll(List.of("valid-sm.gspkt", "valid-intl.gspkt", "tampered-record.gspkt",
                "wrong-digest.gspkt", "wrong-signer.gspkt", "expired-certificate.gspkt", "revoked-certificate.gspkt",
                "untrusted-signer.gspkt", "replayed-id.gspkt", "unsafe-entry-name.gspkt", "unlisted-entry.gspkt",
                "count-mismatch.gspkt")), listed.toString());
    }

    @Test
    void theTestOnlyKeysSayTheyAreTestOnlyAndMatchTheirCertificates() throws IOException {
        for (String profile : List.of("SM", "INTL")) {
            NodeIdentity hub = recipient(profile);
            assertEquals("hub", hub.nodeId());
            assertEquals(profile, hub.profile().name());
            String folder = index.getJsonObject("recipients").getString(profile);
            assertTrue(StandardFiles.read(FOLDER + folder + "/key.pem").startsWith("TEST ONLY"));
        }
    }
}
