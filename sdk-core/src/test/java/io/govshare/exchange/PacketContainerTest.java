package io.govshare.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.govshare.exchange.internal.PacketContainerReader;
import io.govshare.exchange.internal.PacketContainerWriter;
import io.govshare.verification.Reason;

class PacketContainerTest {

    @TempDir
    Path dir;

    private Path file(byte[] bytes) throws IOException {
        return Files.write(Files.createTempFile(dir, "packet", ".gspkt"), bytes);
    }

    private PacketFormatException refused(byte[] zip) throws IOException {
        Path packet = file(zip);
        return assertThrows(PacketFormatException.class, () -> PacketContainerReader.open(packet).close());
    }

    @Test
    void writesEntriesThatReadBackWithTheirDigests() throws IOException {
        Map<String, byte[]> entries = Containers.plainEntries();
        try (PacketContainerReader reader = PacketContainerReader.open(file(Containers.written(entries)))) {
            assertEquals(Set.of("header.json", "manifest.json", "manifest.sig", "records.jsonl", "signer.pem"),
                    reader.names());
            assertEquals(PacketEntries.RECORDS, reader.recordsEntry());
            PacketManifest manifest = PacketManifest.fromJson(reader.readSmall(PacketEntries.MANIFEST));
            assertEquals(List.of("records.jsonl", "header.json", "signer.pem"),
                    manifest.entries().stream().map(ManifestEntry::name).toList());
            for (ManifestEntry entry : manifest.entries()) {
                byte[] content = entries.get(entry.name());
                assertEquals(content.length, entry.size());
                assertEquals(HexFormat.of().formatHex(Containers.sha256().digest(content)), entry.digestHex());
                try (InputStream in = reader.open(entry.name())) {
                    assertArrayEquals(content, in.readAllBytes());
                }
            }
            reader.verifyDigests(manifest, Containers::sha256);
            assertArrayEquals(new byte[] {0x30, 0x00}, reader.readSmall(PacketEntries.SIGNATURE));
        }
    }

    @Test
    void givesEveryEntryTheSameTimeSoBytesDependOnlyOnContent() throws IOException {
        byte[] once = Containers.written(Containers.plainEntries());
        assertArrayEquals(once, Containers.written(Containers.plainEntries()));
        try (ZipFile zip = new ZipFile(file(once).toFile())) {
            zip.stream().forEach(entry ->
                    assertEquals(LocalDateTime.of(2026, 11, 22, 8, 30), entry.getTimeLocal(), entry.getName()));
        }
    }

    @Test
    void writerStreamsAnEntryAndRefusesUnknownRepeatedOrOverlappingEntries() throws IOException {
        PacketContainerWriter writer = new PacketContainerWriter(new ByteArrayOutputStream(), Containers.ID, "SHA-256",
                Containers::sha256, Containers.TIME);
        OutputStream records = writer.openEntry(PacketEntries.RECORDS);
        records.write("{}\n".getBytes(StandardCharsets.US_ASCII));
        IllegalStateException open = assertThrows(IllegalStateException.class,
                () -> writer.putEntry(PacketEntries.HEADER, new byte[0]));
        assertTrue(open.getMessage().contains("'records.jsonl' is still open"), open.getMessage());
        records.close();
        assertEquals(3, writer.manifest().entry(PacketEntries.RECORDS).orElseThrow().size());
        IllegalArgumentException again = assertThrows(IllegalArgumentException.class,
                () -> writer.putEntry(PacketEntries.RECORDS, new byte[0]));
        assertTrue(again.getMessage().contains("already written"), again.getMessage());
        IllegalArgumentException manifest = assertThrows(IllegalArgumentException.class,
                () -> writer.putEntry(PacketEntries.MANIFEST, new byte[0]));
        assertTrue(manifest.getMessage().contains("written by finish"), manifest.getMessage());
        assertThrows(IllegalArgumentException.class, () -> writer.putEntry("../x", new byte[0]));
    }

