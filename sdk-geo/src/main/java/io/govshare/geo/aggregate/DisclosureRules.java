package io.govshare.geo.aggregate;

import io.govshare.geo.GeoInputException;

/**
 * The confidentiality rules applied before a tabulation is published.
 * <ul>
 * <li><b>threshold</b> k: a cell with fewer than k records is suppressed;</li>
 * <li><b>(n, p) dominance</b>, for magnitudes: a cell is suppressed when its n largest contributors hold
 * more than p% of its total;</li>
 * <li><b>minimum contributors</b>, for magnitudes: a cell with fewer contributors is suppressed;</li>
 * <li><b>differencing guard</b>, always on: see {@link DisclosureControl}.</li>
 * </ul>
 *
 * @param k                   threshold, at least 1 (1 switches the threshold rule off)
 * @param dominanceN          n of the (n, p) rule, 0 for none
 * @param dominancePercent    p of the (n, p) rule, in (0, 100]
 * @param minContributors     at least 1
 */
public record DisclosureRules(int k, int dominanceN, double dominancePercent, int minContributors) {

    public DisclosureRules {
        if (k < 1) {
            throw new GeoInputException("k", "must be at least 1, got " + k);
        }
        if (dominanceN < 0) {
            throw new GeoInputException("dominance.n", "must be 0 (no dominance rule) or more, got " + dominanceN);
        }
        if (dominanceN > 0 && !(dominancePercent > 0 && dominancePercent <= 100)) {
            throw new GeoInputException("dominance.percent", "must be in (0, 100], got " + dominancePercent);
        }
        if (minContributors < 1) {
            throw new GeoInputException("minContributors", "must be at least 1, got " + minContributors);
        }
    }

    /** Only the threshold rule (and the differencing guard). */
    public static DisclosureRules threshold(int k) {
        return new DisclosureRules(k, 0, 100, 1);
    }

    /** The threshold and, for magnitudes, an (n, p) dominance rule and a minimum number of contributors. */
    public static DisclosureRules withDominance(int k, int n, double percent, int minContributors) {
        return new DisclosureRules(k, n, percent, minContributors);
    }

    /** Why one set of records may not be published on its own, or null if it may. */
    Suppression.Rule primaryRule(long count, double total, double largestN, boolean magnitudes) {
        if (count < k) {
            return Suppression.Rule.THRESHOLD;
        }
        if (magnitudes && count < minContributors) {
            return Suppression.Rule.MIN_CONTRIBUTORS;
        }
        if (magnitudes && dominanceN > 0 && total > 0 && largestN > total * dominancePercent / 100) {
            return Suppression.Rule.DOMINANCE;
        }
        return null;
    }
}
