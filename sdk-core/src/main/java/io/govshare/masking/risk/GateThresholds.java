package io.govshare.masking.risk;

import io.govshare.catalog.OpenType;

/**
 * The limits a {@link ReleaseGate} holds a {@link RiskReport} to. Each limit is inclusive: a value equal to it
 * passes.
 *
 * @param maxProsecutorRisk   the highest 1/k allowed, in (0, 1]; 0.05 means every class needs 20 records
 * @param maxAverageRisk      the highest classes/records allowed, in (0, 1]
 * @param maxShareAtRisk      the largest share of records allowed in classes whose risk exceeds
 *                            {@code recordRiskThreshold}, in [0, 1]
 * @param recordRiskThreshold the risk 1/size above which a record counts as at risk, in [0, 1]
 */
public record GateThresholds(double maxProsecutorRisk, double maxAverageRisk, double maxShareAtRisk,
        double recordRiskThreshold) {

    /** @throws IllegalArgumentException naming the limit that is out of its range (NaN included) */
    public GateThresholds {
        requireIn("maxProsecutorRisk", maxProsecutorRisk, false);
        requireIn("maxAverageRisk", maxAverageRisk, false);
        requireIn("maxShareAtRisk", maxShareAtRisk, true);
        requireIn("recordRiskThreshold", recordRiskThreshold, true);
    }

    /**
     * The default limits for an open type.
     * <ul>
     * <li>{@code UNCONDITIONAL} (无条件开放): anyone may download the file without an agreement, so assume an
     * attacker who knows the target is in it (prosecutor model) and bound the worst record, not the average.
     * Every limit is 0.05, i.e. every class holds at least 20 records and no record may be above that: the
     * upper end of the 0.04–0.05 acceptable risk used for public-use microdata (CIHI's public-use file,
     * El Emam et al., BMC Med Inform Decis Mak 11:53, 2011), evaluated as K-anonymity the way GB/T 42460-2023
     * does.</li>
     * <li>{@code CONDITIONAL} (有条件开放): only applicants the provider approved receive the file, under an
     * agreement the platform audits and can revoke, so a floor of k = 5 is accepted: every limit is 0.2. This
     * is the project's choice (issue 4), four times the public risk, and leans on those controls.</li>
     * </ul>
     * At these defaults the average and share limits follow from the prosecutor limit; they are set so that a
     * caller who relaxes the prosecutor limit keeps them, and so that each broken rule is reported on its own.
     *
     * @throws IllegalArgumentException for {@code NONE} (不予开放), which is never released
     */
    public static GateThresholds forOpenType(OpenType openType) {
        if (openType == null) {
            throw new IllegalArgumentException("openType must not be null");
        }
        return switch (openType) {
            case UNCONDITIONAL -> new GateThresholds(0.05, 0.05, 0, 0.05);
            case CONDITIONAL -> new GateThresholds(0.2, 0.2, 0, 0.2);
            case NONE -> throw new IllegalArgumentException(
                    "openType NONE (不予开放) is never released, so it has no release thresholds");
        };
    }

    public GateThresholds withMaxProsecutorRisk(double limit) {
        return new GateThresholds(limit, maxAverageRisk, maxShareAtRisk, recordRiskThreshold);
    }

    public GateThresholds withMaxAverageRisk(double limit) {
        return new GateThresholds(maxProsecutorRisk, limit, maxShareAtRisk, recordRiskThreshold);
    }

    public GateThresholds withMaxShareAtRisk(double limit) {
        return new GateThresholds(maxProsecutorRisk, maxAverageRisk, limit, recordRiskThreshold);
    }

    public GateThresholds withRecordRiskThreshold(double threshold) {
        return new GateThresholds(maxProsecutorRisk, maxAverageRisk, maxShareAtRisk, threshold);
    }

    /** The k that {@link #maxProsecutorRisk()} asks for: the smallest class size whose risk 1/size is within it. */
    public long minimumClassSize() {
        return smallestSizeWithin(maxProsecutorRisk);
    }

    /** The smallest size s with 1/s ≤ risk, by the same double comparison the gate makes, so the two agree. */
    static long smallestSizeWithin(double risk) {
        if (risk <= 0) {
            return Long.MAX_VALUE; // no class is small enough to be within a risk of 0
        }
        long size = Math.max(1, (long) Math.ceil(1 / risk));
        while (1.0 / size > risk) {
            size++;
        }
        while (size > 1 && 1.0 / (size - 1) <= risk) {
            size--;
        }
        return size;
    }

    /** Shared by every risk, share and threshold parameter of the package, so they all word the rule alike. */
    static void requireIn(String name, double value, boolean zeroAllowed) {
        boolean inRange = zeroAllowed ? value >= 0 && value <= 1 : value > 0 && value <= 1;
        if (!inRange) {
            throw new IllegalArgumentException(name + " must be in " + (zeroAllowed ? "[0, 1]" : "(0, 1]")
                    + ", was " + value);
        }
    }
}
