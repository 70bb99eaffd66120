package io.govshare.catalog;

import java.util.Objects;

/**
 * 信息资源代码, written {@code 分类码/顺序码} (for example {@code 101001/000001}).
 * <p>
 * This value object only guarantees the shape shared by every known rule — two non-blank parts around one
 * slash. Whether the parts are well-formed is decided by the {@link io.govshare.catalog.code.ResourceCodeStrategy}
 * in force, because provinces have their own variants.
 */
public final class ResourceCode implements Comparable<ResourceCode> {

    private final String value;
    private final int slash;

    private ResourceCode(String value, int slash) {
        this.value = value;
        this.slash = slash;
    }

    /** @throws IllegalArgumentException naming the rule the text breaks */
    public static ResourceCode of(String text) {
        Objects.requireNonNull(text, "resource code");
        String trimmed = text.strip();
        int slash = trimmed.indexOf('/');
        if (slash <= 0 || slash == trimmed.length() - 1 || trimmed.indexOf('/', slash + 1) >= 0) {
            throw new IllegalArgumentException(
                    "resource code must be written 分类码/顺序码 with exactly one '/', got '" + text + "'");
        }
        if (trimmed.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("resource code must not contain spaces, got '" + text + "'");
        }
        return new ResourceCode(trimmed, slash);
    }

    /** The classification part before the slash (分类码). */
    public String classificationPart() {
        return value.substring(0, slash);
    }

    /** The sequence part after the slash (顺序码). */
    public String sequencePart() {
        return value.substring(slash + 1);
    }

    public String value() {
        return value;
    }

    @Override
    public int compareTo(ResourceCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResourceCode other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
