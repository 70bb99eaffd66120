package io.govshare.catalog;

import java.util.Objects;

/**
 * 信息资源分类码: 类 (1 digit) + 项 (2 digits) + 目 (3 digits) + 细目 (any further digits).
 * A code may stop at any level, so {@code 1}, {@code 101} and {@code 101001} are all valid.
 */
public final class ClassificationCode {

    private final String value;

    private ClassificationCode(String value) {
        this.value = value;
    }

    /** @throws IllegalArgumentException if the text is not a classification code */
    public static ClassificationCode of(String text) {
        Objects.requireNonNull(text, "classification code");
        String trimmed = text.strip();
        if (trimmed.isEmpty() || !trimmed.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("classification code must be digits only, got '" + text + "'");
        }
        if (trimmed.length() != 1 && trimmed.length() != 3 && trimmed.length() < 6) {
            throw new IllegalArgumentException(
                    "classification code must stop at a level: 1 (类), 3 (项), 6 (目) or more digits (细目), got '"
                            + text + "'");
        }
        return new ClassificationCode(trimmed);
    }

    /** 类: the first digit. */
    public String category() {
        return value.substring(0, 1);
    }

    /** 1 for 类, 2 for 项, 3 for 目, 4 for 细目. */
    public int level() {
        if (value.length() == 1) {
            return 1;
        }
        if (value.length() == 3) {
            return 2;
        }
        return value.length() == 6 ? 3 : 4;
    }

    /** Whether this code is {@code other} or lies below it in the tree. */
    public boolean isWithin(ClassificationCode other) {
        return value.startsWith(other.value);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClassificationCode other && value.equals(other.value);
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
