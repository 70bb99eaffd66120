package io.govshare.app.opendata.release;

import io.govshare.app.opendata.ReleaseFormat;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the masked records of a release into its files in one pass: CSV, a JSON array, GeoJSON (when the records
 * carry a point) and the JSON Lines file the data API reads. Each file gets its SM3 and SHA-256 while it is written.
 * <ul>
 *   <li>CSV: UTF-8 with a byte order mark (spreadsheet programs on Chinese Windows read BOM-less UTF-8 as GBK and
 *       garble every name), CRLF, quotes where needed. A text cell that starts with {@code = + - @} followed by a
 *       non-digit gets a leading apostrophe, so a spreadsheet never runs it as a formula (CSV injection).</li>
 *   <li>GeoJSON (RFC 7946): one Feature per record with a point, all other items as properties.</li>
 * </ul>
 */
final class ReleaseWriter implements AutoCloseable {

    private final List<String> columns;
    private final PointReader points;
    private final Map<ReleaseFormat, ReleaseFiles.ChecksummedFile> files = new EnumMap<>(ReleaseFormat.class);
    private final ReleaseFiles.ChecksummedFile recordsFile;
    private final Writer csv;
    private final JsonGenerator json;
    private final JsonGenerator geojson;
    private final Writer records;
    private long count;
    private boolean closed;

    /**
     * @param points how to find a record's point, or null when the resource has none (no GeoJSON then)
     */
    ReleaseWriter(Path directory, String baseName, List<String> columns, PointReader points) throws IOException {
        this.columns = List.copyOf(columns);
        this.points = points;
        files.put(ReleaseFormat.CSV, ReleaseFiles.create(directory.resolve(baseName + ".csv")));
        files.put(ReleaseFormat.JSON, ReleaseFiles.create(directory.resolve(baseName + ".json")));
        if (points != null) {
            files.put(ReleaseFormat.GEOJSON, ReleaseFiles.create(directory.resolve(baseName + ".geojson")));
        }
        recordsFile = ReleaseFiles.create(directory.resolve(ReleaseFiles.RECORDS_FILE));
        csv = new OutputStreamWriter(files.get(ReleaseFormat.CSV), StandardCharsets.UTF_8);
        csv.write('\uFEFF');
        for (int i = 0; i < this.columns.size(); i++) {
            csv.write(i == 0 ? "" : ",");
            csv.write(csvCell(this.columns.get(i)));
        }
        csv.write("\r\n");
        json = Json.createGenerator(files.get(ReleaseFormat.JSON));
        json.writeStartArray();
        if (points != null) {
            geojson = Json.createGenerator(files.get(ReleaseFormat.GEOJSON));
            geojson.writeStartObject().write("type", "FeatureCollection").writeStartArray("features");
        } else {
            geojson = null;
        }
        records = new OutputStreamWriter(recordsFile, StandardCharsets.UTF_8);
    }

    void write(JsonObject record) throws IOException {
        for (int i = 0; i < columns.size(); i++) {
            csv.write(i == 0 ? "" : ",");
            csv.write(csvCell(text(record.get(columns.get(i)))));
        }
        csv.write("\r\n");
        json.write(record);
        records.write(record.toString());
        records.write('\n');
        if (geojson != null) {
            double[] point = points.point(record);
            if (point != null) {
                geojson.writeStartObject().write("type", "Feature")
                        .writeStartObject("geometry").write("type", "Point")
                        .writeStartArray("coordinates").write(point[0]).write(point[1]).writeEnd()
                        .writeEnd()
                        .writeStartObject("properties");
                for (String column : columns) {
                    if (!points.isPointItem(column)) {
                        geojson.write(column, record.getOrDefault(column, JsonValue.NULL));
                    }
                }
                geojson.writeEnd().writeEnd();
            }
        }
        count++;
    }

    long count() {
        return count;
    }

    /** Closes every file and returns what was written per format (the JSON Lines file is not a format). */
    Map<ReleaseFormat, ReleaseFiles.Written> finish() throws IOException {
        close();
        Map<ReleaseFormat, ReleaseFiles.Written> written = new EnumMap<>(ReleaseFormat.class);
        files.forEach((format, file) -> written.put(format, file.result()));
        return written;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        csv.close();
        json.writeEnd();
        json.close();
        if (geojson != null) {
            geojson.writeEnd().writeEnd();
            geojson.close();
        }
        records.close();
    }

    private static String text(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        if (value instanceof JsonNumber n) {
            return n.toString();
        }
        return value.toString();
    }

    static String csvCell(String text) {
        String cell = text;
        if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0
                && (cell.length() == 1 || !Character.isDigit(cell.charAt(1)))) {
            cell = "'" + cell;
        }
        if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0
                || cell.startsWith(" ") || cell.endsWith(" ")) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }

    /** Finds the point of a record: a GeoJSON Point item, or a 经度/纬度 pair. */
    interface PointReader {
        /** {longitude, latitude} or null. */
        double[] point(JsonObject record);

        /** Whether the item is the point itself (left out of a Feature's properties). */
        boolean isPointItem(String name);
    }

}
