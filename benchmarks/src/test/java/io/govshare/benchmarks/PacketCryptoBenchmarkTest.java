package io.govshare.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.json.CatalogJson;
import io.govshare.catalog.json.ParsedEntry;
import io.govshare.catalog.validation.CatalogValidator;
import io.govshare.exchange.PacketOperation;
import io.govshare.exchange.RecordRules;
import io.govshare.security.crypto.CryptoProfile;
import io.govshare.security.crypto.CryptoProfiles;
import io.govshare.security.packet.OpenedPacket;
import io.govshare.security.packet.PacketOpener;
import io.govshare.security.packet.RecordStream;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openjdk.jmh.infra.Blackhole;

class PacketCryptoBenchmarkTest {

    private static final Blackhole BLACKHOLE = new Blackhole(
            "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

    @Test
    void recordsAreAbout200BytesDistinctAndConformToTheirCatalogEntry() {
        ParsedEntry parsed = CatalogJson.read(ExchangeRecords.catalogEntry("基准户籍人口变更信息", "1139050001390501XR",
                "市公安局", "01"));
        assertEquals(java.util.List.of(), parsed.validate(CatalogValidator.standard()).errors());
        CatalogEntry entry = parsed.entry();
        RecordRules rules = RecordRules.of(entry, PacketOperation.INCREMENTAL);
        long bytes = 0;
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            JsonObject record = ExchangeRecords.record(i);
            rules.check(record, i + 1);
            bytes += ExchangeRecords.lineBytes(record);
            ids.add(record.getString("身份证号"));
            assertEquals(18, record.getString("身份证号").length(), record.toString());
        }
        double average = bytes / 10_000.0;
        assertTrue(average > 190 && average < 240, "average record line is " + average + " bytes");
        assertEquals(10_000, ids.size(), "every record is a different person");
        assertEquals(ExchangeRecords.record(1234), ExchangeRecords.record(1234));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SM", "INTL"})
    void rawBaselineComputesExactlyWhatTheProfileComputes(String profileName) throws InvalidCipherTextException {
        CryptoProfile profile = CryptoProfiles.named(profileName);
        byte[] key = profile.generateContentKey().getEncoded();
        byte[] iv = profile.generateIv();
        byte[] aad = "0f6b1d6e-0b7c-4a55-9a3e-3c1f2d9e8a77".getBytes(StandardCharsets.US_ASCII);
        byte[] plaintext = ExchangeRecords.record(7).toString().repeat(500).getBytes(StandardCharsets.UTF_8);

        GCMModeCipher gcm = PacketCryptoBenchmark.gcm(profile, true, key, iv, aad);
        byte[] ciphertext = new byte[gcm.getOutputSize(plaintext.length)];
        gcm.doFinal(ciphertext, gcm.processBytes(plaintext, 0, plaintext.length, ciphertext, 0));
        String algorithm = profileName.equals("SM") ? "SM4" : "AES";
        assertArrayEquals(profile.encrypt(new SecretKeySpec(key, algorithm), iv, plaintext, aad), ciphertext);

        Digest digest = PacketCryptoBenchmark.digest(profile);
        byte[] hash = new byte[digest.getDigestSize()];
        digest.update(plaintext, 0, plaintext.length);
        digest.doFinal(hash, 0);
        assertArrayEquals(profile.digest(plaintext), hash);
    }

    @Test
    void benchmarkMethodsSealOpenAndCountWhatTheyProcess(@TempDir Path dir) throws Exception {
        PacketCryptoBenchmark.Packets packets = new PacketCryptoBenchmark.Packets();
        packets.records = 10;
        packets.profile = "SM";
        packets.prepare();
        try {
            PacketCryptoBenchmark benchmark = new PacketCryptoBenchmark();
            PacketCryptoBenchmark.Volume volume = new PacketCryptoBenchmark.Volume();

            long size = benchmark.seal(packets, volume);
            assertEquals(packets.memory.size(), size);
            Path sealed = Files.write(dir.resolve("sealed.gspkt"), packets.memory.toByteArray());
            try (OpenedPacket packet = new PacketOpener(packets.hub, packets.trust).open(sealed, Instant.now());
                 RecordStream records = packet.records()) {
                assertEquals(packets.sender.nodeId(), packet.header().sourceNode());
                for (int i = 0; i < 10; i++) {
                    assertEquals(ExchangeRecords.record(i), records.next());
                }
                assertTrue(!records.hasNext());
            }

            benchmark.open(packets, volume, BLACKHOLE);
            assertEquals(20, volume.records);
            assertEquals(2 * packets.lines.length / 1e6, volume.megabytes, 1e-9);

            Digest digest = PacketCryptoBenchmark.digest(packets.crypto);
            byte[] expected = new byte[digest.getDigestSize()];
            digest.update(packets.ciphertext, 0, packets.ciphertext.length);
            digest.doFinal(expected, 0);
            assertArrayEquals(expected, benchmark.rawEncryptThenDigest(packets, volume));
            assertArrayEquals(expected, benchmark.rawDigestThenDecrypt(packets, volume));

            packets.ciphertext[3] ^= 1;
            assertThrows(InvalidCipherTextException.class, () -> benchmark.rawDigestThenDecrypt(packets, volume),
                    "the raw open baseline checks the tag, as open does");
        } finally {
            packets.cleanUp();
        }
    }
}
