package io.govshare.catalog;

/** 开放类型 — whether and how a resource is opened to the public. Ordered from most to least open. */
public enum OpenType {
    /** 无条件开放 */
    UNCONDITIONAL,
    /** 有条件开放: to registered users whose application the provider approves. */
    CONDITIONAL,
    /** 不予开放 */
    NONE;

    public boolean isMoreOpenThan(OpenType other) {
        return ordinal() < other.ordinal();
    }
}
