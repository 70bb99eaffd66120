package io.govshare.app.opendata.ckan;

import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CKAN package_search: {@code q} (words in title and description), the {@code fq} terms as one filter, the
 * order of {@code sort} (as sent, for the answer), and the page ({@code rows} from {@code start}).
 */
record PackageSearch(String q, Predicate<CkanDataset> filter, Comparator<CkanDataset> order, String sort, int rows,
                     int start) {

    static final int MAX_ROWS = 1000;
    private static final Pattern FQ_TERM = Pattern.compile(
            "\\+?(metadata_modified):\\[(\\S+) TO (\\S+)]|\\+?(organization|groups|name|res_format|dataset_type):\"?([^\\s\"]+)\"?");

    /** Whether q asks for everything. */
    boolean all() {
        return q == null || q.isBlank() || q.strip().equals("*:*");
    }

    /**
     * Parses the parameters as CKAN does; rows and start are already numbers (-1 when they were not).
     *
     * @throws IllegalArgumentException with CKAN's validation message
     */
    static PackageSearch parse(String q, String fq, int rows, int start, String sort) {
        if (rows < 0 || rows > MAX_ROWS || start < 0) {
            throw new IllegalArgumentException("rows must be from 0 to " + MAX_ROWS + " and start 0 or more");
        }
        Predicate<CkanDataset> filter = filter(fq);
        Comparator<CkanDataset> order = order(sort);
        if (order == null) {
            throw new IllegalArgumentException("sort must be 'metadata_modified desc|asc' or 'name asc|desc', got '"
                    + sort + "'");
        }
        return new PackageSearch(q, filter, order, sort == null ? "name asc" : sort, rows, start);
    }

    private static Predicate<CkanDataset> filter(String fq) {
        Predicate<CkanDataset> all = d -> true;
        if (fq == null || fq.isBlank()) {
            return all;
        }
        String rest = fq.strip();
        Matcher term = FQ_TERM.matcher(rest);
        int at = 0;
        while (at < rest.length()) {
            if (Character.isWhitespace(rest.charAt(at))) {
                at++;
                continue;
            }
            if (!term.find(at) || term.start() != at) {
                throw new IllegalArgumentException("fq term not supported here: '" + rest.substring(at)
                        + "'; supported: metadata_modified:[from TO to], organization:, groups:, name:, res_format:, "
                        + "dataset_type:dataset");
            }
            all = all.and(termFilter(term));
            at = term.end();
        }
        return all;
    }

    private static Predicate<CkanDataset> termFilter(Matcher term) {
        if (term.group(1) != null) {
            String from = bound(term.group(2));
            String to = bound(term.group(3));
            return d -> (from == null || d.modified().compareTo(from) >= 0) && (to == null || d.modified().compareTo(to) <= 0);
        }
        String value = term.group(5);
        return switch (term.group(4)) {
            case "organization" -> d -> Ckan.organizationName(d.entry().provider().code()).equals(value);
            case "groups" -> d -> Ckan.groupName(d.entry()).equals(value);
            case "name" -> d -> d.name().equals(value);
            case "res_format" -> d -> d.files().stream().anyMatch(f -> f.format().name().equalsIgnoreCase(value));
            case "dataset_type" -> d -> value.equals("dataset");
            default -> throw new IllegalStateException(term.group(4));
        };
    }

    /** A range bound as CKAN's time text, so it compares with metadata_modified; null for '*'. */
    private static String bound(String text) {
        if (text.equals("*")) {
            return null;
        }
        String iso = text.endsWith("Z") ? text : text + "Z";
        try {
            return Ckan.time(Instant.parse(iso));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("metadata_modified bound must be an ISO time such as "
                    + "2026-01-01T00:00:00Z or *, got '" + text + "'");
        }
    }

    private static Comparator<CkanDataset> order(String sort) {
        Comparator<CkanDataset> byName = Comparator.comparing(CkanDataset::name);
        if (sort == null || sort.isBlank()) {
            return byName;
        }
        return switch (sort.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")) {
            case "name asc", "id asc" -> byName;
            case "name desc", "id desc" -> byName.reversed();
            case "metadata_modified asc" -> Comparator.comparing(CkanDataset::modified).thenComparing(byName);
            case "metadata_modified desc" -> Comparator.comparing(CkanDataset::modified).reversed().thenComparing(byName);
            default -> null;
        };
    }
}
