package io.govshare.masking.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.DataItem;
import io.govshare.catalog.DataItemType;
import io.govshare.catalog.Examples;
import io.govshare.identifiers.BankCards;
import io.govshare.identifiers.ResidentIds;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SensitiveDataScannerTest {

    private static final SensitiveDataScanner SCANNER = SensitiveDataScanner.chinese();

    private static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }

    private static FieldFinding finding(ScanReport report, String field, EntityType type) {
        return report.findings().stream().filter(f -> f.field().equals(field) && f.type().equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + field + ": " + report));
    }

    @Test
    void countsValuesPerFieldAndTypeWithTheirFirstRows() {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            rows.add(row("公民身份号码", i % 2 == 0 ? "11010519491231002X" : null,
                    "备注", "请拨打1381234567" + i + "联系张先生，或拨打13912345678"));
        }
        ScanReport report = SCANNER.scan(rows);

        assertEquals(8, report.records());
        FieldFinding ids = finding(report, "公民身份号码", EntityType.RESIDENT_ID);
        assertEquals(4, ids.values());
        assertEquals(List.of(1L, 3L, 5L, 7L), ids.firstRows());
        FieldFinding phones = finding(report, "备注", EntityType.MOBILE);
        assertEquals(8, phones.values(), "a value with two numbers counts once");
        assertEquals(LongStream.rangeClosed(1, Scan.ROWS_KEPT).boxed().toList(), phones.firstRows());
        assertEquals(Scan.SAMPLES_KEPT, phones.maskedSamples().size());
        assertEquals(2, report.findings().size(), report.toString());
    }

    @Test
    void showsOnlyMaskedSamplesNeverTheRawValue() {
        ScanReport report = SCANNER.scan(List.of(row("身份证号", "11010519491231002X", "手机", "13812345678",
                "姓名", "段正淳", "邮箱", "zhang.san@example.com")));

        assertEquals(List.of("11**************2X"), finding(report, "身份证号", EntityType.RESIDENT_ID).maskedSamples());
        assertEquals(List.of("1*********8"), finding(report, "手机", EntityType.MOBILE).maskedSamples());
        assertEquals(List.of("***"), finding(report, "姓名", EntityType.CHINESE_NAME).maskedSamples());
        assertEquals(List.of("zh****************com"), finding(report, "邮箱", EntityType.EMAIL).maskedSamples());
        for (String raw : List.of("11010519491231002X", "13812345678", "段正淳", "zhang.san@example.com", "1381234",
                "12345678", "正淳")) {
            assertFalse(report.toString().contains(raw), raw + " in " + report);
        }
    }

    @Test
    void usesTheFieldNameAsContext() {
        ScanReport report = SCANNER.scan(List.of(row("银行卡号", "6222021234567890128", "流水号", "6222021234567890128")));
        FieldFinding card = finding(report, "银行卡号", EntityType.BANK_CARD);
        assertEquals(0.75, card.maxScore(), 1e-9);
        assertEquals(1, report.findings().size(), "the same digits under 流水号 are only a Luhn coincidence");
    }

    @Test
    void reportsFindingsInFieldsTheCatalogDoesNotMarkSensitive() {
        CatalogEntry population = Examples.population(edit -> edit.dataItems.add(
                new DataItem("联系电话", DataItemType.STRING, 20, null, false, null)));
        ScanReport report = SCANNER.scan(List.of(
                row("公民身份号码", "440524188001010014", "姓名", "张三丰", "性别", "1", "户籍地址", "北京市东城区景山前街4号",
                        "联系电话", "13812345678", "附注", "户主身份证440524188001010014"),
                row("公民身份号码", "11010519491231002X", "姓名", "段正淳", "性别", "1", "联系电话", "010-62345678")));

        List<String> unmarked = report.unmarkedFindings(population).stream()
                .map(f -> f.field() + " " + f.type() + " " + f.values()).toList();

        assertEquals(List.of("联系电话 MOBILE 1", "联系电话 LANDLINE 1", "附注 RESIDENT_ID 1"), unmarked);
        assertEquals(unmarked.size(), report.unmarkedFindings(Set.of("公民身份号码", "姓名", "户籍地址")).size());
        assertTrue(report.findings().stream().anyMatch(f -> f.type().equals(EntityType.ADDRESS)));
    }

    @Test
    void tellsAReleaseWhetherRawIdentifiersRemain() {
        Set<EntityType> mustNotRemain = Set.of(EntityType.RESIDENT_ID, EntityType.MOBILE, EntityType.CHINESE_NAME);
        ScanReport masked = SCANNER.scan(List.of(
                row("公民身份号码", "5***************1X", "手机", "138****5678", "姓名", "段**"),
                row("公民身份号码", "110105********002X", "手机", "139****0000", "姓名", "王*四")));
        ScanReport leaky = SCANNER.scan(List.of(
                row("公民身份号码", "5***************1X", "手机", "138****5678", "姓名", "段**"),
                row("公民身份号码", "110105********002X", "手机", "139****0000", "姓名", "王*四", "备注", "原号13912340000")));

        assertTrue(masked.isClean(), masked.toString());
        assertFalse(masked.hasFindingsOf(mustNotRemain));
        assertTrue(leaky.hasFindingsOf(mustNotRemain));
        assertFalse(leaky.hasFindingsOf(Set.of(EntityType.EMAIL)));
        assertEquals(List.of(2L), finding(leaky, "备注", EntityType.MOBILE).firstRows());
    }

    @Test
    void scansJsonRecordsByValueKind() {
        JsonObject record = Json.createObjectBuilder()
                .add("手机", "13812345678")
                .add("号码", 13912345678L)
                .add("证件", Json.createObjectBuilder().add("身份证", "11010519491231002X"))
                .add("已核验", true)
                .addNull("备注")
                .build();
        Scan scan = SCANNER.start();
        scan.add(record);
        ScanReport report = scan.report();

        assertEquals(List.of("手机 MOBILE", "号码 MOBILE", "证件 RESIDENT_ID"),
                report.findings().stream().map(f -> f.field() + " " + f.type()).toList());
    }

    @Test
    void aReportDoesNotChangeWhenTheScanGoesOn() {
        Scan scan = SCANNER.start();
        scan.add(row("手机", "13812345678"));
        ScanReport first = scan.report();
        scan.add(row("手机", "13912345678"));

        assertEquals(1, first.records());
        assertEquals(1, finding(first, "手机", EntityType.MOBILE).values());
        assertEquals(2, finding(scan.report(), "手机", EntityType.MOBILE).values());
        assertEquals(2, scan.records());
    }

    @Test
    void whereMatchesOverlapKeepsTheHigherScore() {
        String id = idThatAlsoPassesLuhn();
        List<Match> matches = SCANNER.scanText("银行卡号" + id);
        assertEquals(1, matches.size(), matches.toString());
        assertEquals(EntityType.RESIDENT_ID, matches.get(0).type());
    }

    private static String idThatAlsoPassesLuhn() {
        for (int sequence = 100; sequence < 1000; sequence++) {
            String first17 = "11010519800101" + sequence;
            String id = first17 + ResidentIds.checkCharacterFor(first17);
            if (Character.isDigit(id.charAt(17)) && BankCards.isValid(id)) {
                return id;
            }
        }
        throw new AssertionError("no ID passes Luhn");
    }

    @Test
    void takesAVendorRecognizerForItsOwnType() {
        EntityType socialSecurity = EntityType.of("SOCIAL_SECURITY", "社会保障卡号");
        SensitiveDataScanner scanner = SensitiveDataScanner.builder()
                .add(Recognizers.chinese())
                .add(PatternRecognizer.builder(socialSecurity).pattern("(?<![A-Z0-9])SS[0-9]{9}(?![0-9])", 0.3)
                        .context("社保").build())
                .build();

        assertEquals(List.of(), scanner.scanText("SS123456789"));
        List<Match> matches = scanner.scanText("社保卡号SS123456789");
        assertEquals(socialSecurity, matches.get(0).type());
        assertEquals(0.65, matches.get(0).score(), 1e-9);
        assertEquals(EntityType.of("SOCIAL_SECURITY", "another label"), socialSecurity);
    }

    @Test
    void refusesARecognizerThatReportsOutsideTheText() {
        Recognizer broken = new Recognizer() {
            @Override
            public EntityType type() {
                return EntityType.MOBILE;
            }

            @Override
            public List<Match> find(CharSequence text, ScanContext context) {
                return List.of(new Match(0, text.length() + 1, EntityType.MOBILE, 1, Set.of(Evidence.PATTERN)));
            }

            @Override
            public String toString() {
                return "BrokenRecognizer";
            }
        };
        SensitiveDataScanner scanner = SensitiveDataScanner.builder().add(broken).build();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> scanner.scanText("abc"));
        assertTrue(e.getMessage().startsWith("BrokenRecognizer reported"), e.getMessage());
    }

    @Test
    void rejectsBadConfigurationNamingTheParameter() {
        assertEquals("minScore 0.0 must be in (0, 1]", assertThrows(IllegalArgumentException.class,
                () -> SensitiveDataScanner.builder().minScore(0)).getMessage());
        assertEquals("a SensitiveDataScanner needs at least one recognizer",
                assertThrows(IllegalStateException.class, () -> SensitiveDataScanner.builder().build()).getMessage());
        assertEquals("pattern score 1.5 for MOBILE must be in (0, 1]", assertThrows(IllegalArgumentException.class,
                () -> PatternRecognizer.builder(EntityType.MOBILE).pattern("1", 1.5)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> PatternRecognizer.builder(EntityType.MOBILE).pattern("(", 0.5)).getMessage()
                .startsWith("pattern for MOBILE does not compile"));
        assertEquals("a PatternRecognizer for EMAIL needs at least one pattern", assertThrows(
                IllegalStateException.class, () -> PatternRecognizer.builder(EntityType.EMAIL).build()).getMessage());
        assertEquals("entity type id 'social' must be upper case letters, digits and underscores, starting with a "
                + "letter", assertThrows(IllegalArgumentException.class, () -> EntityType.of("social", "x")).getMessage());
        assertEquals("match score 1.2 must be between 0 and 1", assertThrows(IllegalArgumentException.class,
                () -> new Match(0, 1, EntityType.EMAIL, 1.2, Set.of(Evidence.PATTERN))).getMessage());
    }
}
