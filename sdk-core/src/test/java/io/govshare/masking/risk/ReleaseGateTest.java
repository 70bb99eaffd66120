package io.govshare.masking.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.govshare.catalog.OpenType;
import org.junit.jupiter.api.Test;

class ReleaseGateTest {

    private static final ReleaseGate OPEN = ReleaseGate.forOpenType(OpenType.UNCONDITIONAL);
    private static final ReleaseGate CONDITIONAL = ReleaseGate.forOpenType(OpenType.CONDITIONAL);

    private static RiskReport oneClassOf(int size) {
        RiskAnalyzer analyzer = RiskAnalyzer.over("district");
        for (int i = 0; i < size; i++) {
            analyzer.add("朝阳区");
        }
        return analyzer.report();
    }

    @Test
    void blocksADatasetWithAUniqueQuasiIdentifierCombination() {
        RiskAnalyzer analyzer = RiskAnalyzer.over("sex", "birthYear", "district");
        for (int i = 0; i < 40; i++) {
            analyzer.add("M", "1980", "朝阳区");
        }
        analyzer.add("F", "1931", "延庆区"); // the one 93-year-old woman of the district

        GateDecision decision = OPEN.check(analyzer.report());

        assertFalse(decision.passed());
        GateDecision.Reason prosecutor = decision.reasons().get(0);
        assertEquals(ReleaseGate.RULE_PROSECUTOR, prosecutor.rule());
        assertEquals(1.0, prosecutor.measured());
        assertEquals(0.05, prosecutor.limit());
        assertTrue(prosecutor.message().contains("holds 1 record(s)"), prosecutor.message());
        assertTrue(prosecutor.message().contains("at least 20 records"), prosecutor.message());
        assertTrue(prosecutor.messageZh().contains("最小等价类仅有1条记录"), prosecutor.messageZh());
        assertEquals(List.of(ReleaseGate.RULE_PROSECUTOR, ReleaseGate.RULE_SHARE_AT_RISK), decision.rules());
        assertFalse(CONDITIONAL.check(analyzer.report()).passed(), "a unique record is too much for k = 5 too");
    }

    @Test
    void passesOpenDataWhoseSmallestClassIsExactlyTheLimitAndBlocksOneRecordFewer() {
        GateDecision twenty = OPEN.check(oneClassOf(20));
        GateDecision nineteen = OPEN.check(oneClassOf(19));

        assertTrue(twenty.passed(), () -> twenty.reasons().toString());
        assertEquals(List.of(ReleaseGate.RULE_PROSECUTOR, ReleaseGate.RULE_AVERAGE, ReleaseGate.RULE_SHARE_AT_RISK),
                nineteen.rules());
    }

    @Test
    void holdsConditionalOpenDataToKFiveAndUnconditionalToKTwenty() {
        RiskReport five = oneClassOf(5);

        assertTrue(CONDITIONAL.check(five).passed());
        assertFalse(CONDITIONAL.check(oneClassOf(4)).passed());
        assertFalse(OPEN.check(five).passed());
        assertEquals(20, GateThresholds.forOpenType(OpenType.UNCONDITIONAL).minimumClassSize());
        assertEquals(5, GateThresholds.forOpenType(OpenType.CONDITIONAL).minimumClassSize());
    }

    @Test
    void blocksAnAverageRiskAboveTheLimitAndPassesOneEqualToIt() {
        RiskReport report = RiskAnalyzerTest.tenPeople().report(); // 4 classes over 10 records
        GateThresholds averageOnly = new GateThresholds(1, 0.4, 1, 1);

        assertTrue(new ReleaseGate(averageOnly).check(report).passed());
        GateDecision decision = new ReleaseGate(averageOnly.withMaxAverageRisk(0.39)).check(report);
        assertEquals(List.of(ReleaseGate.RULE_AVERAGE), decision.rules());
        assertEquals(0.4, decision.reasons().get(0).measured());
        assertEquals(0.39, decision.reasons().get(0).limit());
        assertTrue(decision.reasons().get(0).message().contains("4 equivalence classes over 10 records"),
                decision.reasons().get(0).message());
    }

    @Test
    void blocksTooManyRecordsAboveTheRecordRiskThresholdAndPassesAShareEqualToTheLimit() {
        RiskReport report = RiskAnalyzerTest.tenPeople().report(); // 6 records in classes above 0.25
        GateThresholds shareOnly = new GateThresholds(1, 1, 0.6, 0.25);

        assertTrue(new ReleaseGate(shareOnly).check(report).passed());
        GateDecision decision = new ReleaseGate(shareOnly.withMaxShareAtRisk(0.5)).check(report);
        assertEquals(List.of(ReleaseGate.RULE_SHARE_AT_RISK), decision.rules());
        assertEquals(0.6, decision.reasons().get(0).measured());
        assertTrue(decision.reasons().get(0).message().contains("6 of 10 records (60.00%)"),
                decision.reasons().get(0).message());
        assertEquals(List.of(), new ReleaseGate(shareOnly.withRecordRiskThreshold(0.5).withMaxShareAtRisk(0.1))
                .check(report).rules(), "1 of 10 records above 0.5 is within 10%");
    }

