package io.govshare.catalog;

/** ERROR blocks saving or submission; WARNING is reported and kept (for example a failing GB 32100 check). */
public enum Severity {
    ERROR,
    WARNING
}
