package io.govshare.exchange.internal;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import jakarta.json.JsonObject;

/**
 * Writes records as JSON Lines (SPEC.md §3): one compact JSON object per line, UTF-8, each line ended by
 * {@code \n}. Streams: nothing but the current record is held. Refuses a line the reader would refuse for
 * its length, so that a packet this writes can always be read.
 *
 * <p>Internal: not part of the SDK's API (see the package description).
 */
public final class RecordLineWriter implements Closeable {

    private final OutputStream out;
    private final int maxLineBytes;
    private long count;

    /** A writer with the default line limit, {@link RecordLineReader#DEFAULT_MAX_LINE_BYTES}. */
    public RecordLineWriter(OutputStream out) {
        this(out, RecordLineReader.DEFAULT_MAX_LINE_BYTES);
    }

    /** @param maxLineBytes the longest line, in bytes without the {@code \n}, that a record may take */
    public RecordLineWriter(OutputStream out, int maxLineBytes) {
        if (maxLineBytes < 2) {
            throw new IllegalArgumentException("maxLineBytes must be at least 2 (the line '{}'), got " + maxLineBytes);
        }
        this.out = new BufferedOutputStream(Objects.requireNonNull(out, "out"), 64 * 1024);
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * Appends {@code record} as the next line.
     *
     * @throws IllegalArgumentException if its JSON is longer than the line limit
     */
    public void write(JsonObject record) throws IOException {
        Objects.requireNonNull(record, "record");
        // Compact JSON escapes control characters inside strings, so the text holds no line break.
        byte[] line = record.toString().getBytes(StandardCharsets.UTF_8);
        if (line.length > maxLineBytes) {
            throw new IllegalArgumentException("record " + (count + 1) + " is " + line.length + " bytes as JSON; a"
                    + " record line is limited to " + maxLineBytes + " bytes");
        }
        out.write(line);
        out.write('\n');
        count++;
    }

    /** The number of records written. */
    public long count() {
        return count;
    }

    /** Writes buffered lines through. */
    public void flush() throws IOException {
        out.flush();
    }

    /** Flushes and closes the underlying stream. */
    @Override
    public void close() throws IOException {
        out.close();
    }
}
