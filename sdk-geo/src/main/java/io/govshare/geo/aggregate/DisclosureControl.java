package io.govshare.geo.aggregate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Applies {@link DisclosureRules} to a tabulation.
 * <p>
 * <b>Primary suppression</b>: every cell, leaf or total, is checked on its own (threshold, minimum
 * contributors, dominance).
 * <p>
 * <b>Differencing guard</b>: a published total minus its published parts equals the sum of its withheld
 * parts. That sum is only as safe as the withheld parts taken together, so for every published total the
 * withheld parts must (a) be at least two cells — a single withheld part would be revealed exactly — and
 * (b) pass the primary rules as one group (≥ k records, enough contributors, not dominated). While they do
 * not, the published part with the fewest records is withheld as well (complementary suppression); if no
 * part is left to withhold, the total itself is withheld. This repeats until nothing changes, so a total
 * withheld at one level is then protected at the level above.
 * <p>
 * The guard covers the areas a tabulation nests (grid pieces in districts, counties in prefectures in
 * provinces). Arbitrary overlapping areas — two bounding-box queries that differ by a few records — are not
 * tabulations; the platform must publish only these nested units, so every area a user can sum is a union of
 * units and every difference a union of guarded groups.
 */
public final class DisclosureControl {

    private DisclosureControl() {
    }

    public static Disclosure apply(Tabulation tabulation, DisclosureRules rules) {
        Map<String, Cell> byId = new HashMap<>();
        for (Cell c : tabulation.cells()) {
            byId.put(c.id(), c);
        }
        Map<String, List<Cell>> children = new TreeMap<>();
        for (Cell c : tabulation.cells()) {
            if (c.parentId() != null && byId.containsKey(c.parentId())) {
                children.computeIfAbsent(c.parentId(), p -> new ArrayList<>()).add(c);
            }
        }
        boolean magnitudes = tabulation.magnitudes();
        Map<String, Suppression.Rule> withheld = new LinkedHashMap<>();
        for (Cell c : tabulation.cells()) {
            Suppression.Rule rule = rules.primaryRule(c.count(), c.total(), c.largestSum(rules.dominanceN()), magnitudes);
            if (rule != null) {
                withheld.put(c.id(), rule);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<String, List<Cell>> group : children.entrySet()) {
                if (!withheld.containsKey(group.getKey())) {
                    changed |= guard(group.getKey(), group.getValue(), withheld, rules, magnitudes);
                }
            }
        }
        Set<String> parents = new HashSet<>(children.keySet());
        List<Cell> published = new ArrayList<>();
        List<Suppression> suppressed = new ArrayList<>();
        for (Cell c : tabulation.cells()) {
            Suppression.Rule rule = withheld.get(c.id());
            if (rule == null) {
                published.add(c);
            } else {
                suppressed.add(new Suppression(c.id(), rule, c.count(), !parents.contains(c.id())));
            }
        }
        return new Disclosure(tabulation, rules, published, suppressed, parents);
    }

    /** Makes the withheld parts of one published total safe as a group; true if anything was withheld. */
    private static boolean guard(String parent, List<Cell> parts, Map<String, Suppression.Rule> withheld,
                                 DisclosureRules rules, boolean magnitudes) {
        List<Cell> hidden = new ArrayList<>();
        for (Cell c : parts) {
            if (withheld.containsKey(c.id())) {
                hidden.add(c);
            }
        }
        if (hidden.isEmpty() || safe(hidden, rules, magnitudes)) {
            return false;
        }
        List<Cell> candidates = new ArrayList<>();
        for (Cell c : parts) {
            if (!withheld.containsKey(c.id())) {
                candidates.add(c);
            }
        }
        candidates.sort(Comparator.comparingLong(Cell::count).thenComparing(Cell::id));
        for (Cell next : candidates) {
            withheld.put(next.id(), Suppression.Rule.COMPLEMENTARY);
            hidden.add(next);
            if (safe(hidden, rules, magnitudes)) {
                return true;
            }
        }
        withheld.put(parent, Suppression.Rule.TOTAL_PROTECTION);
        return true;
    }

    private static boolean safe(List<Cell> group, DisclosureRules rules, boolean magnitudes) {
        if (group.size() < 2) {
            return false;
        }
        long count = 0;
        double total = 0;
        List<Double> largest = new ArrayList<>();
        for (Cell c : group) {
            count += c.count();
            total += c.total();
            for (double v : c.largest()) {
                largest.add(v);
            }
        }
        double[] sorted = largest.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        double topN = 0;
        for (int i = 0; i < Math.min(rules.dominanceN(), sorted.length); i++) {
            topN += sorted[sorted.length - 1 - i];
        }
        return rules.primaryRule(count, total, topN, magnitudes) == null;
    }
}
