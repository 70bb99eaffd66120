package io.govshare.catalog;

/** 信息资源格式 (编制指南 item 7); the national numeric code is kept in the code list. */
public enum FormatType {
    ELECTRONIC_FILE,
    SPREADSHEET,
    DATABASE,
    IMAGE,
    STREAMING_MEDIA,
    SELF_DESCRIBING,
    SERVICE_INTERFACE
}
