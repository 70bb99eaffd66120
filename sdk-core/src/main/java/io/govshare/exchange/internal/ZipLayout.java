package io.govshare.exchange.internal;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.govshare.exchange.PacketEntries;
import io.govshare.exchange.PacketFormatException;
import io.govshare.verification.Reason;

/**
 * The structure of a ZIP file, read from its central directory and checked against its local headers before
 * any content is trusted (APPNOTE.TXT 6.3). {@link java.util.zip.ZipFile} reads only the central directory,
 * while streaming tools ({@code ZipInputStream}, some unzip implementations) read the local headers; a file
 * where the two disagree shows different content to an auditor and to the hub. So this check requires that
 * every byte before the central directory belongs to exactly one listed entry, in order: a local header with
 * the same name and method as its central record, its data, and its data descriptor if it has one. Hidden
 * local entries, duplicate names, overlapping entries and prefixed bytes all fail.
 *
 * <p>Internal: not part of the SDK's API (see the package description).
 */
public final class ZipLayout {

    /** More entries than a packet can have (seven names) means it is not a packet. */
    public static final int MAX_ENTRIES = 16;
    private static final int MAX_CENTRAL_DIRECTORY = 64 * 1024;

    private static final int EOCD_SIGNATURE = 0x06054b50;
    private static final int ZIP64_EOCD_SIGNATURE = 0x06064b50;
    private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
    private static final int CENTRAL_SIGNATURE = 0x02014b50;
    private static final int LOCAL_SIGNATURE = 0x04034b50;
    private static final int DESCRIPTOR_SIGNATURE = 0x08074b50;
    private static final long MAGIC32 = 0xFFFFFFFFL;
    private static final int MAGIC16 = 0xFFFF;

    /** One entry as the central directory lists it, with where its local header starts. */
    public record Entry(String name, byte[] rawName, int flags, int method, long crc, long compressedSize, long size,
                 long localOffset) {
    }

    private ZipLayout() {
    }

    /** The entries of the ZIP file in {@code channel}, checked as the class description says. */
    public static List<Entry> read(FileChannel channel) throws IOException {
        long fileSize = channel.size();
        if (fileSize < 22) {
            throw malformed("the file is not a ZIP file (" + fileSize + " bytes, too short for an end record)");
        }
        int tailLength = (int) Math.min(fileSize, 22 + 0xFFFF);
        ByteBuffer tail = read(channel, fileSize - tailLength, tailLength);
        int eocd = -1;
        for (int i = tailLength - 22; i >= 0; i--) {
            if (tail.getInt(i) == EOCD_SIGNATURE && (tail.getShort(i + 20) & 0xFFFF) == tailLength - i - 22) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            throw malformed("the file is not a ZIP file (no end of central directory record)");
        }
        long eocdOffset = fileSize - tailLength + eocd;
        if ((tail.getShort(eocd + 4) & 0xFFFF) != 0 || (tail.getShort(eocd + 6) & 0xFFFF) != 0) {
            throw malformed("multi-disk ZIP files are not packets");
        }
        long count = tail.getShort(eocd + 10) & 0xFFFF;
        long directorySize = tail.getInt(eocd + 12) & MAGIC32;
        long directoryOffset = tail.getInt(eocd + 16) & MAGIC32;
        long directoryEnd = eocdOffset;
        if (eocdOffset >= 20 && read(channel, eocdOffset - 20, 4).getInt(0) == ZIP64_LOCATOR_SIGNATURE) {
            ByteBuffer locator = read(channel, eocdOffset - 20, 20);
            long zip64Offset = locator.getLong(8);
            if (zip64Offset < 0 || zip64Offset > eocdOffset - 20 - 56) {
                throw malformed("the ZIP64 end record offset " + zip64Offset + " is outside the file");
            }
            ByteBuffer zip64 = read(channel, zip64Offset, 56);
            if (zip64.getInt(0) != ZIP64_EOCD_SIGNATURE || zip64Offset + 12 + zip64.getLong(4) != eocdOffset - 20) {
                throw malformed("the ZIP64 end of central directory record is damaged");
            }
            count = zip64.getLong(32);
            directorySize = zip64.getLong(40);
            directoryOffset = zip64.getLong(48);
            directoryEnd = zip64Offset;
        } else if (count == MAGIC16 || directorySize == MAGIC32 || directoryOffset == MAGIC32) {
            throw malformed("the end record needs ZIP64 values but there is no ZIP64 end record");
        }
        if (count > MAX_ENTRIES || directorySize > MAX_CENTRAL_DIRECTORY) {
            throw malformed("the ZIP has " + count + " entries and a " + directorySize
                    + "-byte central directory; a packet has at most " + PacketEntries.ALL.size() + " entries");
        }
        if (directoryOffset < 0 || directorySize < 0 || directoryOffset + directorySize != directoryEnd) {
            throw malformed("the central directory (offset " + directoryOffset + ", " + directorySize
                    + " bytes) does not end where the end record starts (" + directoryEnd + ")");
        }
        List<Entry> entries = readCentralDirectory(read(channel, directoryOffset, (int) directorySize), (int) count);
        checkLocalHeaders(channel, entries, directoryOffset);
        return entries;
    }