    @Test
    void rejectsPacketWhoseManifestDigestDiffers() throws IOException {
        try (PacketContainerReader reader = PacketContainerReader.open(file(Containers.written(Containers.plainEntries())))) {
            PacketManifest manifest = PacketManifest.fromJson(reader.readSmall(PacketEntries.MANIFEST));
            ManifestEntry header = manifest.entry(PacketEntries.HEADER).orElseThrow();
            PacketManifest wrong = new PacketManifest(manifest.packetId(), "SHA-256", List.of(
                    manifest.entries().get(0), new ManifestEntry(header.name(), header.size(), "00".repeat(32)),
                    manifest.entries().get(2)));
            PacketFormatException e = assertThrows(PacketFormatException.class,
                    () -> reader.verifyDigests(wrong, Containers::sha256));
            assertEquals(Reason.MANIFEST_DIGEST_MISMATCH, e.reason());
            assertTrue(e.getMessage().startsWith("header.json has SHA-256 digest "), e.getMessage());

            PacketManifest shorter = new PacketManifest(manifest.packetId(), "SHA-256", List.of(
                    new ManifestEntry(PacketEntries.RECORDS, 5, manifest.entries().get(0).digestHex()),
                    manifest.entries().get(1), manifest.entries().get(2)));
            PacketFormatException size = assertThrows(PacketFormatException.class,
                    () -> reader.verifyDigests(shorter, Containers::sha256));
            assertEquals(Reason.MANIFEST_DIGEST_MISMATCH, size.reason());
            assertTrue(size.getMessage().contains("but 5 bytes in the manifest"), size.getMessage());
        }
    }

