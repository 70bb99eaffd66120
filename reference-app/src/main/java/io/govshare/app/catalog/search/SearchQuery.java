package io.govshare.app.catalog.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A catalog search as the list API receives it.
 *
 * @param text       what the user typed: Chinese or other words, or a resource code; blank means "everything",
 *                   in code order. Any text is accepted — query syntax has no meaning here.
 * @param filters    exact values per dimension of {@link #FILTERS} ({@code provider} is the 提供方代码;
 *                   {@code classification} matches the classification code and everything below it);
 *                   blank values are ignored
 * @param visibility what the caller may see
 * @param page       1-based
 * @param size       entries per page, 1 to {@link #MAX_SIZE}
 */
public record SearchQuery(String text, Map<String, String> filters, Visibility visibility, int page, int size) {

    /** The dimensions counted in every result, in the order they are returned. */
    public static final List<String> FACET_DIMENSIONS =
            List.of("kind", "provider", "shareType", "openType", "format", "updateCycle", "status");

    /** Accepted filter names: every facet dimension plus a classification-code prefix. */
    public static final List<String> FILTERS =
            List.of("kind", "provider", "shareType", "openType", "format", "updateCycle", "status", "classification");

    public static final int MAX_SIZE = 1000;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        Map<String, String> given = new HashMap<>();
        if (filters != null) {
            filters.forEach((name, value) -> {
                if (!FILTERS.contains(name)) {
                    throw new IllegalArgumentException("unknown filter '" + name + "'; known filters: " + FILTERS);
                }
                if (value != null && !value.isBlank()) {
                    given.put(name, value.strip());
                }
            });
        }
        filters = Map.copyOf(given);
        Objects.requireNonNull(visibility, "visibility");
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1 or more, got " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", got " + size);
        }
    }

    /** First page of 20 entries, no filters. */
    public static SearchQuery of(String text, Visibility visibility) {
        return new SearchQuery(text, Map.of(), visibility, 1, 20);
    }
}
