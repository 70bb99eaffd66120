package io.govshare.masking;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Applies a {@link MaskingPolicy} to records: every rule compiled once, then cheap per value. Thread-safe.
 * <p>
 * A field without a rule is refused with a {@link MaskingPolicyException} naming it, never passed through or
 * dropped silently: an unexpected column in a release is either a leak or a mistake someone must see. Give it a
 * rule (KEEP or SUPPRESS) to release the records.
 */
public final class RecordMasker {

    /** KEEP in records: the value object itself goes out, not its text. */
    private static final ValueMasker KEEP_OBJECT = value -> value;

    private final Map<String, ValueMasker> maskers;

    private RecordMasker(Map<String, ValueMasker> maskers) {
        this.maskers = maskers;
    }

    /** RANDOM_REPLACE rules draw from a {@link SecureRandom}. */
    public static RecordMasker of(MaskingPolicy policy, ReleaseKey key) {
        return of(policy, key, new SecureRandom());
    }

    /** @see MaskingRule#compile(ReleaseKey, RandomGenerator) */
    public static RecordMasker of(MaskingPolicy policy, ReleaseKey key, RandomGenerator random) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(key, "release key");
        Map<String, ValueMasker> maskers = new HashMap<>();
        for (Map.Entry<String, MaskingRule> item : policy.items().entrySet()) {
            MaskingRule rule = item.getValue();
            maskers.put(item.getKey(),
                    rule.technique() == MaskingTechnique.KEEP ? KEEP_OBJECT : rule.compile(key, random));
        }
        return new RecordMasker(maskers);
    }

    /**
     * A masked copy of the record, fields in the record's order. KEEP fields keep their value object; the others
     * are masked as text (a {@link JsonString}'s string, a {@link BigDecimal} in plain notation, else
     * {@code toString()}; JSON null is null) and come out as strings or null.
     *
     * @throws MaskingPolicyException naming a field the policy has no rule for
     */
    public Map<String, Object> mask(Map<String, ?> record) {
        Map<String, Object> masked = new LinkedHashMap<>(record.size() * 2);
        for (Map.Entry<String, ?> field : record.entrySet()) {
            ValueMasker masker = masker(field.getKey());
            Object value = field.getValue();
            masked.put(field.getKey(), masker == KEEP_OBJECT ? value : masker.mask(text(value)));
        }
        return masked;
    }

    /**
     * A masker for rows of text with this header, every column's rule looked up once.
     *
     * @throws MaskingPolicyException naming the first column the policy has no rule for
     */
    public RowMasker forHeader(List<String> header) {
        ValueMasker[] columns = new ValueMasker[header.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = masker(header.get(i));
        }
        return new RowMasker(header, columns);
    }

    private ValueMasker masker(String field) {
        ValueMasker masker = maskers.get(field);
        if (masker == null) {
            throw new MaskingPolicyException(String.valueOf(field), "field '" + field + "' has no rule in the"
                    + " masking policy; unknown fields are refused (add KEEP or SUPPRESS for it)");
        }
        return masker;
    }

    private static String text(Object value) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof JsonValue json && json.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }
}
