package io.govshare.security.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.govshare.exchange.PacketOperation;
import io.govshare.security.crypto.CryptoProfiles;
import io.govshare.security.identity.NodeIdentity;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packets are written and read in memory that does not depend on their size: sealing streams the records
 * into the ZIP, opening digests every entry in one streaming pass and decrypts the records lazily.
 */
class StreamingPacketTest {

    private static final int RECORD_BYTES = 1024;
    private static final long MIB = 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void sealsAndOpensAnEncryptedPacketOfAbout50MBInBoundedHeap() throws IOException {
        Result result = roundTrip(48 * MIB / RECORD_BYTES, Duration.ofMillis(250));
        // Anything that held the records (48 MiB of JSON, more as Java strings) would far exceed this.
        assertTrue(result.peakGrowth < 16 * MIB, "live heap grew by " + result.peakGrowth / MIB + " MiB");
    }

    /**
     * The 1 GB proof; run it with {@code mvn -o -pl sdk-security test -Dtest=StreamingPacketTest
     * -Dgovshare.largePacketTest=true -DargLine=-Xmx64m}.
     */
    @Test
    @Tag("large")
    @EnabledIfSystemProperty(named = "govshare.largePacketTest", matches = "true")
    void sealsAndOpensAOneGigabytePacket() throws IOException {
        Result result = roundTrip(1_000_000_000L / RECORD_BYTES, Duration.ofSeconds(1));
        System.out.printf("1 GB packet (%d records of %d bytes), max heap %d MiB: sealed in %.1f s, opened and read"
                        + " in %.1f s, %d MiB on disk, live heap grew by at most %d MiB%n", result.records, RECORD_BYTES,
                Runtime.getRuntime().maxMemory() / MIB, result.seal.toMillis() / 1000.0, result.open.toMillis() / 1000.0,
                result.size / MIB, result.peakGrowth / MIB);
        assertTrue(result.peakGrowth < 48 * MIB, "live heap grew by " + result.peakGrowth / MIB + " MiB");
    }

    private record Result(long records, Duration seal, Duration open, long size, long peakGrowth) {
    }

    private Result roundTrip(long records, Duration samplePeriod) throws IOException {
        TestPki pki = new TestPki(CryptoProfiles.SM);
        NodeIdentity sender = pki.node("node-a");
        NodeIdentity hub = pki.node("hub");
        Path file = dir.resolve("large.gspkt");
        PacketSpec spec = PacketSpec.builder(Records.RESOURCE, PacketOperation.FULL).sequence(1)
                .recipient("hub", hub.certificate()).build();
        Duration seal;
        Duration open;
        StreamingProbe probe = StreamingProbe.start(samplePeriod);
        try (probe) {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
                PacketWriter writer = new PacketSealer(sender).start(out, spec);
                for (JsonObject record : Records.generated(records, RECORD_BYTES)) {
                    writer.write(record);
                }
                writer.close();
                assertEquals(records, writer.result().header().recordCount());
            }
            seal = probe.elapsed();
            long read = 0;
            try (OpenedPacket opened = new PacketOpener(hub, pki.trust()).open(file, TestPki.NOW);
                 RecordStream stream = opened.records()) {
                while (stream.hasNext()) {
                    JsonObject record = stream.next();
                    if (++read % 100_000 == 0) {
                        assertEquals(read, record.getJsonNumber("id").longValue());
                    }
                }
            }
            assertEquals(records, read);
            open = probe.elapsed().minus(seal);
        }
        return new Result(records, seal, open, Files.size(file), probe.peakGrowth());
    }

}
