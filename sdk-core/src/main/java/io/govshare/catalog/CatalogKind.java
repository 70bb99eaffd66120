package io.govshare.catalog;

/** The three catalogs of the 2017 编制指南: 基础, 主题 and 部门 信息资源目录. */
public enum CatalogKind {
    BASE,
    THEME,
    DEPARTMENT
}
