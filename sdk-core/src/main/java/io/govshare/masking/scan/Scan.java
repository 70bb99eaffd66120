package io.govshare.masking.scan;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One scan over many records, fed one at a time; {@link #report()} at any point says what was found so far.
 * <p>
 * Each top-level value of a record is scanned with its field name as context. Strings (and JSON strings) are
 * scanned as they are, numbers by their decimal text, nested objects and arrays by their JSON text; null and
 * booleans are skipped. Not thread-safe: use one scan per thread.
 */
public final class Scan {

    static final int ROWS_KEPT = 5;
    static final int SAMPLES_KEPT = 3;

    private final SensitiveDataScanner scanner;
    private final Map<String, ScanContext> contexts = new HashMap<>();
    private final Map<String, Map<EntityType, Tally>> tallies = new LinkedHashMap<>();
    private long records;

    Scan(SensitiveDataScanner scanner) {
        this.scanner = scanner;
    }

    /** Scans the next record; its row number is one more than the last (the first is 1). */
    public void add(Map<String, ?> record) {
        Objects.requireNonNull(record, "record");
        long row = ++records;
        for (Map.Entry<String, ?> field : record.entrySet()) {
            CharSequence text = textOf(field.getValue());
            if (text == null || text.length() == 0) {
                continue;
            }
            ScanContext context = contexts.computeIfAbsent(field.getKey(), ScanContext::field);
            List<Match> matches = scanner.scanText(text, context);
            if (!matches.isEmpty()) {
                tally(field.getKey(), row, text, matches);
            }
        }
    }

    public long records() {
        return records;
    }

    /** What was found so far; later records do not change a report already taken. */
    public ScanReport report() {
        List<FieldFinding> findings = new ArrayList<>();
        tallies.forEach((field, byType) -> byType.forEach((type, tally) -> findings.add(tally.toFinding(field, type))));
        return new ScanReport(records, findings);
    }

    private void tally(String field, long row, CharSequence text, List<Match> matches) {
        Map<EntityType, Tally> byType = tallies.computeIfAbsent(field, f -> new LinkedHashMap<>());
        Map<EntityType, Match> firstOfType = new LinkedHashMap<>();
        for (Match match : matches) {
            firstOfType.merge(match.type(), match, (a, b) -> a.score() >= b.score() ? a : b);
        }
        firstOfType.forEach((type, match) -> byType.computeIfAbsent(type, t -> new Tally()).add(row, text, match));
    }

    private static CharSequence textOf(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof JsonString json) {
            return json.getString();
        }
        if (value instanceof JsonValue json) {
            JsonValue.ValueType kind = json.getValueType();
            return kind == JsonValue.ValueType.NULL || kind == JsonValue.ValueType.TRUE
                    || kind == JsonValue.ValueType.FALSE ? null : json.toString();
        }
        if (value instanceof CharSequence text) {
            return text;
        }
        return value instanceof Boolean ? null : value.toString();
    }

    /**
     * A sample a person may see: the match alone, with at most a quarter of its characters shown, half at each
     * end (13812345678 → 1*********8, an ID → 11**************2X), and none of a match of four characters or fewer.
     */
    static String masked(CharSequence text, Match match) {
        int length = match.length();
        int shown = length <= 4 ? 0 : length / 4;
        int head = shown / 2;
        int tail = shown - head;
        StringBuilder sample = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            boolean show = i < head || i >= length - tail;
            sample.append(show ? text.charAt(match.start() + i) : '*');
        }
        return sample.toString();
    }

    private static final class Tally {
        private long values;
        private double maxScore;
        private final List<Long> rows = new ArrayList<>(ROWS_KEPT);
        private final List<String> samples = new ArrayList<>(SAMPLES_KEPT);

        void add(long row, CharSequence text, Match match) {
            values++;
            maxScore = Math.max(maxScore, match.score());
            if (rows.size() < ROWS_KEPT) {
                rows.add(row);
            }
            if (samples.size() < SAMPLES_KEPT) {
                samples.add(masked(text, match));
            }
        }

        FieldFinding toFinding(String field, EntityType type) {
            return new FieldFinding(field, type, values, rows, samples, maxScore);
        }
    }
}
