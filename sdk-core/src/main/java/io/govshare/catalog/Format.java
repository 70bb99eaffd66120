package io.govshare.catalog;

/** 信息资源格式: the type and an optional sub-type in words (for example "xlsx" or "Oracle 11g"). */
public record Format(FormatType type, String detail) {
}
