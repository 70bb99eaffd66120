package io.govshare.catalog;

/** 共享方式 — how consumers receive the data: database tables, a service interface, or files. */
public enum ShareMethod {
    TABLE,
    INTERFACE,
    FILE
}
