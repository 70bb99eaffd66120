package io.govshare.geo.aggregate;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DisclosureControlTest {

    private static Cell cell(String id, String parent, long count) {
        return new Cell(id, parent, count, count, null, null);
    }

    private static Cell firms(String id, String parent, double... magnitudes) {
        double total = 0;
        for (double m : magnitudes) {
            total += m;
        }
        double[] sorted = magnitudes.clone();
        java.util.Arrays.sort(sorted);
        double[] largest = new double[Math.min(2, sorted.length)];
        for (int i = 0; i < largest.length; i++) {
            largest[i] = sorted[sorted.length - 1 - i];
        }
        return new Cell(id, parent, magnitudes.length, total, largest, null);
    }

    private static Suppression.Rule ruleOf(Disclosure d, String id) {
        return d.suppressed().stream().filter(s -> s.cellId().equals(id)).map(Suppression::rule).findFirst().orElse(null);
    }

    @Test
    void aSingleSmallPieceUnderAPublishedTotalDrawsAComplementarySuppression() {
        // district D = 72 records in three grid pieces of 2, 30 and 40: publishing D, 30 and 40 would reveal the 2
        Tabulation t = new Tabulation("t", List.of(cell("D", null, 72), cell("D:a", "D", 2), cell("D:b", "D", 30),
                cell("D:c", "D", 40)), 72, Map.of(), false, 0);
        Disclosure d = DisclosureControl.apply(t, DisclosureRules.threshold(5));
        assertEquals(Suppression.Rule.THRESHOLD, ruleOf(d, "D:a"));
        assertEquals(Suppression.Rule.COMPLEMENTARY, ruleOf(d, "D:b"), "the smallest published piece joins it");
        assertEquals(null, ruleOf(d, "D:c"));
        assertEquals(null, ruleOf(d, "D"));
        long published = d.published().stream().filter(c -> !d.isTotal(c.id())).mapToLong(Cell::count).sum();
        assertTrue(72 - published >= 5, "the difference a reader can form holds at least k records");
        assertEquals(40, d.publishedRecords());
        assertEquals(32, d.suppressedRecords());
        assertEquals(Map.of(Suppression.Rule.THRESHOLD, 2L, Suppression.Rule.COMPLEMENTARY, 30L), d.suppressedRecordsByRule());
        assertTrue(d.balances());
    }

    @Test
    void twoSmallPiecesThatTogetherStayUnderKNeedAThird() {
        Tabulation t = new Tabulation("t", List.of(cell("D", null, 54), cell("D:a", "D", 1), cell("D:b", "D", 2),
                cell("D:c", "D", 20), cell("D:d", "D", 31)), 54, Map.of(), false, 0);
        Disclosure d = DisclosureControl.apply(t, DisclosureRules.threshold(5));
        assertEquals(Suppression.Rule.COMPLEMENTARY, ruleOf(d, "D:c"));
        assertEquals(null, ruleOf(d, "D:d"));
    }

    @Test
    void whenNoPartCanProtectTheTotalIsWithheld() {
        // the only other piece is itself small: withholding it leaves 1 + 3 < 5, so the total goes too
        Tabulation t = new Tabulation("t", List.of(cell("P", null, 4), cell("P:a", "P", 1), cell("P:b", "P", 3)),
                4, Map.of(), false, 0);
        Disclosure d = DisclosureControl.apply(t, DisclosureRules.threshold(5));
        assertEquals(Suppression.Rule.THRESHOLD, ruleOf(d, "P"));
        Tabulation t2 = new Tabulation("t", List.of(cell("P", null, 12), cell("P:a", "P", 2), cell("P:b", "P", 10)),
                12, Map.of(), false, 0);
        Disclosure d2 = DisclosureControl.apply(t2, DisclosureRules.threshold(5));
        // withholding b makes the group {2, 10} safe, so P stays published
        assertEquals(Suppression.Rule.COMPLEMENTARY, ruleOf(d2, "P:b"));
        assertEquals(null, ruleOf(d2, "P"));
    }

    @Test
    void dominanceAndMinimumContributorsApplyToMagnitudes() {
        Cell dominated = firms("A", null, 900, 50, 20, 10, 10, 5);     // top 2 hold 95%
        Cell spread = firms("B", null, 100, 90, 80, 70, 60, 50);         // top 2 hold 42%
        Cell few = firms("C", null, 100, 100);                            // 2 contributors < 3
        Tabulation t = new Tabulation("firms", List.of(dominated, spread, few), 14, Map.of(), true, 0);
        Disclosure d = DisclosureControl.apply(t, DisclosureRules.withDominance(1, 2, 85, 3));
        assertEquals(Suppression.Rule.DOMINANCE, ruleOf(d, "A"));
        assertEquals(null, ruleOf(d, "B"));
        assertEquals(Suppression.Rule.MIN_CONTRIBUTORS, ruleOf(d, "C"));
        assertEquals(6, d.publishedRecords());
        assertTrue(d.balances());
    }

    @Test
    void aGroupOfWithheldPartsMustNotBeDominatedEither() {
        // a is dominated by one firm; c (fewest records) joins it, but a+c is still dominated (92.7%), so b goes too
        Tabulation t = new Tabulation("firms", List.of(
                firms("D", null, 1000, 10, 10, 20, 20, 20, 20, 30, 30, 30, 30, 30, 30, 30),
                firms("D:a", "D", 1000, 10, 10),
                firms("D:b", "D", 30, 30, 30, 30, 30, 30, 30),
                firms("D:c", "D", 20, 20, 20, 20)), 14, Map.of(), true, 0);
        Disclosure d = DisclosureControl.apply(t, DisclosureRules.withDominance(3, 2, 85, 3));
        assertEquals(Suppression.Rule.DOMINANCE, ruleOf(d, "D:a"));
        assertEquals(Suppression.Rule.COMPLEMENTARY, ruleOf(d, "D:c"));
        assertEquals(Suppression.Rule.COMPLEMENTARY, ruleOf(d, "D:b"));
        assertEquals(null, ruleOf(d, "D"), "a+b+c is 78.6% dominated, under 85%: the total can stay");
        assertEquals(0, d.publishedRecords());
        assertTrue(d.balances());
    }
}
