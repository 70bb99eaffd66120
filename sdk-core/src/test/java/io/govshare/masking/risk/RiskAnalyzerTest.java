package io.govshare.masking.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

class RiskAnalyzerTest {

    /** Sex, age band and district of ten people: classes of 3, 2, 1 and 4 records. */
    static final String[][] TEN_PEOPLE = {
            {"M", "30-39", "朝阳区"}, {"M", "30-39", "朝阳区"}, {"M", "30-39", "朝阳区"},
            {"F", "30-39", "朝阳区"}, {"F", "30-39", "朝阳区"},
            {"F", "40-49", "海淀区"},
            {"M", "40-49", "海淀区"}, {"M", "40-49", "海淀区"}, {"M", "40-49", "海淀区"}, {"M", "40-49", "海淀区"}};

    static RiskAnalyzer tenPeople() {
        RiskAnalyzer analyzer = RiskAnalyzer.over("sex", "ageBand", "district");
        for (String[] person : TEN_PEOPLE) {
            analyzer.add(person);
        }
        return analyzer;
    }

    private static void assertMeasures(RiskReport report, long records, long classes, long k, double prosecutor,
            double average, long unique) {
        assertEquals(records, report.records(), "records");
        assertEquals(classes, report.equivalenceClasses(), "equivalence classes");
        assertEquals(k, report.k(), "k");
        assertEquals(prosecutor, report.prosecutorRisk(), "prosecutor risk");
        assertEquals(average, report.averageRisk(), "average risk");
        assertEquals(unique, report.uniqueRecords(), "unique records");
    }

    @Test
    void measuresClassesKAndRisksOfAHandCountedTable() {
        RiskReport report = tenPeople().report();

        assertMeasures(report, 10, 4, 1, 1.0, 0.4, 1);
        assertEquals(Map.of(1L, 1L, 2L, 1L, 3L, 1L, 4L, 1L), report.classSizes());
    }

    @Test
    void countsRecordsWhoseClassRiskExceedsTheThresholdButNotThoseEqualToIt() {
        RiskReport report = tenPeople().report();

        // 1/1, 1/2 and 1/3 exceed 0.25; the class of 4 is exactly at 0.25.
        assertEquals(6, report.recordsAtRisk(0.25));
        assertEquals(0.6, report.shareAtRisk(0.25));
        // Only the unique record exceeds 0.5; the class of 2 is exactly at it.
        assertEquals(1, report.recordsAtRisk(0.5));
        assertEquals(0, report.recordsAtRisk(1.0));
        assertEquals(10, report.recordsAtRisk(0.0));
    }

