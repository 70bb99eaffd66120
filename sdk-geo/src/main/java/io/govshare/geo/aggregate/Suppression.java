package io.govshare.geo.aggregate;

/**
 * One withheld cell: which, why, and how many records it held.
 *
 * @param leaf whether the cell is a leaf (counted in the balance) rather than a total over other cells
 */
public record Suppression(String cellId, Rule rule, long records, boolean leaf) {

    /** The confidentiality rule that suppressed a cell. */
    public enum Rule {
        /** fewer than k records */
        THRESHOLD,
        /** fewer contributors than the minimum (magnitude tables) */
        MIN_CONTRIBUTORS,
        /** the n largest contributors hold more than p% of the total */
        DOMINANCE,
        /** withheld although safe, so that a published total minus its published parts cannot reveal a cell */
        COMPLEMENTARY,
        /** a total withheld because its parts could not protect a suppressed part */
        TOTAL_PROTECTION
    }
}
