package io.govshare.app.opendata.release;

import io.govshare.app.platform.FieldError;
import io.govshare.app.platform.ProblemException;
import io.govshare.app.platform.domain.InvalidInput;
import io.govshare.app.platform.domain.ValidationFailed;
import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.DataItem;
import io.govshare.catalog.ShareType;
import io.govshare.masking.MaskingPolicy;
import io.govshare.masking.MaskingPolicyException;
import io.govshare.masking.MaskingRule;
import io.govshare.masking.MaskingTechnique;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a resource is released: the masking rule of every data item and the quasi-identifiers the re-identification
 * risk is measured over. Stored as JSON, {@code {"masking": {"items": {...}}, "quasiIdentifiers": [...]}}.
 *
 * @param masking            one rule per released data item (see {@link MaskingPolicy})
 * @param quasiIdentifiers   data items that, combined, could single a person out (their released values are counted)
 */
public record ReleasePolicy(MaskingPolicy masking, List<String> quasiIdentifiers) {

    /** Techniques whose output keeps some information about a person: their columns are quasi-identifiers. */
    static final Set<MaskingTechnique> GENERALISING = EnumSet.of(MaskingTechnique.GENERALISE_DATE,
            MaskingTechnique.AGE_BAND, MaskingTechnique.GENERALISE_ADDRESS, MaskingTechnique.GENERALISE_COORDINATES);
    /** Item names that are quasi-identifiers wherever they appear (GB/T 42460 annex examples and common practice). */
    private static final Pattern QUASI_IDENTIFIER_NAME = Pattern.compile(
            ".*(性别|民族|年龄|出生|区县|区划|街道|乡镇|社区|婚姻|文化程度|学历|职业|籍贯|邮政编码).*");

    public ReleasePolicy {
        quasiIdentifiers = List.copyOf(quasiIdentifiers);
    }

    /**
     * The safe starting point for an entry: {@link MaskingPolicy#defaultsFor} for the items, and as
     * quasi-identifiers every generalised item plus the kept items whose names are typical quasi-identifiers.
     */
    static ReleasePolicy defaultsFor(CatalogEntry entry) {
        MaskingPolicy masking = MaskingPolicy.defaultsFor(entry);
        List<String> quasi = new ArrayList<>();
        masking.items().forEach((name, rule) -> {
            if (GENERALISING.contains(rule.technique())
                    || (rule.technique() == MaskingTechnique.KEEP && QUASI_IDENTIFIER_NAME.matcher(name).matches())) {
                quasi.add(name);
            }
        });
        return new ReleasePolicy(masking, quasi);
    }

    /** The data items a release may contain: every item whose effective share type is not 不予共享. */
    static List<String> releasableItems(CatalogEntry entry) {
        ShareType resource = entry.share() == null ? null : entry.share().type();
        return entry.dataItems().stream().filter(item -> item.effectiveShareType(resource) != ShareType.NONE)
                .map(DataItem::name).toList();
    }

    /**
     * Checks the policy against the entry: a rule for every releasable item, no rule for an item that does not exist
     * or must not leave its provider, quasi-identifiers that are released columns.
     *
     * @throws ProblemException 422 naming each field and rule
     */
    void checkAgainst(CatalogEntry entry) {
        List<FieldError> errors = new ArrayList<>();
        List<String> releasable = releasableItems(entry);
        Set<String> all = new LinkedHashSet<>();
        entry.dataItems().forEach(item -> all.add(item.name()));
        for (String item : releasable) {
            if (!masking.items().containsKey(item)) {
                errors.add(new FieldError("masking.items." + item, "open.policy-missing-item",
                        "data item '" + item + "' has no masking rule; give it one (KEEP or SUPPRESS at least)"));
            }
        }
        for (String item : masking.items().keySet()) {
            if (!all.contains(item)) {
                errors.add(new FieldError("masking.items." + item, "open.policy-unknown-item",
                        "'" + item + "' is not a data item of " + entry.code().value()));
            } else if (!releasable.contains(item)
                    && masking.items().get(item).technique() != MaskingTechnique.SUPPRESS) {
                errors.add(new FieldError("masking.items." + item, "open.policy-item-not-shared",
                        "'" + item + "' is 不予共享 and can only be SUPPRESS"));
            }
        }
        for (int i = 0; i < quasiIdentifiers.size(); i++) {
            String name = quasiIdentifiers.get(i);
            MaskingRule rule = masking.items().get(name);
            if (rule == null || !releasable.contains(name)) {
                errors.add(new FieldError("quasiIdentifiers[" + i + "]", "open.policy-unknown-item",
                        "'" + name + "' is not a released data item"));
            } else if (rule.technique() == MaskingTechnique.SUPPRESS) {
                errors.add(new FieldError("quasiIdentifiers[" + i + "]", "open.policy-suppressed-quasi-identifier",
                        "'" + name + "' is suppressed, so it is not released and cannot identify anyone; remove it"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed("The release policy does not fit " + entry.code().value(), errors);
        }
    }

    String toJson() {
        JsonArrayBuilder quasi = Json.createArrayBuilder();
        quasiIdentifiers.forEach(quasi::add);
        JsonObject maskingJson = Json.createReader(new StringReader(masking.toJson())).readObject();
        return Json.createObjectBuilder().add("masking", maskingJson).add("quasiIdentifiers", quasi).build().toString();
    }

    JsonObject toJsonObject() {
        return Json.createReader(new StringReader(toJson())).readObject();
    }

    /** @throws ProblemException 400 naming the field and rule */
    static ReleasePolicy fromJson(JsonObject json) {
        if (json == null) {
            throw new InvalidInput("body", "required", "a JSON object with masking and quasiIdentifiers");
        }
        for (String member : json.keySet()) {
            if (!member.equals("masking") && !member.equals("quasiIdentifiers")) {
                throw new InvalidInput(member, "open.policy-unknown-member",
                        "unknown member '" + member + "'; a policy has masking and quasiIdentifiers");
            }
        }
        JsonValue maskingJson = json.get("masking");
        if (maskingJson == null || maskingJson.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInput("masking", "required", "masking must be an object {\"items\": {...}}");
        }
        MaskingPolicy masking;
        try {
            masking = MaskingPolicy.fromJson(maskingJson.toString());
        } catch (MaskingPolicyException e) {
            throw new InvalidInput("masking." + e.path(), "open.policy-masking", e.getMessage());
        }
        JsonValue quasiJson = json.get("quasiIdentifiers");
        List<String> quasi = new ArrayList<>();
        if (quasiJson != null && quasiJson.getValueType() != JsonValue.ValueType.NULL) {
            if (!(quasiJson instanceof JsonArray array)) {
                throw new InvalidInput("quasiIdentifiers", "type", "quasiIdentifiers must be an array of "
                        + "data-item names");
            }
            for (int i = 0; i < array.size(); i++) {
                if (!(array.get(i) instanceof JsonString name) || name.getString().isBlank()) {
                    throw new InvalidInput("quasiIdentifiers[" + i + "]", "type", "must be a data-item name");
                }
                if (quasi.contains(name.getString())) {
                    throw new InvalidInput("quasiIdentifiers[" + i + "]", "unique",
                            "'" + name.getString() + "' is listed twice");
                }
                quasi.add(name.getString());
            }
        }
        return new ReleasePolicy(masking, quasi);
    }

    static ReleasePolicy fromStored(String json) {
        try {
            return fromJson(Json.createReader(new StringReader(json)).readObject());
        } catch (JsonException e) {
            throw new IllegalStateException("stored release policy is not JSON", e);
        }
    }
}
