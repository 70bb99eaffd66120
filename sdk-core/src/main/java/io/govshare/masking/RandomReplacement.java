package io.govshare.masking;

import java.util.random.RandomGenerator;

/**
 * RANDOM_REPLACE: each character replaced by one drawn from the table of its class. Letters of other scripts
 * count as lowercase letters and other digits as digits, so nothing readable is kept; punctuation and spaces
 * are kept unless a {@code special} table is given.
 */
final class RandomReplacement implements ValueMasker {

    static final String DIGITS = "0123456789";
    static final String UPPERCASE = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static final String LOWERCASE = "abcdefghijklmnopqrstuvwxyz";
    /** Characters common in given names, so a replaced name still reads as a name. */
    static final String CHINESE = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国文辉林志鹏宇浩"
            + "晨阳欣怡梓涵子轩雨博佳琪思嘉俊海燕春梅丹玲彬斌飞凯波婷颖慧晶琳雪莉婉清云峰亮";

    private final int[] digits;
    private final int[] uppercase;
    private final int[] lowercase;
    private final int[] chinese;
    private final int[] special;
    private final RandomGenerator random;

    RandomReplacement(String digits, String uppercase, String lowercase, String chinese, String special,
                      RandomGenerator random) {
        this.digits = digits.codePoints().toArray();
        this.uppercase = uppercase.codePoints().toArray();
        this.lowercase = lowercase.codePoints().toArray();
        this.chinese = chinese.codePoints().toArray();
        this.special = special == null ? null : special.codePoints().toArray();
        this.random = random;
    }

    @Override
    public String mask(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int offset = 0; offset < value.length(); ) {
            int codePoint = value.codePointAt(offset);
            int[] table = tableFor(codePoint);
            out.appendCodePoint(table == null ? codePoint : table[random.nextInt(table.length)]);
            offset += Character.charCount(codePoint);
        }
        return out.toString();
    }

    private int[] tableFor(int codePoint) {
        if (codePoint >= 'A' && codePoint <= 'Z') {
            return uppercase;
        }
        if (codePoint >= 'a' && codePoint <= 'z') {
            return lowercase;
        }
        if (Character.isDigit(codePoint)) {
            return digits;
        }
        if (Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN) {
            return chinese;
        }
        if (Character.isLetter(codePoint)) {
            return lowercase;
        }
        return Character.isWhitespace(codePoint) ? null : special;
    }
}
