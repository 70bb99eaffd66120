package io.govshare.catalog.csv;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds import files for tests: the template's header and a valid row that a test changes cell by cell. */
final class TemplateRows {

    static final List<String> HEADER = List.of("信息资源名称", "信息资源摘要", "目录类型", "信息资源分类", "提供方代码",
            "提供方名称", "信息资源格式", "格式说明", "信息项", "共享类型", "共享条件", "共享依据", "共享方式", "开放类型",
            "开放条件", "更新周期", "发布日期", "所属系统", "关联资源代码", "数据存储总量(MB)", "结构化记录总数",
            "已共享存储量(MB)", "已共享记录数", "已开放存储量(MB)", "已开放记录数", "信息资源代码");

    private TemplateRows() {
    }

    /** A valid row (户籍人口基本信息) in Chinese terms, with the given title/value pairs changed. */
    static Map<String, String> row(String... titlesAndValues) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("信息资源名称", "户籍人口基本信息");
        row.put("信息资源摘要", "记录本市户籍人口的身份和户籍信息，用于各部门办事时的身份核验。");
        row.put("目录类型", "基础信息资源目录");
        row.put("信息资源分类", "101001");
        row.put("提供方代码", "1139050001390501XR");
        row.put("提供方名称", "市公安局");
        row.put("信息资源格式", "数据库");
        row.put("格式说明", "Oracle 19c");
        row.put("信息项", "公民身份号码|字符型|18|有条件共享|是;姓名|字符型|50||是;出生日期|日期型|||否");
        row.put("共享类型", "有条件共享");
        row.put("共享条件", "仅向因履行法定职责确需使用的部门提供查询核验");
        row.put("共享依据", "《中华人民共和国居民身份证法》");
        row.put("共享方式", "库表");
        row.put("开放类型", "不予开放");
        row.put("开放条件", "");
        row.put("更新周期", "每日");
        row.put("发布日期", "2025-12-14");
        row.put("所属系统", "人口信息管理系统");
        row.put("关联资源代码", "");
        row.put("数据存储总量(MB)", "149722");
        row.put("结构化记录总数", "3660690");
        row.put("已共享存储量(MB)", "53102");
        row.put("已共享记录数", "1298342");
        row.put("已开放存储量(MB)", "0");
        row.put("已开放记录数", "0");
        row.put("信息资源代码", "");
        for (int i = 0; i < titlesAndValues.length; i += 2) {
            if (!row.containsKey(titlesAndValues[i])) {
                throw new IllegalArgumentException("no column " + titlesAndValues[i]);
            }
            row.put(titlesAndValues[i], titlesAndValues[i + 1]);
        }
        return row;
    }

    /** A header line, then one line per row with the cells in the header's order; CRLF line ends. */
    @SafeVarargs
    static String csv(List<String> header, Map<String, String>... rows) {
        StringBuilder text = new StringBuilder(line(header)).append("\r\n");
        for (Map<String, String> row : rows) {
            text.append(dataLine(header, row)).append("\r\n");
        }
        return text.toString();
    }

    /**
     * One row's cells in the header's order; header titles may be spelled loosely (" *名称 ", full-width brackets),
     * and a column the template does not know gets an empty cell.
     */
    static String dataLine(List<String> header, Map<String, String> row) {
        return line(header.stream().map(title -> {
            ImportColumn column = ImportColumn.byTitle(title);
            return column == null ? "" : row.get(column.title);
        }).toList());
    }

    private static String line(List<String> cells) {
        return String.join(",", cells.stream().map(TemplateRows::quoted).toList());
    }

    private static String quoted(String cell) {
        boolean needsQuotes = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
        return needsQuotes ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
