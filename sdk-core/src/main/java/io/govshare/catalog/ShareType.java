package io.govshare.catalog;

/**
 * 共享类型 — how widely a resource (or one of its data items) may be shared between departments.
 * Declared from most to least open, so {@link #isMoreOpenThan} can compare by order.
 */
public enum ShareType {
    /** 无条件共享: to every department. */
    UNCONDITIONAL,
    /** 有条件共享: to some departments or in part; needs a condition and a legal basis. */
    CONDITIONAL,
    /** 不予共享: never leaves the provider; needs a legal basis. */
    NONE;

    public boolean isMoreOpenThan(ShareType other) {
        return ordinal() < other.ordinal();
    }
}
