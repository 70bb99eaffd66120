package io.govshare.catalog.csv;

import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.CatalogKind;
import io.govshare.catalog.DataItem;
import io.govshare.catalog.DataItemType;
import io.govshare.catalog.FormatType;
import io.govshare.catalog.OpenType;
import io.govshare.catalog.ResourceCode;
import io.govshare.catalog.ShareMethod;
import io.govshare.catalog.ShareType;
import io.govshare.catalog.UpdateCycle;
import io.govshare.catalog.validation.CatalogValidator;
import io.govshare.catalog.validation.ValidationReport;
import io.govshare.catalog.Violation;
import io.govshare.standards.StandardFiles;
import org.junit.jupiter.api.Test;

import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static io.govshare.catalog.csv.TemplateRows.HEADER;
import static io.govshare.catalog.csv.TemplateRows.csv;
import static io.govshare.catalog.csv.TemplateRows.dataLine;
import static io.govshare.catalog.csv.TemplateRows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogCsvReaderTest {

    @Test
    void readsTheTemplateIntoValidEntries() throws Exception {
        CsvReadResult result;
        try (Reader in = new InputStreamReader(StandardFiles.open("catalog/import-template.csv"),
                StandardCharsets.UTF_8)) {
            result = CatalogCsvReader.read(in);
        }
        assertTrue(result.isClean(), () -> result.fileErrors() + " " + result.rows());
        assertEquals(2, result.rows().size());
        for (CsvRow row : result.rows()) {
            ValidationReport report = CatalogValidator.standard().validate(row.entry());
            assertTrue(report.isValid(), () -> row.entry().name() + ": " + report.errors());
        }

        CsvRow population = result.rows().get(0);
        assertEquals(2, population.lineNumber());
        CatalogEntry entry = population.entry();
        assertEquals("户籍人口基本信息", entry.name());
        assertEquals(CatalogKind.BASE, entry.kind());
        assertEquals("101001", entry.classificationCode());
        assertEquals("市公安局", entry.provider().name());
        assertEquals(FormatType.DATABASE, entry.format().type());
        assertEquals(ShareType.CONDITIONAL, entry.share().type());
        assertEquals(ShareMethod.TABLE, entry.share().method());
        assertEquals(OpenType.NONE, entry.open().type());
        assertEquals(UpdateCycle.DAILY, entry.updateCycle());
        assertEquals(LocalDate.of(2025, 12, 14), entry.publishedOn());
        assertEquals(new DataItem("公民身份号码", DataItemType.STRING, 18, null, true, "GB 11643 公民身份号码"),
                entry.dataItems().get(0));
        DataItem photo = entry.dataItems().stream().filter(i -> i.name().equals("人像照片")).findFirst().orElseThrow();
        assertEquals(ShareType.NONE, photo.shareType());
        assertEquals(DataItemType.BINARY, photo.type());
        assertNull(photo.length());
        assertEquals(3660690L, entry.survey().records());
        assertEquals(0L, entry.survey().openRecords());
        assertNull(entry.code());
        assertTrue(entry.relatedCodes().isEmpty());
    }

    @Test
    void acceptsChineseTermsEnglishCodesAndNationalCodesAlike() {
        String chinese = csv(HEADER, row());
        String english = csv(HEADER, row("目录类型", "base", "信息资源格式", "DATABASE", "共享类型", "Conditional",
                "共享方式", "TABLE", "开放类型", "NONE", "更新周期", "DAILY",
                "信息项", "公民身份号码|STRING|18|CONDITIONAL|Y;姓名|string|50||true;出生日期|DATE|||0"));
        String national = csv(HEADER, row("目录类型", "1", "信息资源格式", "3", "共享类型", "2",
                "信息项", "公民身份号码|字符型|18|2|是;姓名|字符型|50||是;出生日期|日期型|||否"));

        CatalogEntry expected = only(chinese);
        assertEquals(expected, only(english));
        assertEquals(expected, only(national));
        assertEquals(ShareType.CONDITIONAL, expected.dataItems().get(0).shareType());
    }

    @Test
    void readsQuotedCellsWithCommasQuotesAndLineBreaks() {
        String summary = "记录户籍人口信息, 含\"身份\"核验,\n用于各部门办事。";
        String text = csv(HEADER, row("信息资源摘要", summary), row("信息资源名称", "流动人口登记信息"));
        CsvReadResult result = CatalogCsvReader.read(new StringReader(text));

        assertTrue(result.isClean(), () -> result.fileErrors() + " " + result.rows());
        assertEquals(summary, result.rows().get(0).entry().summary());
        assertEquals(2, result.rows().get(0).lineNumber());
        // the quoted line break makes the first row two lines long
        assertEquals(4, result.rows().get(1).lineNumber());
        assertEquals("流动人口登记信息", result.rows().get(1).entry().name());
    }

    @Test
    void readsLfOnlyFilesAndEmptyQuotedCells() {
        String text = csv(HEADER, row()).replace("\r\n", "\n").replace(",Oracle 19c,", ",\"\",");
        CsvReadResult result = CatalogCsvReader.read(new StringReader(text));

        assertTrue(result.isClean(), () -> result.rows().toString());
        assertNull(result.rows().get(0).entry().format().detail());
    }

    @Test
    void keepsAQuoteInsideAnUnquotedCellAsText() {
        CsvReadResult result = CatalogCsvReader.read(new StringReader(csv(HEADER, row("所属系统", "人口\"金盾\"系统"))));

        assertTrue(result.isClean());
        assertEquals("人口\"金盾\"系统", result.rows().get(0).entry().systemName());
    }

    @Test
    void reportsTextAfterAClosingQuote() {
        String text = csv(HEADER, row()).replace(",人口信息管理系统,", ",\"人口信息\"管理系统,");
        CsvRow row = CatalogCsvReader.read(new StringReader(text)).rows().get(0);

        assertEquals(List.of("systemName csv.quote"), fieldsAndRules(row.violations()));
    }

    @Test
    void reportsAQuoteNeverClosedAsAFileError() {
        String text = csv(HEADER, row()) + "\"户籍人口迁移信息,记录迁入迁出\r\n";
        CsvReadResult result = CatalogCsvReader.read(new StringReader(text));

        assertEquals(List.of(" csv.quote"), fieldsAndRules(result.fileErrors()));
        assertTrue(result.fileErrors().get(0).message().contains("line 3"), result.fileErrors().get(0).message());
    }

    @Test
    void ignoresAByteOrderMark() {
        CsvReadResult result = CatalogCsvReader.read(new StringReader("\uFEFF" + csv(HEADER, row())));

        assertTrue(result.isClean(), () -> result.fileErrors().toString());
        assertEquals("户籍人口基本信息", result.rows().get(0).entry().name());
    }

    @Test
    void matchesColumnsByTitleInAnyOrderIgnoringStarsSpacesAndFullWidthBrackets() {
        List<String> header = new ArrayList<>(HEADER);
        Collections.reverse(header);
        header.replaceAll(title -> title.equals("信息资源名称") ? " *信息资源名称 " : title);
        header.replaceAll(title -> title.equals("数据存储总量(MB)") ? "数据存储总量（MB）" : title);

        CsvReadResult result = CatalogCsvReader.read(new StringReader(csv(header, row())));

        assertTrue(result.isClean(), () -> result.fileErrors().toString());
        assertEquals(only(csv(HEADER, row())), result.rows().get(0).entry());
    }

    @Test
    void rejectsAnUnknownColumnNamingIt() {
        List<String> header = new ArrayList<>(HEADER);
        header.add("备注");
        CsvReadResult result = CatalogCsvReader.read(new StringReader(csv(header, row())));

        assertEquals(List.of(" csv.columns"), fieldsAndRules(result.fileErrors()));
        assertTrue(result.fileErrors().get(0).message().contains("'备注'"));
        assertTrue(result.rows().isEmpty());
    }

    @Test
    void rejectsMissingMandatoryAndDuplicateColumns() {
        List<String> header = new ArrayList<>(HEADER);
        header.remove("共享类型");
        header.remove("更新周期");
        header.set(header.indexOf("格式说明"), "信息资源名称");
        CsvReadResult result = CatalogCsvReader.read(new StringReader(csv(header, row())));

        assertEquals(List.of("name csv.columns", "share.type csv.columns", "updateCycle csv.columns"),
                fieldsAndRules(result.fileErrors()));
    }

    @Test
    void keepsOptionalColumnsOptional() {
        List<String> header = HEADER.subList(0, HEADER.indexOf("格式说明"));
        List<String> mandatoryOnly = header.stream()
                .filter(title -> ImportColumn.byTitle(title).mandatory).toList();
        List<String> withShareAndOpen = new ArrayList<>(mandatoryOnly);
        withShareAndOpen.addAll(List.of("共享类型", "开放类型", "更新周期"));

        CsvReadResult result = CatalogCsvReader.read(new StringReader(csv(withShareAndOpen, row())));

        assertTrue(result.fileErrors().isEmpty(), () -> result.fileErrors().toString());
        assertTrue(result.rows().get(0).entry().dataItems().isEmpty());
    }

    @Test
    void reportsAnEmptyFile() {
        CsvReadResult result = CatalogCsvReader.read(new StringReader("\uFEFF\r\n\r\n"));

        assertEquals(List.of(" csv.header"), fieldsAndRules(result.fileErrors()));
    }

    @Test
    void skipsBlankLinesAndLinesOfEmptyCells() {
        String text = csv(HEADER, row()) + "\r\n" + ",".repeat(HEADER.size() - 1) + "\r\n"
                + dataLine(HEADER, row("信息资源名称", "流动人口登记信息")) + "\r\n";
        CsvReadResult result = CatalogCsvReader.read(new StringReader(text));

        assertEquals(2, result.rows().size());
        assertEquals(5, result.rows().get(1).lineNumber());
    }

    @Test
    void reportsEachBadCellWithItsFieldPathAndRule() {
        String text = csv(HEADER, row(
                "共享类型", "部分共享",
                "更新周期", "每两天",
                "发布日期", "2026-13-01",
                "结构化记录总数", "三百万",
                "信息资源代码", "101001-000001",
                "关联资源代码", "101002/000001;101003",
                "信息项", "公民身份号码|字符|18;姓名|字符型|五十;出生日期|日期型||部分|否;性别|字符型|1||可能;"
                        + "民族|字符型|2|||说明|多余"));
        CsvRow row = CatalogCsvReader.read(new StringReader(text)).rows().get(0);

        assertEquals(List.of(
                "code format",
                "dataItems[0].type enum",
                "dataItems[1].length type",
                "dataItems[2].shareType enum",
                "dataItems[3].sensitive type",
                "dataItems[4] format",
                "share.type enum",
                "updateCycle enum",
                "publishedOn format",
                "relatedCodes[1] format",
                "survey.records type"), fieldsAndRules(row.violations()));
        // what could be read is still there
        assertEquals("户籍人口基本信息", row.entry().name());
        assertNull(row.entry().share().type());
        assertEquals(List.of(ResourceCode.of("101002/000001")), row.entry().relatedCodes());
        assertEquals(5, row.entry().dataItems().size());
    }

    @Test
    void explainsWhichValuesAnEnumCellAccepts() {
        CsvRow row = CatalogCsvReader.read(new StringReader(csv(HEADER, row("共享类型", "部分共享")))).rows().get(0);

        String message = row.violations().get(0).message();
        assertTrue(message.contains("共享类型 '部分共享'") && message.contains("有条件共享 (CONDITIONAL, 2)"), message);
    }

    @Test
    void reportsCellsBeyondTheHeader() {
        String text = csv(HEADER, row()).stripTrailing() + ",多出的内容\r\n";
        CsvRow row = CatalogCsvReader.read(new StringReader(text)).rows().get(0);

        assertEquals(List.of(" csv.columns"), fieldsAndRules(row.violations()));
        assertTrue(row.violations().get(0).message().contains("多出的内容"));
    }

    @Test
    void acceptsSpreadsheetDatesAndFullWidthSeparatorsInDataItems() {
        CatalogEntry entry = only(csv(HEADER, row("发布日期", "2026/1/31",
                "信息项", "公民身份号码｜字符型｜18｜｜是；姓名|字符型|50||是\n出生日期|日期型")));

        assertEquals(LocalDate.of(2026, 1, 31), entry.publishedOn());
        assertEquals(List.of("公民身份号码", "姓名", "出生日期"), entry.dataItems().stream().map(DataItem::name).toList());
        assertFalse(entry.dataItems().get(2).sensitive());
    }

    @Test
    void readsFiveThousandRows() {
        StringBuilder text = new StringBuilder(csv(HEADER));
        for (int i = 0; i < 5000; i++) {
            text.append(dataLine(HEADER, row("信息资源名称", "户籍人口基本信息" + i,
                    "信息资源摘要", "第 " + i + " 条, 含逗号和\"引号\"的摘要"))).append("\r\n");
        }
        long start = System.nanoTime();
        CsvReadResult result = CatalogCsvReader.read(new StringReader(text.toString()));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("CatalogCsvReader: 5000 rows in " + millis + " ms");

        assertEquals(5000, result.rows().size());
        assertTrue(result.isClean());
        assertEquals("户籍人口基本信息4999", result.rows().get(4999).entry().name());
    }

    private static CatalogEntry only(String text) {
        CsvReadResult result = CatalogCsvReader.read(new StringReader(text));
        assertTrue(result.isClean(), () -> result.fileErrors() + " " + result.rows());
        assertEquals(1, result.rows().size());
        return result.rows().get(0).entry();
    }

    private static List<String> fieldsAndRules(List<Violation> violations) {
        return violations.stream().map(v -> v.field() + " " + v.rule()).toList();
    }
}
