package io.govshare.catalog.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits RFC 4180 text into records: fields separated by commas, records by CRLF, LF or CR; a field in double
 * quotes may hold commas, line breaks and doubled quotes ({@code ""}). A byte order mark at the start is dropped.
 * <p>
 * Spreadsheets export slightly irregular CSV, so the splitter is lenient and says where: a quote inside an
 * unquoted field is kept as text; text after a closing quote is kept and the column is reported in
 * {@link RawRecord#strayTextAfterQuote()}; a quote still open at the end of the input is reported by
 * {@link #unterminatedQuoteLine()}. Line breaks inside quoted fields are returned as {@code \n}.
 * <p>
 * Public because the platform reads uploaded data files (open-data releases) with the same rules as catalog imports.
 */
public final class CsvRecords {

    /** One record, with the line (1-based) where it starts. */
    public record RawRecord(int line, List<String> cells, List<Integer> strayTextAfterQuote) {
    }

    private static final int END = -1;

    private final Reader reader;
    private final char[] buffer = new char[8192];
    private int length;
    private int position;
    private int pushedBack = Integer.MIN_VALUE;
    private int line = 1;
    private boolean started;
    private int unterminatedQuoteLine;

    public CsvRecords(Reader reader) {
        this.reader = reader;
    }

    /** The next record, or null at the end of the input. */
    public RawRecord next() {
        int c = read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        if (c == END) {
            return null;
        }
        int startLine = line;
        List<String> cells = new ArrayList<>();
        List<Integer> stray = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        while (true) {
            if (c == '"' && cell.length() == 0) {
                c = readQuoted(cell);
                if (c != ',' && !isLineEnd(c) && c != END) {
                    stray.add(cells.size());
                    while (c != ',' && !isLineEnd(c) && c != END) {
                        cell.append((char) c);
                        c = read();
                    }
                }
            } else {
                while (c != ',' && !isLineEnd(c) && c != END) {
                    cell.append((char) c);
                    c = read();
                }
            }
            cells.add(cell.toString());
            cell.setLength(0);
            if (c == ',') {
                c = read();
                continue;
            }
            endLine(c);
            return new RawRecord(startLine, cells, stray);
        }
    }

    /** The line where a quoted field opened but never closed, or 0 if every quote was closed. */
    public int unterminatedQuoteLine() {
        return unterminatedQuoteLine;
    }

    /** Reads a quoted field after its opening quote; returns the character after the closing quote. */
    private int readQuoted(StringBuilder cell) {
        int openedOn = line;
        while (true) {
            int c = read();
            if (c == END) {
                unterminatedQuoteLine = openedOn;
                return END;
            }
            if (c == '"') {
                int after = read();
                if (after != '"') {
                    return after;
                }
                cell.append('"');
            } else if (c == '\r' || c == '\n') {
                endLine(c);
                cell.append('\n');
            } else {
                cell.append((char) c);
            }
        }
    }

    /** Consumes a line break (a CR followed by LF counts once) and counts the line. */
    private void endLine(int c) {
        if (c == '\r') {
            int after = read();
            if (after != '\n' && after != END) {
                pushedBack = after;
            }
        }
        if (c != END) {
            line++;
        }
    }

    private static boolean isLineEnd(int c) {
        return c == '\r' || c == '\n';
    }

    private int read() {
        if (pushedBack != Integer.MIN_VALUE) {
            int c = pushedBack;
            pushedBack = Integer.MIN_VALUE;
            return c;
        }
        if (position == length) {
            try {
                length = reader.read(buffer);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the CSV input", e);
            }
            position = 0;
            if (length <= 0) {
                length = 0;
                return END;
            }
        }
        return buffer[position++];
    }
}
