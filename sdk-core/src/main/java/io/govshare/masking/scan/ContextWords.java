package io.govshare.masking.scan;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words that make a candidate more likely, looked for in the field name and in a few characters around the
 * candidate (Presidio's context enhancement). Only consulted for candidates, so it costs nothing on text
 * without one. ASCII words match regardless of case.
 */
final class ContextWords {

    /** What a context word adds to a score, capped at 1 (Presidio's default). */
    static final double BOOST = 0.35;
    /** Chinese runs words together, so the window is counted in characters, not words. */
    private static final int BEFORE = 12;
    private static final int AFTER = 6;

    private final String[] words;

    ContextWords(List<String> words) {
        this.words = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).distinct().toArray(String[]::new);
        for (String word : this.words) {
            if (word.isBlank()) {
                throw new IllegalArgumentException("context words must not be blank");
            }
        }
    }

    boolean inFieldName(ScanContext context) {
        return context.fieldName() != null && containsAny(context.fieldName(), 0, context.fieldName().length());
    }

    private boolean near(CharSequence text, int start, int end) {
        return containsAny(text, Math.max(0, start - BEFORE), start)
                || containsAny(text, end, Math.min(text.length(), end + AFTER));
    }

    /**
     * Adds the boost when a word is in the field name or near the candidate, and records which.
     *
     * @return the new score
     */
    double boost(double score, Set<Evidence> why, CharSequence text, int start, int end, ScanContext context) {
        if (inFieldName(context)) {
            why.add(Evidence.FIELD_NAME);
        } else if (near(text, start, end)) {
            why.add(Evidence.CONTEXT);
        } else {
            return score;
        }
        return Math.min(1.0, score + BOOST);
    }

    private boolean containsAny(CharSequence text, int from, int to) {
        for (String word : words) {
            for (int i = from; i + word.length() <= to; i++) {
                if (startsWith(text, i, word)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean startsWith(CharSequence text, int at, String lowerWord) {
        for (int k = 0; k < lowerWord.length(); k++) {
            char c = text.charAt(at + k);
            if (c != lowerWord.charAt(k) && Character.toLowerCase(c) != lowerWord.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
