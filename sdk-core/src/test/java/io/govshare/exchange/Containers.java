package io.govshare.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.govshare.exchange.internal.PacketContainerWriter;

/** Test containers: well-formed ones from the writer, and ZIP files changed byte by byte to break one rule. */
final class Containers {

    static final PacketId ID = PacketId.of("01JD3Z6V8Q4N7R2W5X9Y0A1B2C");
    static final Instant TIME = Instant.parse("2026-11-22T08:30:00Z");

    private Containers() {
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A plaintext packet's entries, in the order the sealer writes them. */
    static Map<String, byte[]> plainEntries() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(PacketEntries.RECORDS, "{\"name\":\"张三\"}\n{\"name\":\"李四\"}\n".getBytes(StandardCharsets.UTF_8));
        entries.put(PacketEntries.HEADER, PacketHeaderTest.SUBMISSION.toJson());
        entries.put(PacketEntries.SIGNER, "-----BEGIN CERTIFICATE-----\n...\n".getBytes(StandardCharsets.US_ASCII));
        return entries;
    }

    /** A container of {@code entries} with their manifest and a placeholder signature. */
    static byte[] written(Map<String, byte[]> entries) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PacketContainerWriter writer = new PacketContainerWriter(out, ID, "SHA-256", Containers::sha256, TIME);
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                writer.putEntry(entry.getKey(), entry.getValue());
            }
            writer.finish(writer.manifest().toJson(), new byte[] {0x30, 0x00});
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A ZIP written by ZipOutputStream with any names, DEFLATED, or STORED with sizes up front. */
    static byte[] zip(Map<String, byte[]> entries, boolean stored) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                    ZipEntry zipEntry = new ZipEntry(entry.getKey());
                    if (stored) {
                        zipEntry.setMethod(ZipEntry.STORED);
                        zipEntry.setSize(entry.getValue().length);
                        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                        crc.update(entry.getValue());
                        zipEntry.setCrc(crc.getValue());
                    }
                    zip.putNextEntry(zipEntry);
                    zip.write(entry.getValue());
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every entry of a well-formed plaintext packet plus manifest and signature, for {@link #zip}. */
    static Map<String, byte[]> completeEntries() {
        Map<String, byte[]> entries = plainEntries();
        entries.put(PacketEntries.MANIFEST, "{}".getBytes(StandardCharsets.US_ASCII));
        entries.put(PacketEntries.SIGNATURE, new byte[] {0x30, 0x00});
        return entries;
    }

    /** {@code bytes} with the {@code occurrence}-th (0-based) or, for -1, every occurrence of {@code from} replaced. */
    static byte[] replace(byte[] bytes, String from, String to, int occurrence) {
        byte[] f = from.getBytes(StandardCharsets.UTF_8);
        byte[] t = to.getBytes(StandardCharsets.UTF_8);
        if (f.length != t.length) {
            throw new IllegalArgumentException("replacement must keep the length");
        }
        byte[] copy = bytes.clone();
        int seen = 0;
        boolean replaced = false;
        for (int i = 0; i + f.length <= copy.length; i++) {
            if (java.util.Arrays.equals(copy, i, i + f.length, f, 0, f.length)) {
                if (occurrence < 0 || seen == occurrence) {
                    System.arraycopy(t, 0, copy, i, t.length);
                    replaced = true;
                }
                seen++;
            }
        }
        if (!replaced) {
            throw new IllegalArgumentException("'" + from + "' occurrence " + occurrence + " not found");
        }
        return copy;
    }

    /**
     * {@code zip} with {@code name} removed from the central directory only: its local header and data stay,
     * hidden from ZipFile but visible to a streaming reader.
     */
    static byte[] dropFromCentralDirectory(byte[] zip, String name) {
        ByteBuffer in = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int eocd = zip.length - 22;
        int count = in.getShort(eocd + 10) & 0xFFFF;
        int directoryOffset = in.getInt(eocd + 16);
        ByteArrayOutputStream directory = new ByteArrayOutputStream();
        int p = directoryOffset;
        int kept = 0;
        for (int i = 0; i < count; i++) {
            int length = 46 + (in.getShort(p + 28) & 0xFFFF) + (in.getShort(p + 30) & 0xFFFF) + (in.getShort(p + 32) & 0xFFFF);
            String recordName = new String(zip, p + 46, in.getShort(p + 28) & 0xFFFF, StandardCharsets.UTF_8);
            if (!recordName.equals(name)) {
                directory.write(zip, p, length);
                kept++;
            }
            p += length;
        }
        ByteBuffer end = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
        end.put(zip, eocd, 22);
        end.putShort(8, (short) kept).putShort(10, (short) kept).putInt(12, directory.size());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(zip, 0, directoryOffset);
        out.writeBytes(directory.toByteArray());
        out.writeBytes(end.array());
        return out.toByteArray();
    }
}