    private static List<Entry> readCentralDirectory(ByteBuffer directory, int count) {
        List<Entry> entries = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int p = 0;
        for (int i = 0; i < count; i++) {
            if (p + 46 > directory.limit() || directory.getInt(p) != CENTRAL_SIGNATURE) {
                throw malformed("central directory record " + i + " is damaged");
            }
            int flags = directory.getShort(p + 8) & 0xFFFF;
            int method = directory.getShort(p + 10) & 0xFFFF;
            long crc = directory.getInt(p + 16) & MAGIC32;
            long compressedSize = directory.getInt(p + 20) & MAGIC32;
            long size = directory.getInt(p + 24) & MAGIC32;
            int nameLength = directory.getShort(p + 28) & 0xFFFF;
            int extraLength = directory.getShort(p + 30) & 0xFFFF;
            int commentLength = directory.getShort(p + 32) & 0xFFFF;
            int disk = directory.getShort(p + 34) & 0xFFFF;
            long localOffset = directory.getInt(p + 42) & MAGIC32;
            int end = p + 46 + nameLength + extraLength + commentLength;
            if (end > directory.limit()) {
                throw malformed("central directory record " + i + " runs past the central directory");
            }
            byte[] rawName = new byte[nameLength];
            directory.get(p + 46, rawName);
            String name = name(rawName);
            // Zip64 extended information (APPNOTE 4.5.3): present fields in a fixed order, only those that overflowed.
            for (int e = p + 46 + nameLength; e + 4 <= p + 46 + nameLength + extraLength; ) {
                int id = directory.getShort(e) & 0xFFFF;
                int length = directory.getShort(e + 2) & 0xFFFF;
                int q = e + 4;
                if (id == 0x0001) {
                    if (size == MAGIC32 && q + 8 <= e + 4 + length) {
                        size = directory.getLong(q);
                        q += 8;
                    }
                    if (compressedSize == MAGIC32 && q + 8 <= e + 4 + length) {
                        compressedSize = directory.getLong(q);
                        q += 8;
                    }
                    if (localOffset == MAGIC32 && q + 8 <= e + 4 + length) {
                        localOffset = directory.getLong(q);
                    }
                }
                e += 4 + length;
            }
            if (disk != 0 && disk != MAGIC16) {
                throw malformed("entry '" + name + "' is on another disk; multi-disk ZIP files are not packets");
            }
            if ((flags & 1) != 0) {
                throw malformed("entry '" + name + "' uses ZIP encryption; packets encrypt records themselves");
            }
            if (method != 0 && method != 8) {
                throw malformed("entry '" + name + "' uses compression method " + method + "; only STORED (0) and"
                        + " DEFLATED (8) are allowed");
            }
            if (size < 0 || compressedSize < 0 || localOffset < 0) {
                throw malformed("entry '" + name + "' has a size or offset beyond 2^63");
            }
            if (!names.add(name)) {
                throw malformed("entry '" + name + "' appears twice in the central directory; names must be unique");
            }
            entries.add(new Entry(name, rawName, flags, method, crc, compressedSize, size, localOffset));
            p = end;
        }
        if (p != directory.limit()) {
            throw malformed("the central directory has " + (directory.limit() - p) + " bytes after its last record");
        }
        return entries;
    }