    @Test
    void rejectsARecordRiskThresholdOutsideZeroToOne() {
        RiskReport report = tenPeople().report();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> report.recordsAtRisk(1.5));
        assertTrue(e.getMessage().contains("recordRiskThreshold must be in [0, 1]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> report.shareAtRisk(Double.NaN));
    }

    @Test
    void groupsClassSizesIntoFixedBands() {
        List<RiskReport.SizeBand> bands = tenPeople().report().histogram();

        assertEquals(List.of(
                new RiskReport.SizeBand(1, 1, 1, 1),
                new RiskReport.SizeBand(2, 2, 1, 2),
                new RiskReport.SizeBand(3, 4, 2, 7),
                new RiskReport.SizeBand(5, 9, 0, 0),
                new RiskReport.SizeBand(10, 19, 0, 0),
                new RiskReport.SizeBand(20, 49, 0, 0),
                new RiskReport.SizeBand(50, 99, 0, 0),
                new RiskReport.SizeBand(100, Long.MAX_VALUE, 0, 0)), bands);
    }

    @Test
    void describesTheSmallestClassesBySizeAndFirstRecordWithoutTheirValues() {
        RiskReport report = tenPeople().report();

        List<RiskReport.SmallClass> smallest = report.smallestClasses();
        assertEquals(List.of(1L, 2L, 3L, 4L), smallest.stream().map(RiskReport.SmallClass::size).toList());
        assertEquals(List.of(5L, 3L, 0L, 6L), smallest.stream().map(RiskReport.SmallClass::firstRecord).toList());
        assertEquals(1.0, smallest.get(0).risk());
        assertFalse(smallest.toString().contains("海淀区"), smallest.toString());
        assertFalse(report.toString().contains("海淀区"), report.toString());
    }

    @Test
    void givesTheValuesOfASmallClassOnlyWhenAskedExplicitly() {
        RiskReport report = tenPeople().report();

        assertEquals(List.of("sex", "ageBand", "district"), report.quasiIdentifiers());
        assertEquals(List.of("F", "40-49", "海淀区"), report.smallestClasses().get(0).quasiIdentifierValues());
    }

    @Test
    void keepsOnlyTheTenSmallestClassesOrderedBySizeThenFirstRecord() {
        RiskAnalyzer analyzer = RiskAnalyzer.over("id");
        for (int i = 0; i < 30; i++) {
            for (int copies = 0; copies <= i % 3; copies++) {
                analyzer.add("v" + i); // sizes 1, 2, 3, 1, 2, 3, ...
            }
        }
        List<RiskReport.SmallClass> smallest = analyzer.report().smallestClasses();

        assertEquals(RiskReport.SMALLEST_CLASSES_KEPT, smallest.size());
        assertTrue(smallest.stream().allMatch(c -> c.size() == 1));
        assertEquals(List.of("v0"), smallest.get(0).quasiIdentifierValues());
        assertEquals(List.of("v27"), smallest.get(9).quasiIdentifierValues());
    }

    @Test
    void keepsValuesApartThatWouldCollideIfConcatenated() {
        RiskAnalyzer analyzer = RiskAnalyzer.over("a", "b");
        analyzer.add("ab", "c");
        analyzer.add("a", "bc");
        analyzer.add("1:a", "");
        analyzer.add("", "1:a");
        RiskReport report = analyzer.report();

        assertEquals(4, report.equivalenceClasses());
        assertEquals(1, report.k());
        assertEquals(List.of("ab", "c"), report.smallestClasses().get(0).quasiIdentifierValues());
        assertEquals(List.of("a", "bc"), report.smallestClasses().get(1).quasiIdentifierValues());
        assertEquals(List.of("", "1:a"), report.smallestClasses().get(3).quasiIdentifierValues());
    }

    @Test
    void countsNullAsAValueOfItsOwnApartFromEmptyTextAndTheWordNull() {
        RiskAnalyzer analyzer = RiskAnalyzer.over("district");
        analyzer.add((String) null);
        analyzer.add("");
        analyzer.add("null");
        analyzer.add("~");
        Map<String, Object> withNull = new HashMap<>();
        withNull.put("district", null);
        analyzer.add(withNull);
        RiskReport report = analyzer.report();

        assertEquals(5, report.records());
        assertEquals(4, report.equivalenceClasses());
        assertEquals(Map.of(1L, 3L, 2L, 1L), report.classSizes());
        RiskReport.SmallClass nulls = report.smallestClasses().get(3);
        assertEquals(2, nulls.size());
        assertEquals(Arrays.asList((String) null), nulls.quasiIdentifierValues());
    }

    @Test
    void readsOnlyTheQuasiIdentifiersOfAMapAndComparesValuesByTheirText() {
        RiskAnalyzer analyzer = RiskAnalyzer.over("age", "sex");
        analyzer.add(Map.of("age", 30, "sex", "F", "name", "张三"));
        analyzer.add(Map.of("age", "30", "sex", "F", "name", "李四"));
        analyzer.add("30", "F");

        assertEquals(1, analyzer.report().equivalenceClasses());
        assertEquals(3, analyzer.report().k());
    }

    @Test
    void readsJsonRecordsByTheirStringsNumbersAndNulls() {
        RiskAnalyzer analyzer = RiskAnalyzer.over("age", "district");
        analyzer.add(Json.createObjectBuilder().add("age", 30).addNull("district").build());
        analyzer.add(Json.createObjectBuilder().add("age", "30").addNull("district").build());
        analyzer.add("30", null);
        analyzer.add(Json.createObjectBuilder().add("age", 30).add("district", "null").build());
        RiskReport report = analyzer.report();

        assertEquals(Map.of(1L, 1L, 3L, 1L), report.classSizes());
        assertEquals(List.of("30", "null"), report.smallestClasses().get(0).quasiIdentifierValues());
    }

    @Test
    void rejectsARecordThatLacksAQuasiIdentifierKeyNamingItAndTheRecord() {
        RiskAnalyzer analyzer = RiskAnalyzer.over("age", "sex");
        analyzer.add(Map.of("age", 30, "sex", "F"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> analyzer.add(Map.of("age", 31, "gender", "M")));
        assertTrue(e.getMessage().contains("record 1 has no quasi-identifier 'sex'"), e.getMessage());
        assertEquals(1, analyzer.report().records(), "the rejected record is not counted");
    }

    @Test
    void rejectsValuesWhoseCountDiffersFromTheQuasiIdentifiers() {
        RiskAnalyzer analyzer = RiskAnalyzer.over("age", "sex");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> analyzer.add("30"));
        assertTrue(e.getMessage().contains("record 0 has 1 values but there are 2 quasi-identifiers"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> analyzer.add((String[]) null));
        assertThrows(IllegalArgumentException.class, () -> analyzer.add((Map<String, ?>) null));
    }

    @Test
    void rejectsNullBlankOrRepeatedQuasiIdentifierNames() {
        IllegalArgumentException repeated = assertThrows(IllegalArgumentException.class,
                () -> RiskAnalyzer.over("age", "sex", "age"));
        assertTrue(repeated.getMessage().contains("must not repeat a name: 'age'"), repeated.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RiskAnalyzer.over("age", " "));
        assertThrows(IllegalArgumentException.class, () -> RiskAnalyzer.over(Arrays.asList("age", null)));
        assertThrows(IllegalArgumentException.class, () -> RiskAnalyzer.over((List<String>) null));
    }

    @Test
    void reportsAnEmptyDatasetAsKZeroWithNoRisk() {
        RiskReport report = RiskAnalyzer.over("age").report();

        assertMeasures(report, 0, 0, 0, 0.0, 0.0, 0);
        assertEquals(0.0, report.shareAtRisk(0.05));
        assertTrue(report.smallestClasses().isEmpty());
        assertTrue(report.histogram().stream().allMatch(band -> band.classes() == 0));
    }

    @Test
    void putsEveryRecordInOneClassWhenThereAreNoQuasiIdentifiers() {
        RiskAnalyzer analyzer = RiskAnalyzer.over(List.of());
        analyzer.add(Map.of("name", "张三"));
        analyzer.add();

        assertEquals(1, analyzer.report().equivalenceClasses());
        assertEquals(2, analyzer.report().k());
    }

    @Test
    void keepsCountingAfterAReport() {
        RiskAnalyzer analyzer = RiskAnalyzer.over("sex");
        analyzer.add("F");
        RiskReport first = analyzer.report();
        analyzer.add("F");

        assertEquals(1, first.k(), "an earlier report does not change");
        assertEquals(2, analyzer.report().k());
    }

    @Test
    void plansToSuppressTheRecordsOfClassesSmallerThanK() {
        SuppressionPlan plan = tenPeople().suppressionPlan(3, 0.3);

        assertEquals(3, plan.suppressedRecords());
        assertEquals(0.3, plan.suppressedShare());
        assertTrue(plan.withinLimit(), "a share equal to the limit is within it");
        assertEquals(7, plan.remaining().records());
        assertEquals(2, plan.remaining().equivalenceClasses());
        assertEquals(3, plan.remaining().k());
        assertEquals(List.of(0L, 6L), plan.remaining().smallestClasses().stream()
                .map(RiskReport.SmallClass::firstRecord).toList());
        assertFalse(tenPeople().suppressionPlan(3, 0.29).withinLimit());
    }

    @Test
    void findsTheRecordsToSuppressInASecondPass() {
        SuppressionPlan plan = tenPeople().suppressionPlan(3, 0.3);

        List<Integer> dropped = new ArrayList<>();
        for (int i = 0; i < TEN_PEOPLE.length; i++) {
            String[] person = TEN_PEOPLE[i];
            if (plan.suppresses(Map.of("sex", person[0], "ageBand", person[1], "district", person[2]))) {
                dropped.add(i);
            }
        }
        assertEquals(List.of(3, 4, 5), dropped);
        assertTrue(plan.suppresses("F", "40-49", "海淀区"));
        assertFalse(plan.suppresses("M", "30-39", "朝阳区"));
        assertFalse(plan.suppresses("X", "30-39", "朝阳区"), "a class never seen is not in the plan");
    }

    @Test
    void rejectsASuppressionPlanWithKBelowOneOrAShareOutsideZeroToOne() {
        RiskAnalyzer analyzer = tenPeople();

        IllegalArgumentException k = assertThrows(IllegalArgumentException.class,
                () -> analyzer.suppressionPlan(0, 0.1));
        assertTrue(k.getMessage().contains("k must be at least 1"), k.getMessage());
        IllegalArgumentException share = assertThrows(IllegalArgumentException.class,
                () -> analyzer.suppressionPlan(5, -0.1));
        assertTrue(share.getMessage().contains("maxSuppressedShare must be in [0, 1]"), share.getMessage());
    }
}
