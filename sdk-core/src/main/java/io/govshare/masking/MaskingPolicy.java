package io.govshare.masking;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.DataItem;

/**
 * Which {@link MaskingRule} applies to each data item of a release, by item name. Immutable, in the order the
 * items were added.
 * <p>
 * A field the policy does not name is never released as it is: {@link RecordMasker} refuses records with such
 * fields, because a column added upstream and missed here would otherwise leak. Items that may go out unchanged
 * are named with {@link MaskingTechnique#KEEP}.
 * <p>
 * As JSON ({@link #fromJson}, {@link #toJson}):
 * <pre>{@code
 * {"items": {
 *   "公民身份号码": {"technique": "FPE_RESIDENT_ID", "parameters": {"keep": "province,sex"}},
 *   "姓名": {"preset": "CHINESE_NAME"},
 *   "联系电话": {"preset": "MOBILE", "parameters": {"lastM": "2"}},
 *   "办理日期": {"technique": "KEEP"}}}
 * }</pre>
 * An item names either a preset (whose parameters it may override) or a technique; unknown members, repeated
 * names and parameters the technique does not read are errors. Written policies always spell out technique and
 * parameters, so they read the same even if a preset changes.
 */
public final class MaskingPolicy {

    private final Map<String, MaskingRule> items;

    private MaskingPolicy(Map<String, MaskingRule> items) {
        this.items = Collections.unmodifiableMap(new LinkedHashMap<>(items));
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The safe starting policy for a catalog entry: each sensitive item gets the preset its name (or else its
     * description) suggests, e.g. 公民身份号码 → RESIDENT_ID, 手机号码 → MOBILE, 联系电话 → LANDLINE, 家庭住址 → ADDRESS,
     * 经度 → COORDINATES on one axis, and SUPPRESS when nothing fits; every other item is KEEP. Review it
     * before a release: quasi-identifiers such as 出生日期 or 性别 are not "sensitive" in every catalog.
     *
     * @throws MaskingPolicyException if two data items have the same name
     */
    public static MaskingPolicy defaultsFor(CatalogEntry entry) {
        Builder policy = builder();
        for (DataItem item : entry.dataItems()) {
            if (item.name() == null) {
                continue;
            }
            MaskingRule suggested = item.sensitive() ? MaskingPresets.suggestedFor(item) : null;
            policy.item(item.name(), item.sensitive()
                    ? (suggested != null ? suggested : MaskingRule.of(MaskingTechnique.SUPPRESS))
                    : MaskingRule.of(MaskingTechnique.KEEP));
        }
        return policy.build();
    }

    /**
     * Reads a policy written as in the class description.
     *
     * @throws MaskingPolicyException with the JSON path of the first problem ({@code items.姓名.technique}) and
     *                                the rule it breaks; {@code $} for text that is not JSON
     */
    public static MaskingPolicy fromJson(String json) {
        return PolicyJson.read(json);
    }

    /** The policy as JSON, items in order, parameters sorted. */
    public String toJson() {
        return PolicyJson.write(this);
    }

    /** Item name → rule, in order. */
    public Map<String, MaskingRule> items() {
        return items;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MaskingPolicy other && items.equals(other.items);
    }

    @Override
    public int hashCode() {
        return items.hashCode();
    }

    @Override
    public String toString() {
        return "MaskingPolicy" + items;
    }

    /** Collects item rules; an item may be named once. */
    public static final class Builder {

        private final Map<String, MaskingRule> items = new LinkedHashMap<>();

        private Builder() {
        }

        /** @throws MaskingPolicyException if the name is blank or already has a rule */
        public Builder item(String name, MaskingRule rule) {
            Objects.requireNonNull(rule, "rule");
            if (name == null || name.isBlank()) {
                throw new MaskingPolicyException("items", "an item needs a non-blank name");
            }
            if (items.putIfAbsent(name, rule) != null) {
                throw new MaskingPolicyException("items." + name,
                        "item '" + name + "' already has a rule: " + items.get(name));
            }
            return this;
        }

        public MaskingPolicy build() {
            return new MaskingPolicy(items);
        }
    }
}
