package io.govshare.catalog.csv;

import io.govshare.standards.Code;
import io.govshare.standards.CodeList;
import io.govshare.standards.CodeLists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a code-list cell written as the code ({@code CONDITIONAL}, any case), the Chinese term of the standard
 * ({@code 有条件共享}) or the national numeric code where the standard has one ({@code 2}). The terms come from
 * {@code standards/codelists}, so a corrected code list changes what the template accepts without code changes.
 *
 * @param <E> the enum the code list stands for; its constant names are the codes
 */
final class CodeCell<E extends Enum<E>> {

    private final Map<String, E> byText = new HashMap<>();
    private final String accepted;

    CodeCell(String codeList, Class<E> type) {
        CodeList list = CodeLists.get(codeList);
        List<String> forms = new ArrayList<>();
        for (Code code : list.codes()) {
            E value = Enum.valueOf(type, code.code());
            byText.put(code.code().toUpperCase(Locale.ROOT), value);
            byText.put(code.zh(), value);
            String form = code.zh() + " (" + code.code();
            if (code.national() != null) {
                byText.put(code.national(), value);
                form += ", " + code.national();
            }
            forms.add(form + ")");
        }
        this.accepted = String.join(", ", forms);
    }

    /** The value, or null if the text is none of the accepted forms. */
    E find(String text) {
        E found = byText.get(text.strip());
        return found != null ? found : byText.get(text.strip().toUpperCase(Locale.ROOT));
    }

    /** Every accepted value, for error messages: "有条件共享 (CONDITIONAL, 2), ...". */
    String accepted() {
        return accepted;
    }
}