    @Test
    void rejectsAManifestThatListsTooMuchOrTooLittle() throws IOException {
        try (PacketContainerReader reader = PacketContainerReader.open(file(Containers.written(Containers.plainEntries())))) {
            PacketManifest manifest = PacketManifest.fromJson(reader.readSmall(PacketEntries.MANIFEST));
            PacketManifest withoutSigner = new PacketManifest(manifest.packetId(), "SHA-256",
                    manifest.entries().subList(0, 2));
            PacketFormatException unlisted = assertThrows(PacketFormatException.class,
                    () -> reader.verifyDigests(withoutSigner, Containers::sha256));
            assertEquals(Reason.MANIFEST_UNLISTED_ENTRY, unlisted.reason());
            assertTrue(unlisted.getMessage().contains("'signer.pem' is not listed"), unlisted.getMessage());

            PacketManifest withRecipients = new PacketManifest(manifest.packetId(), "SHA-256", List.of(
                    manifest.entries().get(0), manifest.entries().get(1), manifest.entries().get(2),
                    new ManifestEntry(PacketEntries.RECIPIENTS, 2, "00".repeat(32))));
            PacketFormatException missing = assertThrows(PacketFormatException.class,
                    () -> reader.checkListed(withRecipients));
            assertEquals(Reason.MANIFEST_MISSING_ENTRY, missing.reason());
            assertTrue(missing.getMessage().contains("lists 'recipients.json'"), missing.getMessage());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil.sh", "/etc/cron.d/x", "C:/x", "a\\..\\b", "dir/", "a/./b", "a//b", "bad\u0000name"})
    void rejectsUnsafeEntryNames(String name) throws IOException {
        Map<String, byte[]> entries = Containers.completeEntries();
        entries.put(name, new byte[] {1});
        PacketFormatException e = refused(Containers.zip(entries, false));
        assertEquals(Reason.CONTAINER_UNSAFE_ENTRY_NAME, e.reason());
    }

    @Test
    void rejectsAnEntryThatIsNoPacketEntryAsUnlisted() throws IOException {
        Map<String, byte[]> entries = Containers.completeEntries();
        entries.put("notes.txt", new byte[] {1});
        PacketFormatException e = refused(Containers.zip(entries, false));
        assertEquals(Reason.MANIFEST_UNLISTED_ENTRY, e.reason());
        assertTrue(e.getMessage().contains("'notes.txt' is not a packet entry"), e.getMessage());
    }

    @Test
    void rejectsADuplicateNameInTheCentralDirectory() throws IOException {
        Map<String, byte[]> entries = Containers.completeEntries();
        entries.put("header.jsoX", "{}".getBytes(StandardCharsets.US_ASCII));
        byte[] twice = Containers.replace(Containers.zip(entries, false), "header.jsoX", "header.json", -1);
        PacketFormatException e = refused(twice);
        assertEquals(Reason.CONTAINER_MALFORMED, e.reason());
        assertTrue(e.getMessage().contains("'header.json' appears twice"), e.getMessage());
    }

    @Test
    void rejectsALocalHeaderThatNamesAnotherEntryThanTheCentralDirectory() throws IOException {
        byte[] zip = Containers.zip(Containers.completeEntries(), false);
        byte[] renamed = Containers.replace(zip, "signer.pem", "signer.pex", 0);
        PacketFormatException e = refused(renamed);
        assertEquals(Reason.CONTAINER_MALFORMED, e.reason());
        assertTrue(e.getMessage().contains("local header of entry 'signer.pem' names 'signer.pex'"), e.getMessage());
    }

    @Test
    void rejectsALocalEntryHiddenFromTheCentralDirectory() throws IOException {
        Map<String, byte[]> entries = Containers.completeEntries();
        entries.put(PacketEntries.RECORDS_ENCRYPTED, new byte[] {1, 2, 3});
        byte[] hidden = Containers.dropFromCentralDirectory(Containers.zip(entries, false), PacketEntries.RECORDS_ENCRYPTED);
        try (ZipFile zip = new ZipFile(file(hidden).toFile())) {
            assertEquals(5, zip.size(), "ZipFile itself does not see the hidden entry");
        }
        PacketFormatException e = refused(hidden);
        assertEquals(Reason.CONTAINER_MALFORMED, e.reason());
        assertTrue(e.getMessage().contains("belong to no listed entry"), e.getMessage());
    }

    @Test
    void rejectsBytesBeforeTheFirstEntry() throws IOException {
        byte[] zip = Containers.zip(Containers.completeEntries(), true);
        byte[] prefixed = new byte[zip.length + 4];
        System.arraycopy(zip, 0, prefixed, 4, zip.length);
        assertEquals(Reason.CONTAINER_MALFORMED, refused(prefixed).reason());
    }

    @Test
    void readsStoredEntriesWithoutDataDescriptors() throws IOException {
        try (PacketContainerReader reader = PacketContainerReader.open(file(Containers.zip(Containers.completeEntries(), true)))) {
            assertArrayEquals(PacketHeaderTest.SUBMISSION.toJson(), reader.readSmall(PacketEntries.HEADER));
        }
    }

    @Test
    void rejectsMissingRequiredEntriesNamingThem() throws IOException {
        Map<String, byte[]> entries = Containers.completeEntries();
        entries.remove(PacketEntries.SIGNER);
        PacketFormatException signer = refused(Containers.zip(entries, false));
        assertEquals(Reason.CONTAINER_MALFORMED, signer.reason());
        assertTrue(signer.getMessage().contains("no 'signer.pem' entry"), signer.getMessage());

        entries = Containers.completeEntries();
        entries.put(PacketEntries.RECORDS_ENCRYPTED, new byte[0]);
        entries.put(PacketEntries.RECIPIENTS, new byte[0]);
        PacketFormatException both = refused(Containers.zip(entries, false));
        assertTrue(both.getMessage().contains("exactly one of 'records.jsonl' and 'records.jsonl.enc', it has both"),
                both.getMessage());

        entries = Containers.completeEntries();
        entries.put(PacketEntries.RECIPIENTS, new byte[0]);
        PacketFormatException recipients = refused(Containers.zip(entries, false));
        assertTrue(recipients.getMessage().contains("not encrypted but the packet has a 'recipients.json'"),
                recipients.getMessage());
    }

    @Test
    void rejectsASmallEntryOverOneMebibyte() throws IOException {
        Map<String, byte[]> entries = Containers.completeEntries();
        entries.put(PacketEntries.SIGNER, new byte[PacketEntries.SMALL_ENTRY_LIMIT + 1]);
        PacketFormatException e = refused(Containers.zip(entries, false));
        assertEquals(Reason.CONTAINER_MALFORMED, e.reason());
        assertTrue(e.getMessage().contains("'signer.pem' is 1048577 bytes"), e.getMessage());
    }

    @Test
    void rejectsFilesThatAreNoZipOrAreCutShort() throws IOException {
        assertTrue(refused("not a zip at all, just text".getBytes(StandardCharsets.US_ASCII)).getMessage()
                .contains("not a ZIP file"));
        byte[] zip = Containers.written(Containers.plainEntries());
        byte[] cut = java.util.Arrays.copyOf(zip, zip.length - 30);
        assertEquals(Reason.CONTAINER_MALFORMED, refused(cut).reason());
        assertEquals(Reason.CONTAINER_MALFORMED, refused(new byte[0]).reason());
    }
}
