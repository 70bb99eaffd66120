package io.govshare.masking;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A rule's parameters read as the types its technique needs; every failure names the parameter, the technique
 * and the rule it breaks.
 */
final class Parameters {

    private final MaskingTechnique technique;
    private final Map<String, String> values;

    private Parameters(MaskingTechnique technique, Map<String, String> values) {
        this.technique = technique;
        this.values = values;
    }

    /** @throws MaskingPolicyException for a name the technique does not read or a null value */
    static Parameters of(MaskingTechnique technique, Map<String, String> values) {
        for (Map.Entry<String, String> entry : values.entrySet()) {
            if (!technique.parameterNames().contains(entry.getKey())) {
                throw new MaskingPolicyException(String.valueOf(entry.getKey()), technique + " has no parameter '"
                        + entry.getKey() + "'" + (technique.parameterNames().isEmpty()
                        ? "; it takes none" : "; it takes " + String.join(", ", technique.parameterNames())));
            }
            if (entry.getValue() == null) {
                throw new MaskingPolicyException(entry.getKey(), entry.getKey() + " must have a value");
            }
        }
        return new Parameters(technique, values);
    }

    int nonNegativeInt(String name) {
        String text = required(name);
        return parseInt(name, text, 0, Integer.MAX_VALUE, "a non-negative integer");
    }

    int intBetween(String name, int defaultValue, int min, int max) {
        String text = values.get(name);
        return text == null ? defaultValue
                : parseInt(name, text, min, max, "an integer from " + min + " to " + max);
    }

    double decimalBetween(String name, double defaultValue, double min, double max) {
        String text = values.get(name);
        if (text == null) {
            return defaultValue;
        }
        try {
            double value = Double.parseDouble(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(name, "a number from " + min + " to " + max);
    }

    /** A single character (code point), {@code *} when not given. */
    int replaceChar() {
        String text = values.get("replaceChar");
        if (text == null) {
            return '*';
        }
        if (text.codePointCount(0, text.length()) != 1) {
            throw invalid("replaceChar", "exactly one character");
        }
        return text.codePointAt(0);
    }

    String text(String name) {
        String text = required(name);
        if (text.isEmpty()) {
            throw invalid(name, "at least one character");
        }
        return text;
    }

    String text(String name, String defaultValue) {
        String text = values.get(name);
        if (text == null) {
            return defaultValue;
        }
        if (text.isEmpty()) {
            throw invalid(name, "at least one character");
        }
        return text;
    }

    <E extends Enum<E>> E choice(String name, Class<E> type, E defaultValue) {
        String text = values.get(name);
        if (text == null) {
            return defaultValue;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid(name, "one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /**
     * A comma-separated set of option names (case-insensitive, e.g. {@code birthYear}), or {@code none}. Each
     * option's name is its constant without underscores: BIRTH_YEAR is {@code birthYear}.
     */
    <E extends Enum<E>> Set<E> options(String name, Class<E> type, Set<E> defaultValue) {
        String text = values.get(name);
        if (text == null) {
            return defaultValue;
        }
        Set<E> chosen = EnumSet.noneOf(type);
        if (text.strip().equalsIgnoreCase("none")) {
            return chosen;
        }
        for (String part : text.split(",", -1)) {
            E option = null;
            for (E candidate : type.getEnumConstants()) {
                if (candidate.name().replace("_", "").equalsIgnoreCase(part.strip())) {
                    option = candidate;
                }
            }
            if (option == null) {
                throw invalid(name, "'none' or a comma-separated list of " + optionNames(type));
            }
            chosen.add(option);
        }
        return chosen;
    }

    LocalDate date(String name) {
        String text = values.get(name);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw invalid(name, "a date yyyy-MM-dd");
        }
    }

    /** The failure for a parameter whose value breaks a rule that involves other parameters. */
    MaskingPolicyException conflict(String name, String rule) {
        return new MaskingPolicyException(name, rule + " (" + technique + ")");
    }

    private String required(String name) {
        String text = values.get(name);
        if (text == null) {
            throw new MaskingPolicyException(name, name + " is required (" + technique + ")");
        }
        return text;
    }

    private int parseInt(String name, String text, int min, int max, String expected) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(name, expected);
    }

    private MaskingPolicyException invalid(String name, String expected) {
        return new MaskingPolicyException(name, name + " must be " + expected + " (" + technique + "), got '"
                + values.get(name) + "'");
    }

    private static <E extends Enum<E>> String optionNames(Class<E> type) {
        StringBuilder names = new StringBuilder();
        for (E option : type.getEnumConstants()) {
            String[] words = option.name().toLowerCase(Locale.ROOT).split("_");
            names.append(names.length() == 0 ? "" : ", ").append(words[0]);
            for (int i = 1; i < words.length; i++) {
                names.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
            }
        }
        return names.toString();
    }
}
