package io.govshare.catalog.validation;

import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.CatalogKind;
import io.govshare.catalog.DataItem;
import io.govshare.catalog.DataItemType;
import io.govshare.catalog.Examples;
import io.govshare.catalog.Format;
import io.govshare.catalog.FormatType;
import io.govshare.catalog.OpenAttributes;
import io.govshare.catalog.OpenType;
import io.govshare.catalog.Provider;
import io.govshare.catalog.ResourceCode;
import io.govshare.catalog.RulesDocument;
import io.govshare.catalog.ShareAttributes;
import io.govshare.catalog.ShareMethod;
import io.govshare.catalog.ShareType;
import io.govshare.catalog.SurveyCounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogValidatorTest {

    private static final CatalogValidator VALIDATOR = CatalogValidator.standard();
    private static final Set<String> RULES_SEEN = ConcurrentHashMap.newKeySet();

    /** Asserts the report holds exactly these "field rule" pairs, in any order. */
    static void assertViolations(ValidationReport report, String... fieldAndRule) {
        report.violations().forEach(v -> RULES_SEEN.add(v.rule()));
        List<String> actual = report.violations().stream().map(v -> v.field() + " " + v.rule()).sorted().toList();
        assertEquals(List.of(fieldAndRule).stream().sorted().toList(), actual, () -> "report: " + report);
    }

    @AfterAll
    static void everyRuleTheValidatorReportedIsDocumented() {
        Set<String> undocumented = new TreeSet<>(RULES_SEEN);
        undocumented.removeAll(RulesDocument.ruleIds());
        assertEquals(Set.of(), undocumented, "rules missing from standards/catalog/RULES.md");
    }

    private static ValidationReport validate(CatalogEntry entry) {
        return VALIDATOR.validate(entry);
    }

    // --- mandatory elements, name, summary

    @Test
    void reportsEveryMissingMandatoryElementAtOnce() {
        CatalogEntry empty = new CatalogEntry(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
        assertViolations(validate(empty), "name name.required", "summary summary.required", "kind kind.required",
                "classificationCode classification-code.required", "provider.code provider.code.required",
                "provider.name provider.name.required", "format.type format.type.required",
                "share.type share.type.required", "share.method share.method.required",
                "open.type open.type.required", "updateCycle update-cycle.required",
                "dataItems data-items.required");
    }

    @Test
    void treatsBlankTextAsMissing() {
        CatalogEntry entry = Examples.population(e -> {
            e.name = "  ";
            e.summary = "\t";
            e.provider = new Provider(" ", "");
        });
        assertViolations(validate(entry), "name name.required", "summary summary.required",
                "provider.code provider.code.required", "provider.name provider.name.required");
    }

    @Test
    void rejectsNameShorterThanTwoOrLongerThanHundredCharacters() {
        assertViolations(validate(Examples.population(e -> e.name = "户")), "name name.length");
        assertViolations(validate(Examples.population(e -> e.name = "人".repeat(101))), "name name.length");
        assertTrue(validate(Examples.population(e -> e.name = "人".repeat(100))).violations().isEmpty());
    }

    @Test
    void warnsAboutSummaryShorterThanTenCharacters() {
        ValidationReport report = validate(Examples.population(e -> e.summary = "户籍人口信息"));
        assertViolations(report, "summary summary.too-short");
        assertTrue(report.isValid(), "a short summary is a warning, not an error");
    }

    @Test
    void doesNotAskForShareMethodOfResourceThatIsNeverShared() {
        assertTrue(validate(Examples.petitions()).violations().isEmpty());
    }

    @Test
    void requiresShareMethodOfSharedResource() {
        CatalogEntry entry = Examples.population(e -> e.share = new ShareAttributes(ShareType.CONDITIONAL,
                e.share.condition(), e.share.basis(), null));
        assertViolations(validate(entry), "share.method share.method.required");
    }

    // --- data items

    @Test
    void requiresDataItemsUnlessImageOrStreamingMedia() {
        assertViolations(validate(Examples.population(e -> e.dataItems.clear())), "dataItems data-items.required");
        CatalogEntry video = Examples.foodLicences(e -> {
            e.dataItems.clear();
            e.format = new Format(FormatType.STREAMING_MEDIA, "HLS");
        });
        assertTrue(validate(video).violations().isEmpty(), () -> validate(video).toString());
    }

    @Test
    void requiresNameAndTypeOfEveryDataItem() {
        CatalogEntry entry = Examples.population(e -> {
            e.item(0, item -> item.name = null);
            e.item(1, item -> item.type = null);
        });
        assertViolations(validate(entry), "dataItems[0].name data-item.name.required",
                "dataItems[1].type data-item.type.required");
    }

    @Test
    void requiresPositiveLengthForStringAndDecimalItems() {
        CatalogEntry entry = Examples.population(e -> {
            e.item(0, item -> item.length = null);
            e.dataItems.add(new DataItem("人均面积", DataItemType.DECIMAL, null, null, false, null));
            e.dataItems.add(new DataItem("户内人数", DataItemType.INTEGER, 0, null, false, null));
            e.dataItems.add(new DataItem("迁入日期", DataItemType.DATE, null, null, false, null));
        });
        assertViolations(validate(entry), "dataItems[0].length data-item.length.required",
                "dataItems[7].length data-item.length.required", "dataItems[8].length data-item.length.positive");
    }

    @Test
    void rejectsItemNamesThatDifferOnlyBySpacesPunctuationOrCase() {
        CatalogEntry entry = Examples.population(e -> {
            e.dataItems.add(new DataItem("公民身份号码 ", DataItemType.STRING, 18, null, true, null));
            e.dataItems.add(new DataItem("ID-No", DataItemType.STRING, 18, null, true, null));
            e.dataItems.add(new DataItem("id no。", DataItemType.STRING, 18, null, true, null));
        });
        assertViolations(validate(entry), "dataItems[7].name data-item.name.duplicate",
                "dataItems[9].name data-item.name.duplicate");
    }

    // --- share and open

    @Test
    void rejectsConditionalShareWithoutConditionAndBasis() {
        CatalogEntry entry = Examples.population(e -> e.share = new ShareAttributes(ShareType.CONDITIONAL, null,
                " ", ShareMethod.INTERFACE));
        assertViolations(validate(entry), "share.condition share.condition.required", "share.basis share.basis.required");
    }

    @Test
    void rejectsUnsharedResourceWithoutBasis() {
        CatalogEntry entry = Examples.petitions(e -> e.share = new ShareAttributes(ShareType.NONE, null, null, null));
        assertViolations(validate(entry), "share.basis share.basis.required");
    }

    @Test
    void rejectsItemSharedMoreOpenlyThanItsResource() {
        CatalogEntry entry = Examples.population(e -> e.item(1, item -> item.shareType = ShareType.UNCONDITIONAL));
        assertViolations(validate(entry), "dataItems[1].shareType data-item.share-type.more-open");
    }

    @Test
    void acceptsItemSharedLessOpenlyThanItsResource() {
        CatalogEntry entry = Examples.population(e -> e.item(1, item -> item.shareType = ShareType.NONE));
        assertTrue(validate(entry).violations().isEmpty());
    }

    @Test
    void rejectsConditionalOpeningWithoutCondition() {
        CatalogEntry entry = Examples.population(e -> e.open = new OpenAttributes(OpenType.CONDITIONAL, ""));
        assertViolations(validate(entry), "open.condition open.condition.required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UNCONDITIONAL", "CONDITIONAL"})
    void rejectsOpeningResourceThatIsNotShared(OpenType open) {
        CatalogEntry entry = Examples.petitions(e -> {
            e.open = new OpenAttributes(open, "经审核");
            e.dataItems.replaceAll(item -> new DataItem(item.name(), item.type(), item.length(), item.shareType(),
                    false, null));
        });
        assertViolations(validate(entry), "open.type open.type.not-shared");
    }

    @Test
    void warnsThatSensitiveItemsOfUnconditionallyOpenResourceMustBeMasked() {
        CatalogEntry entry = Examples.foodLicences(e -> e.item(1, item -> item.sensitive = true));
        ValidationReport report = validate(entry);
        assertViolations(report, "dataItems[1].sensitive open.sensitive-item");
        assertTrue(report.isValid());
    }

    @ParameterizedTest(name = "{0} shared by {1}: allowed={2}")
    @CsvSource({
            "ELECTRONIC_FILE, FILE, true", "ELECTRONIC_FILE, TABLE, false", "ELECTRONIC_FILE, INTERFACE, false",
            "SPREADSHEET, FILE, true", "SPREADSHEET, TABLE, false", "SPREADSHEET, INTERFACE, false",
            "IMAGE, FILE, true", "IMAGE, TABLE, false", "IMAGE, INTERFACE, false",
            "STREAMING_MEDIA, FILE, true", "STREAMING_MEDIA, TABLE, false", "STREAMING_MEDIA, INTERFACE, false",
            "DATABASE, TABLE, true", "DATABASE, INTERFACE, true", "DATABASE, FILE, false",
            "SERVICE_INTERFACE, INTERFACE, true", "SERVICE_INTERFACE, TABLE, false", "SERVICE_INTERFACE, FILE, false",
            "SELF_DESCRIBING, FILE, true", "SELF_DESCRIBING, INTERFACE, true", "SELF_DESCRIBING, TABLE, false"})
    void checksThatTheShareMethodCanDeliverTheFormat(FormatType format, ShareMethod method, boolean allowed) {
        CatalogEntry entry = Examples.foodLicences(e -> {
            e.format = new Format(format, null);
            e.share = new ShareAttributes(ShareType.UNCONDITIONAL, null, null, method);
        });
        if (allowed) {
            assertViolations(validate(entry));
        } else {
            assertViolations(validate(entry), "share.method share.method.format-mismatch");
        }
    }

    // --- provider code

    @ParameterizedTest
    @ValueSource(strings = {"91512081MA62K026", "91512081MA62K0260EX", "91512081MA62K026OE", "91512081ma62k0260e"})
    void rejectsProviderCodeOfWrongShape(String code) {
        CatalogEntry entry = Examples.population(e -> e.provider = new Provider(code, "市公安局"));
        assertViolations(validate(entry), "provider.code provider.code.format");
    }

    @Test
    void onlyWarnsWhenProviderCodeFailsTheCheckCharacter() {
        CatalogEntry entry = Examples.population(e -> e.provider = new Provider("91512081MA62K0260F", "市公安局"));
        ValidationReport report = validate(entry);
        assertViolations(report, "provider.code provider.code.check-character");
        assertTrue(report.isValid());
        assertTrue(report.warnings().get(0).message().contains("'E'"), "names the expected check character");
    }

    // --- classification and codes

    @ParameterizedTest
    @ValueSource(strings = {"1", "101", "10100", "10100a", "101 001"})
    void rejectsClassificationThatIsNotSixOrMoreDigits(String classification) {
        CatalogEntry entry = Examples.population(e -> {
            e.classificationCode = classification;
            e.code = null;
        });
        assertViolations(validate(entry), "classificationCode classification-code.format");
    }

    @Test
    void rejectsClassificationOutsideTheThreeCategories() {
        CatalogEntry entry = Examples.population(e -> {
            e.classificationCode = "401001";
            e.code = null;
        });
        assertViolations(validate(entry), "classificationCode classification-code.category");
    }

    @Test
    void rejectsClassificationOfAnotherKind() {
        assertViolations(validate(Examples.population(e -> e.kind = CatalogKind.DEPARTMENT)),
                "classificationCode classification-code.kind-mismatch");
    }

    @ParameterizedTest
    @CsvSource({"BASE, 106001", "THEME, 213001", "THEME, 200001", "DEPARTMENT, 300001"})
    void rejectsItemsThatAreNotInTheCodeLists(CatalogKind kind, String classification) {
        CatalogEntry entry = Examples.population(e -> {
            e.kind = kind;
            e.classificationCode = classification;
            e.code = null;
        });
        assertViolations(validate(entry), "classificationCode classification-code.item-unknown");
    }

    @Test
    void acceptsFinerClassificationWithMatchingCode() {
        CatalogEntry entry = Examples.population(e -> {
            e.classificationCode = "101001002";
            e.code = ResourceCode.of("101001002/000007");
        });
        assertTrue(validate(entry).violations().isEmpty());
    }

    @Test
    void rejectsCodeOfAnotherClassification() {
        CatalogEntry entry = Examples.population(e -> e.code = ResourceCode.of("101003/000001"));
        assertViolations(validate(entry), "code code.classification.mismatch");
    }

    @Test
    void rejectsCodeWhoseSequenceIsNotSixDigits() {
        CatalogEntry entry = Examples.population(e -> e.code = ResourceCode.of("101001/00001A"));
        assertViolations(validate(entry), "code code.sequence.format");
    }

    @Test
    void checksOnlyTheFormOfTheCodeWhenTheClassificationIsMalformed() {
        CatalogEntry entry = Examples.population(e -> e.classificationCode = "10100x");
        assertViolations(validate(entry), "classificationCode classification-code.format");
    }

    @Test
    void rejectsRelatedCodesThatAreMalformedOrTheEntryItself() {
        CatalogEntry entry = Examples.population(e -> e.relatedCodes = List.of(ResourceCode.of("101002/000001"),
                ResourceCode.of("101001/000001"), ResourceCode.of("A01/000001")));
        assertViolations(validate(entry), "relatedCodes[1] related-codes.self",
                "relatedCodes[2] code.classification.format");
    }

    // --- lint rules

    @Test
    void warnsWhenTheNameIsTheSystemName() {
        CatalogEntry entry = Examples.population(e -> e.name = "人口信息管理 系统");
        ValidationReport report = validate(entry);
        assertViolations(report, "name name.equals-system-name");
        assertTrue(report.isValid());
    }

    @Test
    void rejectsNameAnotherEntryAlreadyUses() {
        ResourceCode other = ResourceCode.of("101001/000009");
        CatalogNeighbours catalog = name -> name.equals("户籍人口基本信息") ? Optional.of(other) : Optional.empty();
        ValidationReport report = VALIDATOR.validate(Examples.population(e -> e.name = "户籍人口 (基本) 信息"), catalog);
        assertViolations(report, "name name.duplicate");
        assertTrue(report.errors().get(0).message().contains("101001/000009"));
        assertViolations(VALIDATOR.validate(Examples.population(e -> e.code = null), catalog), "name name.duplicate");
    }

    @Test
    void doesNotCountTheEntryItselfAsDuplicate() {
        CatalogEntry entry = Examples.population();
        assertViolations(VALIDATOR.validate(entry, name -> Optional.of(entry.code())));
    }

    @Test
    void rejectsNegativeSurveyFigures() {
        CatalogEntry entry = Examples.population(e -> e.survey = new SurveyCounts(-1L, 10L, null, -5L, 0L, 0L));
        assertViolations(validate(entry), "survey.storageMb survey.negative", "survey.sharedRecords survey.negative");
    }

    @Test
    void rejectsSharedOrOpenFiguresAboveTheTotals() {
        CatalogEntry entry = Examples.population(e -> e.survey = new SurveyCounts(100L, 1000L, 101L, 1000L, 50L, 1001L));
        assertViolations(validate(entry), "survey.sharedStorageMb survey.shared-exceeds-total",
                "survey.openRecords survey.open-exceeds-total");
    }

    @Test
    void acceptsPartialSurveyFigures() {
        CatalogEntry entry = Examples.population(e -> e.survey = new SurveyCounts(null, null, 10L, 20L, null, null));
        assertViolations(validate(entry));
    }

    @Test
    void warnsAboutPublicationDateInTheFutureOfBeijing() {
        // 2026-01-31 16:30 UTC is already 2026-02-01 in Beijing.
        Clock clock = Clock.fixed(Instant.parse("2026-01-31T16:30:00Z"), ZoneId.of("Asia/Shanghai"));
        CatalogValidator validator = VALIDATOR.withClock(clock);
        assertViolations(validator.validate(Examples.population(e -> e.publishedOn = LocalDate.of(2026, 2, 1))));
        ValidationReport report = validator.validate(Examples.population(e -> e.publishedOn = LocalDate.of(2026, 2, 2)));
        assertViolations(report, "publishedOn published-on.future");
        assertTrue(report.isValid());
    }

    @Test
    void reportsViolationsOfDifferentRulesTogether() {
        CatalogEntry entry = Examples.population(e -> {
            e.name = "户";
            e.share = new ShareAttributes(ShareType.CONDITIONAL, null, "依据", ShareMethod.FILE);
            e.item(0, item -> item.shareType = ShareType.UNCONDITIONAL);
        });
        ValidationReport report = validate(entry);
        assertViolations(report, "name name.length", "share.condition share.condition.required",
                "dataItems[0].shareType data-item.share-type.more-open", "share.method share.method.format-mismatch");
        assertFalse(report.isValid());
        report.violations().forEach(v -> assertFalse(v.message().isBlank(), v.rule() + " has a message"));
    }

    // --- normalized names

    @Test
    void normalizedNameIgnoresSpacesPunctuationWidthAndCase() {
        String expected = CatalogValidator.normalizedName("户籍人口基本信息gdp");
        for (String variant : List.of("户籍人口（基本）信息 GDP", "户籍 人口、基本信息。ＧＤＰ", "《户籍人口基本信息》-g.d.p",
                "户籍人口\u3000基本信息 [GDP]!", "户籍人口基本信息“GDP”")) {
            assertEquals(expected, CatalogValidator.normalizedName(variant), variant);
        }
        assertEquals("户籍人口基本信息gdp", expected);
        assertFalse(CatalogValidator.normalizedName("户籍人口基本信息").equals(CatalogValidator.normalizedName("户籍人口信息")));
    }
}
