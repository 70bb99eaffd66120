package io.govshare.exchange.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;
import java.util.Objects;

import jakarta.json.JsonObject;

import jakarta.json.JsonException;
import jakarta.json.JsonValue;

import io.govshare.exchange.PacketFormatException;
import io.govshare.verification.Reason;

/**
 * Reads records written as JSON Lines (SPEC.md §3) one at a time, in memory bounded by the longest allowed
 * line. Every line must be one JSON object in strict UTF-8 without duplicate member names; a blank line, a
 * line that is not an object, or a line longer than the limit is {@code records.invalid} naming the line.
 * The last line may lack its {@code \n}.
 *
 * <p>Internal: not part of the SDK's API (see the package description).
 */
public final class RecordLineReader implements Closeable {

    /** The default longest line: 16 MiB. */
    public static final int DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024;

    private static final int INITIAL_LINE = 4 * 1024;

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private byte[] line = new byte[INITIAL_LINE];
    private long count;
    private boolean ended;

    /** Reads record lines from {@code in}, UTF-8. */
    public RecordLineReader(InputStream in) {
        this(in, DEFAULT_MAX_LINE_BYTES);
    }

    /** @param maxLineBytes the longest line accepted, in bytes without the {@code \n} */
    public RecordLineReader(InputStream in, int maxLineBytes) {
        if (maxLineBytes < 2) {
            throw new IllegalArgumentException("maxLineBytes must be at least 2 (the line '{}'), got " + maxLineBytes);
        }
        this.in = Objects.requireNonNull(in, "in");
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * The next record, or null at the end of the stream.
     *
     * @throws PacketFormatException {@code records.invalid} naming the line number and the rule
     */
    public JsonObject read() throws IOException {
        if (ended) {
            return null;
        }
        int length = 0;
        while (true) {
            if (position == limit) {
                int n = in.read(buffer);
                if (n == -1) {
                    ended = true;
                    if (length == 0) {
                        return null;
                    }
                    break;
                }
                position = 0;
                limit = n;
            }
            int newline = position;
            while (newline < limit && buffer[newline] != '\n') {
                newline++;
            }
            int chunk = newline - position;
            if ((long) length + chunk > maxLineBytes) {
                throw invalid(count + 1, "is longer than " + maxLineBytes + " bytes, the longest record line allowed");
            }
            if (length + chunk > line.length) {
                line = Arrays.copyOf(line, (int) Math.min(maxLineBytes, Math.max((long) line.length * 2, length + chunk)));
            }
            System.arraycopy(buffer, position, line, length, chunk);
            length += chunk;
            position = newline;
            if (newline < limit) {
                position++;
                break;
            }
        }
        long lineNumber = ++count;
        JsonObject record = parse(lineNumber, length);
        if (line.length > 1024 * 1024) {
            line = new byte[INITIAL_LINE]; // do not keep a rare huge line's buffer for the rest of the stream
        }
        return record;
    }

    private JsonObject parse(long lineNumber, int length) {
        if (length == 0) {
            throw invalid(lineNumber, "is blank; every line must hold one record");
        }
        String text;
        try {
            text = ExchangeJson.utf8(line, length);
        } catch (CharacterCodingException e) {
            throw invalid(lineNumber, "is not valid UTF-8");
        }
        JsonValue value;
        try {
            value = ExchangeJson.strictValue(text);
        } catch (JsonException e) {
            throw invalid(lineNumber, "is not one valid JSON value: " + e.getMessage());
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw invalid(lineNumber, "must be a JSON object, got " + ExchangeJson.describe(value));
        }
        return value.asJsonObject();
    }

    /** The number of records read so far, which is also the line number of the last one. */
    public long count() {
        return count;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private static PacketFormatException invalid(long lineNumber, String rule) {
        return new PacketFormatException(Reason.RECORDS_INVALID, "records line " + lineNumber + " " + rule);
    }
}
