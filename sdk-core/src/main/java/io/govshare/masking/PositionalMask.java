package io.govshare.masking;

/**
 * The KEEP_… and MASK_… techniques: replace code points by position. One rule holds for all of them: a
 * non-empty value never comes back unchanged; if the positions select nothing to mask, everything is masked.
 */
final class PositionalMask {

    private PositionalMask() {
    }

    static ValueMasker keepFirstLast(int firstN, int lastM, int replaceChar) {
        return value -> {
            int count = count(value);
            return mask(value, count, firstN, count - lastM, true, replaceChar);
        };
    }

    static ValueMasker maskFirstLast(int firstN, int lastM, int replaceChar) {
        return value -> {
            int count = count(value);
            return mask(value, count, firstN, count - lastM, false, replaceChar);
        };
    }

    static ValueMasker keepFromTo(int fromX, int toY, int replaceChar) {
        return value -> mask(value, count(value), fromX, toY + 1, false, replaceChar);
    }

    static ValueMasker maskFromTo(int fromX, int toY, int replaceChar) {
        return value -> mask(value, count(value), fromX, toY + 1, true, replaceChar);
    }

    static ValueMasker maskBefore(String specialChars, int firstN, int replaceChar) {
        return value -> {
            int at = value.indexOf(specialChars);
            if (at < 0) {
                return maskAll(value, replaceChar);
            }
            int before = value.codePointCount(0, at);
            // A part no longer than firstN would be kept whole: mask all of it instead.
            int from = firstN < before ? firstN : 0;
            return mask(value, count(value), from, before, true, replaceChar);
        };
    }

    static ValueMasker maskAfter(String specialChars, int replaceChar) {
        return value -> {
            int at = value.indexOf(specialChars);
            if (at < 0) {
                return maskAll(value, replaceChar);
            }
            int count = count(value);
            int from = value.codePointCount(0, at + specialChars.length());
            return mask(value, count, from, count, true, replaceChar);
        };
    }

    /** Every code point replaced: what is left of a value a technique cannot read. */
    static String maskAll(String value, int replaceChar) {
        int count = count(value);
        return mask(value, count, 0, count, true, replaceChar);
    }

    /**
     * Replaces the code points whose index lies in [from, to) when {@code inside}, or outside it otherwise; the
     * range is cut to the value. Masks everything if that would replace nothing.
     */
    private static String mask(String value, int count, int from, int to, boolean inside, int replaceChar) {
        int start = Math.max(0, Math.min(from, count));
        int end = Math.max(start, Math.min(to, count));
        int masked = inside ? end - start : count - (end - start);
        if (masked == 0) {
            start = 0;
            end = count;
            inside = true;
        }
        if (count == value.length() && !Character.isSupplementaryCodePoint(replaceChar)) {
            // no surrogate pairs (almost every value): code point index = char index, so mask in a char array
            char[] chars = value.toCharArray();
            if (inside) {
                java.util.Arrays.fill(chars, start, end, (char) replaceChar);
            } else {
                java.util.Arrays.fill(chars, 0, start, (char) replaceChar);
                java.util.Arrays.fill(chars, end, chars.length, (char) replaceChar);
            }
            return new String(chars);
        }
        StringBuilder out = new StringBuilder(value.length() + 2);
        int index = 0;
        for (int offset = 0; offset < value.length(); index++) {
            int codePoint = value.codePointAt(offset);
            boolean inRange = index >= start && index < end;
            out.appendCodePoint(inRange == inside ? replaceChar : codePoint);
            offset += Character.charCount(codePoint);
        }
        return out.toString();
    }

    private static int count(String value) {
        return value.codePointCount(0, value.length());
    }
}
