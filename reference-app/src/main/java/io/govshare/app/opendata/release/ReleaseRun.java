package io.govshare.app.opendata.release;

import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.DataItem;
import io.govshare.catalog.DataItemType;
import io.govshare.masking.MaskingRule;
import io.govshare.masking.MaskingTechnique;
import io.govshare.masking.RecordMasker;
import io.govshare.masking.ReleaseKey;
import io.govshare.masking.risk.GateDecision;
import io.govshare.masking.risk.ReleaseGate;
import io.govshare.masking.risk.RiskAnalyzer;
import io.govshare.masking.risk.RiskReport;
import io.govshare.masking.scan.EntityType;
import io.govshare.masking.scan.FieldFinding;
import io.govshare.masking.scan.Scan;
import io.govshare.masking.scan.ScanReport;
import io.govshare.masking.scan.SensitiveDataScanner;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One release's record-by-record work, without files or database: every record is scanned as it came (sensitive
 * content in items the catalog did not mark is reported to the provider), masked, scanned again and counted for the
 * re-identification risk; {@link #finish} then decides. Publish only if the masked output holds no personal
 * identifier the recognisers find and the risk passes the gate for the resource's 开放属性.
 * <p>
 * Suppressed items are left out of the output entirely, not written as empty columns.
 */
final class ReleaseRun {

    /** Identifiers of a person: found anywhere in released output, they block the release. */
    static final Set<EntityType> ALWAYS_BLOCKING = Set.of(EntityType.RESIDENT_ID, EntityType.MOBILE,
            EntityType.BANK_CARD, EntityType.PASSPORT);
    /**
     * Content that is public for enterprises (a 统一社会信用代码, a registered address or telephone) but personal in an
     * item marked sensitive: blocking there, reported elsewhere.
     */
    static final Set<EntityType> BLOCKING_IN_SENSITIVE_ITEMS = Set.of(EntityType.CREDIT_CODE, EntityType.LANDLINE,
            EntityType.EMAIL, EntityType.LICENCE_PLATE, EntityType.CHINESE_NAME, EntityType.ADDRESS, EntityType.IPV4);

    /** Whether to publish, and the report that says why (kept with the release either way). */
    record Verdict(boolean publish, JsonObject report) {
    }

    private final CatalogEntry entry;
    private final ReleasePolicy policy;
    private final Map<String, DataItem> items;
    private final List<String> columns = new ArrayList<>();
    private final List<String> suppressed = new ArrayList<>();
    private final RecordMasker masker;
    private final RiskAnalyzer risk;
    private final Scan inputScan;
    private final Scan outputScan;
    private long count;

    ReleaseRun(CatalogEntry entry, ReleasePolicy policy, ReleaseKey key, SensitiveDataScanner scanner) {
        this.entry = entry;
        this.policy = policy;
        this.items = entry.dataItems().stream()
                .collect(Collectors.toMap(DataItem::name, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        for (String name : ReleasePolicy.releasableItems(entry)) {
            (policy.masking().items().get(name).technique() == MaskingTechnique.SUPPRESS ? suppressed : columns).add(name);
        }
        this.masker = RecordMasker.of(policy.masking(), key);
        this.risk = RiskAnalyzer.over(policy.quasiIdentifiers());
        this.inputScan = scanner.start();
        this.outputScan = scanner.start();
    }

    List<String> columns() {
        return columns;
    }

    long count() {
        return count;
    }

    /** The released form of one record; the record must already conform to the catalog entry. */
    JsonObject process(JsonObject record) {
        inputScan.add(record);
        Map<String, JsonValue> full = new LinkedHashMap<>(record);
        items.keySet().forEach(name -> full.putIfAbsent(name, JsonValue.NULL)); // every item meets its rule
        Map<String, Object> masked = masker.mask(full);
        JsonObjectBuilder out = Json.createObjectBuilder();
        for (String column : columns) {
            Object value = masked.get(column);
            if (value == null) {
                out.addNull(column);
            } else if (value instanceof JsonValue json) {
                out.add(column, json);
            } else {
                out.add(column, typed(items.get(column).type(), value.toString()));
            }
        }
        JsonObject output = out.build();
        outputScan.add(output);
        risk.add(output);
        count++;
        return output;
    }

    Verdict finish() {
        RiskReport riskReport = risk.report();
        // Data about no one (facilities, enterprises' registered facts) has nothing to re-identify: with no item
        // marked sensitive and no quasi-identifier named, the gate is not asked. Personal data without a named
        // quasi-identifier is refused by the gate itself (risk.no-quasi-identifiers).
        GateDecision decision = !personal() && policy.quasiIdentifiers().isEmpty()
                ? new GateDecision(List.of(), 0)
                : ReleaseGate.forOpenType(entry.open().type()).check(riskReport);
        List<FieldFinding> found = new ArrayList<>();
        List<FieldFinding> exempt = new ArrayList<>();
        outputScan.report().findings().forEach(finding -> (isExempt(finding) ? exempt : found).add(finding));
        List<FieldFinding> blocking = blockingFindings(found);
        boolean publish = decision.passed() && blocking.isEmpty();
        return new Verdict(publish, report(publish, inputScan.report(), found, exempt, blocking, riskReport, decision));
    }

    /** Masked text as its item's JSON type where it still is one (an INTEGER kept as digits stays a number). */
    private static JsonValue typed(DataItemType type, String text) {
        if (type == DataItemType.INTEGER && text.matches("-?\\d{1,30}")) {
            return Json.createValue(new BigInteger(text));
        }
        if (type == DataItemType.BOOLEAN && (text.equals("true") || text.equals("false"))) {
            return text.equals("true") ? JsonValue.TRUE : JsonValue.FALSE;
        }
        return Json.createValue(text);
    }

    /**
     * Findings that stop a release: personal identifiers anywhere, other personal content in sensitive items. A
     * format-preserving pseudonym looks exactly like the identifier it replaces, so its own type in its own column
     * is expected and does not count; nor does anything in a column of keyed hashes or random replacements, whose
     * values are computed or drawn and hold no one's data (a 16-digit hex pseudonym contains an 11-digit run that
     * looks like a mobile number about once in a thousand values).
     */
    private List<FieldFinding> blockingFindings(List<FieldFinding> findings) {
        List<FieldFinding> blocking = new ArrayList<>();
        for (FieldFinding finding : findings) {
            DataItem item = items.get(finding.field());
            boolean sensitive = item != null && item.sensitive();
            if (ALWAYS_BLOCKING.contains(finding.type())
                    || (sensitive && BLOCKING_IN_SENSITIVE_ITEMS.contains(finding.type()))) {
                blocking.add(finding);
            }
        }
        return blocking;
    }

    /** Whether a finding is expected from the column's own technique (see {@link #blockingFindings}). */
    private boolean isExempt(FieldFinding finding) {
        MaskingRule rule = policy.masking().items().get(finding.field());
        MaskingTechnique technique = rule == null ? null : rule.technique();
        return (technique == MaskingTechnique.FPE_RESIDENT_ID && finding.type().equals(EntityType.RESIDENT_ID))
                || (technique == MaskingTechnique.FPE_CREDIT_CODE && finding.type().equals(EntityType.CREDIT_CODE))
                || technique == MaskingTechnique.HMAC_SM3 || technique == MaskingTechnique.RANDOM_REPLACE;
    }

    private boolean personal() {
        return items.values().stream().anyMatch(DataItem::sensitive);
    }

    private JsonObject report(boolean published, ScanReport input, List<FieldFinding> output,
                              List<FieldFinding> exempt, List<FieldFinding> blocking, RiskReport riskReport,
                              GateDecision decision) {
        JsonArrayBuilder reasons = Json.createArrayBuilder();
        for (FieldFinding finding : blocking) {
            reasons.add(Json.createObjectBuilder().add("rule", "open.scan-found-identifier")
                    .add("field", finding.field())
                    .add("message", finding.values() + " released value(s) of '" + finding.field() + "' still contain "
                            + finding.type().label() + " (" + finding.type().id() + "); first rows " + finding.firstRows())
                    .add("messageZh", "脱敏后的“" + finding.field() + "”仍含" + finding.type().label() + "，共 "
                            + finding.values() + " 条"));
        }
        for (GateDecision.Reason reason : decision.reasons()) {
            reasons.add(Json.createObjectBuilder().add("rule", reason.rule()).add("measured", reason.measured())
                    .add("limit", reason.limit()).add("message", reason.message())
                    .add("messageZh", reason.messageZh()));
        }
        JsonArrayBuilder histogram = Json.createArrayBuilder();
        riskReport.histogram().forEach(band -> histogram.add(Json.createObjectBuilder().add("from", band.from())
                .add("to", band.to()).add("classes", band.classes()).add("records", band.records())));
        return Json.createObjectBuilder()
                .add("published", published)
                .add("records", count)
                .add("columns", strings(columns))
                .add("suppressedColumns", strings(suppressed))
                .add("reasons", reasons)
                .add("risk", Json.createObjectBuilder()
                        .add("quasiIdentifiers", strings(riskReport.quasiIdentifiers()))
                        .add("equivalenceClasses", riskReport.equivalenceClasses())
                        .add("k", riskReport.k())
                        .add("prosecutorRisk", riskReport.prosecutorRisk())
                        .add("averageRisk", riskReport.averageRisk())
                        .add("uniqueRecords", riskReport.uniqueRecords())
                        .add("histogram", histogram)
                        .add("gatePassed", decision.passed())
                        .add("assessed", personal() || !policy.quasiIdentifiers().isEmpty()))
                .add("scan", Json.createObjectBuilder()
                        .add("output", findings(output))
                        .add("expectedInPseudonymColumns", findings(exempt))
                        .add("unmarkedInput", findings(input.unmarkedFindings(entry))))
                .build();
    }

    private static JsonArrayBuilder findings(List<FieldFinding> findings) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (FieldFinding finding : findings) {
            JsonArrayBuilder rows = Json.createArrayBuilder();
            finding.firstRows().forEach(rows::add);
            list.add(Json.createObjectBuilder().add("field", finding.field()).add("type", finding.type().id())
                    .add("label", finding.type().label()).add("values", finding.values()).add("firstRows", rows)
                    .add("maskedSamples", strings(finding.maskedSamples())).add("maxScore", finding.maxScore()));
        }
        return list;
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        values.forEach(list::add);
        return list;
    }
}
