package io.govshare.masking.scan;

/**
 * Folds full-width ASCII forms to ASCII one character for one, so offsets into the result are offsets into the
 * original. Chinese input methods produce １３８, （０１０）, ＠ and ： that would otherwise hide an identifier.
 */
final class HalfWidth {

    private static final char FIRST = '\uFF01';
    private static final char LAST = '\uFF5E';
    private static final char IDEOGRAPHIC_SPACE = '\u3000';

    private HalfWidth() {
    }

    /** The text itself when it has nothing to fold, so plain text costs no copy. */
    static CharSequence fold(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (isFullWidth(text.charAt(i))) {
                return foldFrom(text, i);
            }
        }
        return text;
    }

    private static String foldFrom(CharSequence text, int first) {
        char[] chars = new char[text.length()];
        for (int i = 0; i < chars.length; i++) {
            char c = text.charAt(i);
            if (i < first || !isFullWidth(c)) {
                chars[i] = c;
            } else {
                chars[i] = c == IDEOGRAPHIC_SPACE ? ' ' : (char) (c - FIRST + '!');
            }
        }
        return new String(chars);
    }

    private static boolean isFullWidth(char c) {
        return (c >= FIRST && c <= LAST) || c == IDEOGRAPHIC_SPACE;
    }
}
