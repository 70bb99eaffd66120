package io.govshare.catalog.csv;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of the import template (standards/catalog/import-template.md), each with its Chinese title and the
 * JSON path of the entry field it fills. Mandatory columns are those whose field every entry must have.
 */
enum ImportColumn {
    CODE("信息资源代码", "code", false),
    NAME("信息资源名称", "name", true),
    SUMMARY("信息资源摘要", "summary", true),
    KIND("目录类型", "kind", true),
    CLASSIFICATION("信息资源分类", "classificationCode", true),
    PROVIDER_CODE("提供方代码", "provider.code", true),
    PROVIDER_NAME("提供方名称", "provider.name", true),
    FORMAT_TYPE("信息资源格式", "format.type", true),
    FORMAT_DETAIL("格式说明", "format.detail", false),
    SHARE_TYPE("共享类型", "share.type", true),
    SHARE_CONDITION("共享条件", "share.condition", false),
    SHARE_BASIS("共享依据", "share.basis", false),
    SHARE_METHOD("共享方式", "share.method", false),
    OPEN_TYPE("开放类型", "open.type", true),
    OPEN_CONDITION("开放条件", "open.condition", false),
    UPDATE_CYCLE("更新周期", "updateCycle", true),
    PUBLISHED_ON("发布日期", "publishedOn", false),
    SYSTEM_NAME("所属系统", "systemName", false),
    DATA_ITEMS("信息项", "dataItems", false),
    RELATED_CODES("关联资源代码", "relatedCodes", false),
    STORAGE_MB("数据存储总量(MB)", "survey.storageMb", false),
    RECORDS("结构化记录总数", "survey.records", false),
    SHARED_STORAGE_MB("已共享存储量(MB)", "survey.sharedStorageMb", false),
    SHARED_RECORDS("已共享记录数", "survey.sharedRecords", false),
    OPEN_STORAGE_MB("已开放存储量(MB)", "survey.openStorageMb", false),
    OPEN_RECORDS("已开放记录数", "survey.openRecords", false);

    private static final Map<String, ImportColumn> BY_TITLE = new HashMap<>();

    static {
        for (ImportColumn column : values()) {
            BY_TITLE.put(normalize(column.title), column);
        }
    }

    final String title;
    final String field;
    final boolean mandatory;

    ImportColumn(String title, String field, boolean mandatory) {
        this.title = title;
        this.field = field;
        this.mandatory = mandatory;
    }

    /** The column with this header title, or null. */
    static ImportColumn byTitle(String title) {
        return BY_TITLE.get(normalize(title));
    }

    /**
     * Spreadsheet users type full-width brackets, stray spaces and a "*" to mark mandatory columns; none of
     * that should make a title unknown.
     */
    static String normalize(String title) {
        String text = Normalizer.normalize(title, Normalizer.Form.NFKC).replaceAll("\\s", "");
        while (text.endsWith("*")) {
            text = text.substring(0, text.length() - 1);
        }
        while (text.startsWith("*")) {
            text = text.substring(1);
        }
        return text.toUpperCase(Locale.ROOT);
    }
}