    private static void checkLocalHeaders(FileChannel channel, List<Entry> entries, long directoryOffset)
            throws IOException {
        List<Entry> byOffset = new ArrayList<>(entries);
        byOffset.sort(Comparator.comparingLong(Entry::localOffset));
        long expected = 0;
        for (int i = 0; i < byOffset.size(); i++) {
            Entry entry = byOffset.get(i);
            if (entry.localOffset() != expected) {
                throw malformed("entry '" + entry.name() + "' starts at byte " + entry.localOffset() + " but the previous"
                        + " entry ends at byte " + expected + "; every byte must belong to exactly one listed entry");
            }
            if (entry.localOffset() + 30 > directoryOffset) {
                throw malformed("the local header of entry '" + entry.name() + "' lies in the central directory");
            }
            ByteBuffer header = read(channel, entry.localOffset(), 30);
            int nameLength = header.getShort(26) & 0xFFFF;
            int extraLength = header.getShort(28) & 0xFFFF;
            if (header.getInt(0) != LOCAL_SIGNATURE) {
                throw malformed("entry '" + entry.name() + "' has no local header at byte " + entry.localOffset());
            }
            byte[] localName = new byte[nameLength];
            read(channel, entry.localOffset() + 30, nameLength).get(0, localName);
            if (!Arrays.equals(localName, entry.rawName())) {
                throw malformed("the local header of entry '" + entry.name() + "' names '" + lenientName(localName)
                        + "'; a streaming reader would see another entry than the central directory lists");
            }
            if ((header.getShort(8) & 0xFFFF) != entry.method() || (header.getShort(6) & 1) != 0) {
                throw malformed("the local header of entry '" + entry.name() + "' disagrees with the central directory"
                        + " on the compression method or encryption");
            }
            long dataEnd = entry.localOffset() + 30 + nameLength + extraLength + entry.compressedSize();
            long next = i + 1 < byOffset.size() ? byOffset.get(i + 1).localOffset() : directoryOffset;
            long gap = next - dataEnd;
            if ((entry.flags() & 8) != 0) {
                // Data descriptor: optional signature, CRC-32, then 4- or 8-byte (ZIP64) sizes.
                boolean signed = gap >= 4 && read(channel, dataEnd, 4).getInt(0) == DESCRIPTOR_SIGNATURE;
                boolean fits = signed ? gap == 16 || gap == 24 : gap == 12 || gap == 20;
                if (!fits || (read(channel, dataEnd + (signed ? 4 : 0), 4).getInt(0) & MAGIC32) != entry.crc()) {
                    throw malformed("the data descriptor after entry '" + entry.name() + "' is damaged or followed by"
                            + " bytes that belong to no listed entry");
                }
            } else if (gap != 0) {
                throw malformed("entry '" + entry.name() + "' is followed by " + gap + " bytes that belong to no listed"
                        + " entry (or overlaps the next one)");
            }
            expected = next;
        }
        if (expected != directoryOffset) {
            throw malformed("the " + directoryOffset + " bytes before the central directory belong to no listed entry");
        }
    }

    private static String name(byte[] raw) {
        String name;
        try {
            name = ExchangeJson.utf8(raw, raw.length);
        } catch (CharacterCodingException e) {
            throw new PacketFormatException(Reason.CONTAINER_UNSAFE_ENTRY_NAME,
                    "an entry name is not valid UTF-8: '" + lenientName(raw) + "'");
        }
        String unsafe = unsafeBecause(name);
        if (unsafe != null) {
            throw new PacketFormatException(Reason.CONTAINER_UNSAFE_ENTRY_NAME,
                    "entry name '" + printable(name) + "' " + unsafe);
        }
        return name;
    }

    /** Why a name could write outside the folder it is unzipped into, or null if it cannot. */
    public static String unsafeBecause(String name) {
        if (name.isEmpty()) {
            return "is empty";
        }
        if (name.startsWith("/") || (name.length() > 1 && name.charAt(1) == ':')) {
            return "is an absolute path";
        }
        if (name.indexOf('\\') >= 0) {
            return "contains a backslash (a path separator on Windows)";
        }
        if (name.endsWith("/")) {
            return "is a directory; packets hold no directories";
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".") || segment.isEmpty()) {
                return "contains a '" + segment + "' path segment";
            }
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return "contains a control character";
            }
        }
        return null;
    }

    private static String lenientName(byte[] raw) {
        return printable(new String(raw, java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String printable(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().limit(200).forEach(c -> {
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new EOFException("the file ends at byte " + (position + buffer.position()) + " inside a ZIP"
                        + " structure that should be " + length + " bytes long at byte " + position);
            }
        }
        return buffer.flip();
    }

    private static PacketFormatException malformed(String message) {
        return new PacketFormatException(Reason.CONTAINER_MALFORMED, message);
    }
}
