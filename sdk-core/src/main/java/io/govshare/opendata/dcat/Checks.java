package io.govshare.opendata.dcat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The rules every text and link of the open-catalog model follows, with messages that name the field. */
final class Checks {

    private Checks() {
    }

    /**
     * Non-blank text that every serialisation can carry unchanged: no control characters other than tab, line
     * feed and carriage return (XML 1.0 cannot hold them), no unpaired surrogates and no U+FFFE or U+FFFF.
     */
    static String text(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowedControl = c == '\t' || c == '\n' || c == '\r';
            if (Character.isISOControl(c) && !allowedControl || c == '\uFFFE' || c == '\uFFFF') {
                throw new IllegalArgumentException(field + " must not contain the control character "
                        + codePoint(c) + " (at index " + i + ")");
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(field + " has an unpaired surrogate " + codePoint(c)
                        + " (at index " + i + ")");
            }
        }
        return value;
    }

    /** An absolute http or https URL with an authority (host): what a harvester can follow. */
    static URI webUri(URI value, String field) {
        Objects.requireNonNull(value, field);
        String scheme = value.getScheme() == null ? "" : value.getScheme().toLowerCase(Locale.ROOT);
        if (!value.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || value.getRawAuthority() == null) {
            throw new IllegalArgumentException(field + " must be an absolute http or https URL with a host, got '"
                    + value + "'");
        }
        return value;
    }

    static Term.Iri iri(URI uri) {
        return new Term.Iri(uri.toString());
    }

    /** Collects the required fields a builder was not given, to name them all in one message. */
    static final class Required {
        private final List<String> missing = new ArrayList<>();

        Required field(Object value, String name) {
            if (value == null) {
                missing.add(name);
            }
            return this;
        }

        /** @throws IllegalStateException naming the missing fields of {@code what} */
        void check(String what) {
            if (!missing.isEmpty()) {
                throw new IllegalStateException(what + " needs " + String.join(", ", missing));
            }
        }
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }
}
