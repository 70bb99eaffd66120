package io.govshare.standards;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A named list of codes, loaded from {@code standards/codelists/<name>.json}. Immutable. */
public final class CodeList {

    private final String name;
    private final String titleZh;
    private final String titleEn;
    private final String source;
    private final Map<String, Code> byCode;

    CodeList(String name, String titleZh, String titleEn, String source, List<Code> codes) {
        this.name = name;
        this.titleZh = titleZh;
        this.titleEn = titleEn;
        this.source = source;
        Map<String, Code> map = new LinkedHashMap<>();
        for (Code code : codes) {
            if (map.put(code.code(), code) != null) {
                throw new IllegalStateException("code list " + name + " has the code " + code.code() + " twice");
            }
        }
        this.byCode = map;
    }

    public String name() {
        return name;
    }

    public String title(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? titleZh : titleEn;
    }

    /** The standard or document the codes come from. */
    public String source() {
        return source;
    }

    /** The codes in the order of the list. */
    public List<Code> codes() {
        return List.copyOf(byCode.values());
    }

    public boolean contains(String code) {
        return byCode.containsKey(code);
    }

    public Optional<Code> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * The label of a code in the locale's language (Chinese or English).
     *
     * @throws IllegalArgumentException if the code is not in this list; the message lists the codes that are
     */
    public String label(String code, Locale locale) {
        Code found = byCode.get(code);
        if (found == null) {
            throw new IllegalArgumentException("'" + code + "' is not in the code list " + name + "; codes: "
                    + String.join(", ", byCode.keySet()));
        }
        return found.label(locale);
    }

    @Override
    public String toString() {
        return name + byCode.keySet();
    }
}
