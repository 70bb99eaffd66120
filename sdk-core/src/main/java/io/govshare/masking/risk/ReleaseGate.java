package io.govshare.masking.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.govshare.catalog.OpenType;

/**
 * Decides whether a dataset may be released, by holding its {@link RiskReport} to {@link GateThresholds}.
 * Every broken rule is reported, not only the first, each with the measured value and the limit.
 * <p>
 * An empty dataset passes: it discloses no one. A dataset analysed over no quasi-identifiers is blocked
 * ({@value #RULE_NO_QUASI_IDENTIFIERS}): all its records look alike, so it would pass every limit, and a
 * dataset that really concerns no person need not go through the gate. Immutable and thread-safe.
 */
public final class ReleaseGate {

    /** The smallest class is below k: 1/k exceeds {@link GateThresholds#maxProsecutorRisk()}. */
    public static final String RULE_PROSECUTOR = "risk.prosecutor";
    /** classes/records exceeds {@link GateThresholds#maxAverageRisk()}. */
    public static final String RULE_AVERAGE = "risk.average";
    /** Too many records sit in classes above {@link GateThresholds#recordRiskThreshold()}. */
    public static final String RULE_SHARE_AT_RISK = "risk.share-at-risk";
    /** The report was made over no quasi-identifiers. */
    public static final String RULE_NO_QUASI_IDENTIFIERS = "risk.no-quasi-identifiers";
    /** A {@link SuppressionPlan} drops more records than its limit allows. */
    public static final String RULE_SUPPRESSION_LIMIT = "risk.suppression-limit";

    private final GateThresholds thresholds;

    public ReleaseGate(GateThresholds thresholds) {
        if (thresholds == null) {
            throw new IllegalArgumentException("thresholds must not be null");
        }
        this.thresholds = thresholds;
    }

    /** A gate with {@link GateThresholds#forOpenType the default thresholds} of {@code openType}. */
    public static ReleaseGate forOpenType(OpenType openType) {
        return new ReleaseGate(GateThresholds.forOpenType(openType));
    }

    public GateThresholds thresholds() {
        return thresholds;
    }

    /** Checks the data as analysed. */
    public GateDecision check(RiskReport report) {
        if (report == null) {
            throw new IllegalArgumentException("report must not be null");
        }
        return new GateDecision(reasonsFor(report), 0);
    }

    /** Checks the data that remains after the plan's suppression, and the plan against its own limit. */
    public GateDecision check(SuppressionPlan plan) {
        if (plan == null) {
            throw new IllegalArgumentException("plan must not be null");
        }
        List<GateDecision.Reason> reasons = reasonsFor(plan.remaining());
        if (!plan.withinLimit()) {
            long all = plan.suppressedRecords() + plan.remaining().records();
            reasons.add(new GateDecision.Reason(RULE_SUPPRESSION_LIMIT, plan.suppressedShare(),
                    plan.maxSuppressedShare(),
                    format("Reaching k = %d drops %d of %d records (%.2f%%); the suppression limit is %.2f%%.",
                            plan.k(), plan.suppressedRecords(), all, 100 * plan.suppressedShare(),
                            100 * plan.maxSuppressedShare()),
                    format("为达到k=%d需删除%d/%d条记录（%.2f%%），超过删除上限%.2f%%。",
                            plan.k(), plan.suppressedRecords(), all, 100 * plan.suppressedShare(),
                            100 * plan.maxSuppressedShare())));
        }
        return new GateDecision(reasons, plan.suppressedRecords());
    }

    private List<GateDecision.Reason> reasonsFor(RiskReport report) {
        List<GateDecision.Reason> reasons = new ArrayList<>();
        if (report.quasiIdentifiers().isEmpty()) {
            reasons.add(new GateDecision.Reason(RULE_NO_QUASI_IDENTIFIERS, 0, 1,
                    "No quasi-identifiers were declared, so all records fall in one class and the risk cannot be"
                            + " judged; declare the fields an outsider could link to a person, such as age, sex"
                            + " or district.",
                    "未声明准标识符，所有记录落入同一等价类，无法评估重标识风险；请声明外部人员可据以关联到个人的字段，"
                            + "如年龄、性别、区县。"));
            return reasons;
        }
        if (report.prosecutorRisk() > thresholds.maxProsecutorRisk()) {
            long needed = thresholds.minimumClassSize();
            reasons.add(new GateDecision.Reason(RULE_PROSECUTOR, report.prosecutorRisk(),
                    thresholds.maxProsecutorRisk(),
                    format("The smallest equivalence class holds %d record(s), so a record in it can be"
                                    + " re-identified with probability %.4f; the limit is %.4f, which needs at least"
                                    + " %d records in every class.",
                            report.k(), report.prosecutorRisk(), thresholds.maxProsecutorRisk(), needed),
                    format("最小等价类仅有%d条记录，其中记录的重标识概率为%.4f，超过上限%.4f（每个等价类至少需要%d条记录）。",
                            report.k(), report.prosecutorRisk(), thresholds.maxProsecutorRisk(), needed)));
        }
        if (report.averageRisk() > thresholds.maxAverageRisk()) {
            reasons.add(new GateDecision.Reason(RULE_AVERAGE, report.averageRisk(), thresholds.maxAverageRisk(),
                    format("%d equivalence classes over %d records give an average re-identification risk of %.4f;"
                                    + " the limit is %.4f.",
                            report.equivalenceClasses(), report.records(), report.averageRisk(),
                            thresholds.maxAverageRisk()),
                    format("%d个等价类、%d条记录，平均重标识风险为%.4f，超过上限%.4f。",
                            report.equivalenceClasses(), report.records(), report.averageRisk(),
                            thresholds.maxAverageRisk())));
        }
        double threshold = thresholds.recordRiskThreshold();
        double share = report.shareAtRisk(threshold);
        if (share > thresholds.maxShareAtRisk()) {
            long atRisk = report.recordsAtRisk(threshold);
            reasons.add(new GateDecision.Reason(RULE_SHARE_AT_RISK, share, thresholds.maxShareAtRisk(),
                    format("%d of %d records (%.2f%%) are in equivalence classes whose re-identification risk"
                                    + " exceeds %.4f; at most %.2f%% may be.",
                            atRisk, report.records(), 100 * share, threshold, 100 * thresholds.maxShareAtRisk()),
                    format("%d/%d条记录（%.2f%%）所在等价类的重标识风险超过%.4f，上限为%.2f%%。",
                            atRisk, report.records(), 100 * share, threshold, 100 * thresholds.maxShareAtRisk())));
        }
        return reasons;
    }

    private static String format(String pattern, Object... arguments) {
        return String.format(Locale.ROOT, pattern, arguments);
    }
}
