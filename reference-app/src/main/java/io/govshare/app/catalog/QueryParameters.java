package io.govshare.app.catalog;

import io.govshare.app.platform.FieldError;
import io.govshare.app.platform.domain.InvalidInput;
import io.govshare.catalog.CatalogKind;
import io.govshare.catalog.CatalogStatus;
import io.govshare.catalog.FormatType;
import io.govshare.catalog.OpenType;
import io.govshare.catalog.ShareType;
import io.govshare.catalog.UpdateCycle;
import jakarta.ws.rs.core.MultivaluedMap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the query parameters of a catalog request and collects every problem, so one 400 answer names them all.
 */
final class QueryParameters {

    /** The code list behind each enumerated filter; provider and classification are checked by shape. */
    private static final Map<String, Class<? extends Enum<?>>> ENUMERATED = Map.of(
            "kind", CatalogKind.class,
            "shareType", ShareType.class,
            "openType", OpenType.class,
            "format", FormatType.class,
            "updateCycle", UpdateCycle.class,
            "status", CatalogStatus.class);

    private final MultivaluedMap<String, String> given;
    private final List<FieldError> errors = new ArrayList<>();

    QueryParameters(MultivaluedMap<String, String> given) {
        this.given = given;
    }

    String text(String name) {
        String value = single(name);
        if (value != null && value.length() > 200) {
            errors.add(new FieldError(name, "length", name + " must be at most 200 characters"));
            return "";
        }
        return value == null ? "" : value;
    }

    /** A filter value, checked against its code list or shape; blank counts as absent. */
    Optional<String> enumValue(String name) {
        String value = single(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        value = value.strip();
        Class<? extends Enum<?>> codeList = ENUMERATED.get(name);
        if (codeList != null) {
            List<String> allowed = Arrays.stream(codeList.getEnumConstants()).map(Enum::name).toList();
            if (!allowed.contains(value)) {
                errors.add(new FieldError(name, "enum", name + " must be one of " + allowed + ", got '" + value + "'"));
                return Optional.empty();
            }
        } else if (name.equals("classification") && !value.chars().allMatch(Character::isDigit)) {
            errors.add(new FieldError(name, "format", "classification must be digits (a classification code prefix)"));
            return Optional.empty();
        } else if (name.equals("provider") && value.length() != 18) {
            errors.add(new FieldError(name, "format", "provider must be an 18-character 统一社会信用代码"));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    int intValue(String name, int defaultValue, int min, int max) {
        String value = single(name);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number < min || number > max) {
                errors.add(new FieldError(name, "range", name + " must be between " + min + " and " + max
                        + ", got " + number));
                return defaultValue;
            }
            return number;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, "type", name + " must be a whole number, got '" + value + "'"));
            return defaultValue;
        }
    }

    /** Typos such as {@code sharetype=} would otherwise be ignored and return unfiltered results. */
    void rejectUnknown(Set<String> known, Collection<String> alsoKnown) {
        for (String name : given.keySet()) {
            if (!known.contains(name) && !alsoKnown.contains(name)) {
                List<String> all = new ArrayList<>(known);
                all.addAll(alsoKnown);
                errors.add(new FieldError(name, "unknown-parameter", "unknown query parameter; known: " + all));
            }
        }
    }

    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidInput("The query parameters are not valid", errors);
        }
    }

    private String single(String name) {
        List<String> values = given.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            errors.add(new FieldError(name, "single", name + " may be given once"));
        }
        return values.get(0);
    }
}
