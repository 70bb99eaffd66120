package io.govshare.app.opendata.release;

import io.govshare.app.platform.FieldError;
import io.govshare.app.platform.ProblemException;
import io.govshare.app.platform.domain.ValidationFailed;
import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.DataItem;
import io.govshare.catalog.csv.CsvRecords;
import io.govshare.exchange.PacketFormatException;
import io.govshare.exchange.PacketOperation;
import io.govshare.exchange.RecordRules;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Records of an uploaded data file, read one at a time and checked against the catalog entry's data items exactly
 * as exchange records are ({@link RecordRules}): CSV with a header row of data-item names (RFC 4180, UTF-8), or JSON
 * Lines with one object per line typed as in the packet standard. The first bad line ends the upload with a 422
 * naming the line and the item; nothing is published from a file with a bad line.
 */
final class UploadedRecords implements Iterator<JsonObject>, AutoCloseable {

    enum Kind { CSV, JSON_LINES }

    private final BufferedReader reader;
    private final RecordRules rules;
    private final Map<String, DataItem> items;
    private final Kind kind;
    private CsvRecords csv;
    private List<String> header;
    private JsonObject next;
    private long line;

    private UploadedRecords(BufferedReader reader, CatalogEntry entry, Kind kind) {
        this.reader = reader;
        this.kind = kind;
        this.rules = RecordRules.of(entry, PacketOperation.FULL);
        this.items = entry.dataItems().stream().collect(Collectors.toMap(DataItem::name, Function.identity(),
                (a, b) -> a));
    }

    static UploadedRecords open(Path file, CatalogEntry entry, Kind kind) {
        try {
            UploadedRecords records = new UploadedRecords(Files.newBufferedReader(file, StandardCharsets.UTF_8), entry,
                    kind);
            if (kind == Kind.CSV) {
                records.readHeader();
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }

    private void readHeader() {
        csv = new CsvRecords(reader);
        CsvRecords.RawRecord first = csv.next();
        if (first == null) {
            throw refuse("file", "open.empty-file", "the CSV file is empty; its first row must name the data items");
        }
        header = first.cells().stream().map(String::strip).toList();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (!items.containsKey(name)) {
                throw refuse("columns[" + i + "]", "open.unknown-column", "column '" + name
                        + "' is not a data item of the catalog entry; the items are " + items.keySet());
            }
            if (header.indexOf(name) != i) {
                throw refuse("columns[" + i + "]", "open.duplicate-column", "column '" + name + "' appears twice");
            }
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = kind == Kind.CSV ? nextCsv() : nextJsonLine();
        }
        return next != null;
    }

    @Override
    public JsonObject next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        JsonObject record = next;
        next = null;
        return record;
    }

    private JsonObject nextCsv() {
        CsvRecords.RawRecord row = csv.next();
        while (row != null && row.cells().stream().allMatch(String::isBlank)) {
            row = csv.next();
        }
        if (row == null) {
            if (csv.unterminatedQuoteLine() > 0) {
                throw refuse("line " + csv.unterminatedQuoteLine(), "open.csv-quote",
                        "a quoted field opened on line " + csv.unterminatedQuoteLine() + " is never closed");
            }
            return null;
        }
        line = row.line();
        if (row.cells().size() != header.size()) {
            throw refuse("line " + line, "open.csv-columns", "line " + line + " has " + row.cells().size()
                    + " fields but the header has " + header.size());
        }
        JsonObjectBuilder record = Json.createObjectBuilder();
        for (int i = 0; i < header.size(); i++) {
            record.add(header.get(i), typed(items.get(header.get(i)), row.cells().get(i)));
        }
        return checked(record.build());
    }

    private JsonObject nextJsonLine() {
        try {
            String text = reader.readLine();
            while (text != null && text.isBlank()) {
                line++;
                text = reader.readLine();
            }
            if (text == null) {
                return null;
            }
            line++;
            JsonValue value = Json.createReader(new StringReader(text)).readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw refuse("line " + line, "open.json-line", "line " + line + " is not a JSON object");
            }
            return checked(value.asJsonObject());
        } catch (JsonParsingException e) {
            throw refuse("line " + line, "open.json-line", "line " + line + " is not valid JSON: " + e.getMessage());
        } catch (JsonException e) {
            throw refuse("line " + line, "open.json-line", "line " + line + " cannot be read: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }

    private JsonObject checked(JsonObject record) {
        try {
            rules.check(record, line);
            return record;
        } catch (PacketFormatException e) {
            throw refuse("line " + line, e.reason().code(), e.getMessage());
        }
    }

    /** A CSV cell as the JSON value its item's type calls for; an empty cell is no value. */
    private JsonValue typed(DataItem item, String cell) {
        String text = cell.strip();
        if (text.isEmpty()) {
            return JsonValue.NULL;
        }
        if (item.type() == null) {
            return Json.createValue(text);
        }
        switch (item.type()) {
            case INTEGER:
                try {
                    return Json.createValue(new BigInteger(text));
                } catch (NumberFormatException e) {
                    throw refuse("line " + line, "records.invalid", "line " + line + ": item '" + item.name()
                            + "' must be an integer (INTEGER), got '" + text + "'");
                }
            case BOOLEAN:
                if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
                    return Boolean.parseBoolean(text.toLowerCase()) ? JsonValue.TRUE : JsonValue.FALSE;
                }
                throw refuse("line " + line, "records.invalid", "line " + line + ": item '" + item.name()
                        + "' must be true or false (BOOLEAN), got '" + text + "'");
            case GEOMETRY:
                try {
                    return Json.createReader(new StringReader(text)).readValue();
                } catch (JsonException e) {
                    throw refuse("line " + line, "records.invalid", "line " + line + ": item '" + item.name()
                            + "' must be a GeoJSON geometry object (GEOMETRY)");
                }
            default:
                return Json.createValue(text);
        }
    }

    private static ValidationFailed refuse(String field, String rule, String message) {
        return new ValidationFailed("The uploaded file cannot be released: " + message,
                List.of(new FieldError(field, rule, message)));
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
