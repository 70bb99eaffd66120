package io.govshare.geo.aggregate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tabulation after the confidentiality rules: what may be published, what was withheld and why, and the
 * balance over leaf cells (cells that are no other cell's total):
 * {@code inputRecords = publishedRecords + suppressedRecords + unplacedRecords}.
 */
public final class Disclosure {

    private final Tabulation tabulation;
    private final DisclosureRules rules;
    private final List<Cell> published;
    private final List<Suppression> suppressed;
    private final Set<String> totals;

    Disclosure(Tabulation tabulation, DisclosureRules rules, List<Cell> published, List<Suppression> suppressed,
               Set<String> totals) {
        this.tabulation = tabulation;
        this.rules = rules;
        this.published = List.copyOf(published);
        this.suppressed = List.copyOf(suppressed);
        this.totals = Set.copyOf(totals);
    }

    public Tabulation tabulation() {
        return tabulation;
    }

    public DisclosureRules rules() {
        return rules;
    }

    /** The cells that may be published with their values. */
    public List<Cell> published() {
        return published;
    }

    /** The withheld cells, leaves and totals, each with its rule. */
    public List<Suppression> suppressed() {
        return suppressed;
    }

    /** Whether the cell is a total over other cells of the tabulation. */
    public boolean isTotal(String cellId) {
        return totals.contains(cellId);
    }

    public long inputRecords() {
        return tabulation.inputRecords();
    }

    public long unplacedRecords() {
        return tabulation.unplacedRecords();
    }

    /** Records in published leaf cells. */
    public long publishedRecords() {
        return published.stream().filter(c -> !totals.contains(c.id())).mapToLong(Cell::count).sum();
    }

    /** Records in withheld leaf cells. */
    public long suppressedRecords() {
        return suppressed.stream().filter(Suppression::leaf).mapToLong(Suppression::records).sum();
    }

    /** Records in withheld leaf cells by rule. */
    public Map<Suppression.Rule, Long> suppressedRecordsByRule() {
        Map<Suppression.Rule, Long> byRule = new EnumMap<>(Suppression.Rule.class);
        for (Suppression s : suppressed) {
            if (s.leaf()) {
                byRule.merge(s.rule(), s.records(), Long::sum);
            }
        }
        return byRule;
    }

    /** The check a reader can repeat: input = published + suppressed + unplaced. */
    public boolean balances() {
        return inputRecords() == publishedRecords() + suppressedRecords() + unplacedRecords();
    }
}
