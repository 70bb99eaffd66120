package io.govshare.app.platform;

import java.util.List;

/**
 * The {@code page} and {@code size} query parameters of a list endpoint: page counts from 1, size from 1 to
 * {@value #MAX_SIZE}, defaults 1 and {@value #DEFAULT_SIZE}.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    /**
     * Parses the raw parameter values, adding a {@link FieldError} per bad value to {@code errors} (so one
     * answer can report every bad parameter) and using the default in its place.
     */
    public static PageRequest parse(String page, String size, List<FieldError> errors) {
        return new PageRequest(number("page", page, 1, 1, Integer.MAX_VALUE, errors),
                number("size", size, DEFAULT_SIZE, 1, MAX_SIZE, errors));
    }

    /** Index of the first item, for {@code setFirstResult}. */
    public int offset() {
        long offset = (long) (page - 1) * size;
        return offset > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) offset;
    }

    /**
     * A whole-number query parameter between {@code min} and {@code max}; a missing value gives {@code fallback}, a
     * bad one adds a {@link FieldError} to {@code errors} and gives {@code fallback}.
     */
    public static int number(String name, String value, int fallback, int min, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                errors.add(new FieldError(name, "range", name + " must be between " + min + " and " + max + ", got " + n));
                return fallback;
            }
            return n;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, "type", name + " must be a whole number, got '" + value + "'"));
            return fallback;
        }
    }
}
