package io.govshare.catalog;

/** 更新周期 (编制指南 item 11). */
public enum UpdateCycle {
    REALTIME,
    DAILY,
    WEEKLY,
    MONTHLY,
    QUARTERLY,
    HALF_YEARLY,
    YEARLY,
    IRREGULAR
}
