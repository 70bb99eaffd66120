package io.govshare.catalog;

/** 信息项数据类型. */
public enum DataItemType {
    STRING,
    INTEGER,
    DECIMAL,
    DATE,
    DATETIME,
    BOOLEAN,
    BINARY,
    GEOMETRY
}