    @Test
    void passesAnEmptyDatasetBecauseItDisclosesNoOne() {
        GateDecision decision = OPEN.check(RiskAnalyzer.over("age").report());

        assertTrue(decision.passed());
        assertEquals(0, decision.suppressedRecords());
    }

    @Test
    void blocksADatasetAnalysedOverNoQuasiIdentifiers() {
        RiskAnalyzer analyzer = RiskAnalyzer.over(List.of());
        for (int i = 0; i < 100; i++) {
            analyzer.add(Map.of("name", "张三" + i));
        }

        GateDecision decision = OPEN.check(analyzer.report());

        assertEquals(List.of(ReleaseGate.RULE_NO_QUASI_IDENTIFIERS), decision.rules());
        assertTrue(decision.reasons().get(0).message().contains("No quasi-identifiers were declared"));
    }

    @Test
    void passesOpenDataAfterSuppressionWithinTheLimitAndSaysHowManyRecordsGo() {
        RiskAnalyzer analyzer = RiskAnalyzer.over("district");
        for (int i = 0; i < 99; i++) {
            analyzer.add("朝阳区");
        }
        analyzer.add("延庆区");
        GateThresholds open = OPEN.thresholds();

        GateDecision within = OPEN.check(analyzer.suppressionPlan(open.minimumClassSize(), 0.01));
        GateDecision beyond = OPEN.check(analyzer.suppressionPlan(open.minimumClassSize(), 0.005));

        assertTrue(within.passed(), () -> within.reasons().toString());
        assertEquals(1, within.suppressedRecords());
        assertEquals(List.of(ReleaseGate.RULE_SUPPRESSION_LIMIT), beyond.rules());
        assertEquals(0.01, beyond.reasons().get(0).measured());
        assertTrue(beyond.reasons().get(0).message().contains("drops 1 of 100 records (1.00%)"),
                beyond.reasons().get(0).message());
    }

    @Test
    void passesAHundredThousandPeopleForOpenDataWhenQuasiIdentifiersAreCoarse() {
        RiskAnalyzer coarse = RiskAnalyzer.over("sex", "ageBand", "district");
        RiskAnalyzer fine = RiskAnalyzer.over("sex", "birthDate", "district");
        Random random = new Random(20231001);
        String[] districts = {"东城区", "西城区", "朝阳区", "丰台区", "石景山区", "海淀区", "门头沟区", "房山区",
                "通州区", "顺义区", "昌平区", "大兴区", "怀柔区", "平谷区", "密云区", "延庆区"};
        for (int i = 0; i < 100_000; i++) {
            LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(80 * 365));
            String sex = random.nextBoolean() ? "M" : "F";
            String district = districts[random.nextInt(districts.length)];
            String ageBand = (2024 - birth.getYear()) / 10 * 10 + "s";
            coarse.add(Map.of("name", "person" + i, "sex", sex, "ageBand", ageBand, "district", district));
            fine.add(sex, birth.toString(), district);
        }

        RiskReport coarseReport = coarse.report();
        GateDecision coarseDecision = OPEN.check(coarseReport);
        assertEquals(100_000, coarseReport.records());
        assertTrue(coarseReport.k() >= 20, coarseReport.toString());
        assertTrue(coarseDecision.passed(), () -> coarseDecision.reasons().toString());

        RiskReport fineReport = fine.report();
        assertTrue(fineReport.uniqueRecords() > 10_000, fineReport.toString());
        assertTrue(OPEN.check(fineReport).rules().contains(ReleaseGate.RULE_PROSECUTOR));
    }

    @Test
    void refusesThresholdsForDataThatIsNeverOpened() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GateThresholds.forOpenType(OpenType.NONE));
        assertTrue(e.getMessage().contains("NONE (不予开放) is never released"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GateThresholds.forOpenType(null));
    }

    @Test
    void rejectsLimitsOutsideTheirRangeNamingTheLimit() {
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> new GateThresholds(0, 0.05, 0, 0.05));
        assertTrue(zero.getMessage().contains("maxProsecutorRisk must be in (0, 1], was 0.0"), zero.getMessage());
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> new GateThresholds(0.05, Double.NaN, 0, 0.05));
        assertTrue(nan.getMessage().contains("maxAverageRisk"), nan.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new GateThresholds(0.05, 0.05, -0.1, 0.05));
        assertThrows(IllegalArgumentException.class, () -> new GateThresholds(0.05, 0.05, 0, 1.1));
        assertThrows(IllegalArgumentException.class, () -> new ReleaseGate(null));
        assertThrows(IllegalArgumentException.class, () -> OPEN.check((RiskReport) null));
    }

    @Test
    void derivesTheMinimumClassSizeFromTheProsecutorLimit() {
        GateThresholds base = OPEN.thresholds();

        assertEquals(25, base.withMaxProsecutorRisk(0.04).minimumClassSize());
        assertEquals(3, base.withMaxProsecutorRisk(1.0 / 3).minimumClassSize());
        assertEquals(4, base.withMaxProsecutorRisk(0.3).minimumClassSize());
        assertEquals(1, base.withMaxProsecutorRisk(1).minimumClassSize());
    }
}
