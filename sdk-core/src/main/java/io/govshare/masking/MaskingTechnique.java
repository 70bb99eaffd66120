package io.govshare.masking;

import java.util.List;

/**
 * How one value is desensitised (GB/T 37964 technique families), named after Apache ShardingSphere's mask
 * algorithms where one exists. A {@link MaskingRule} pairs a technique with its parameters.
 * <p>
 * For every technique except {@link #SUPPRESS}, null stays null and the empty string stays empty. Positions and
 * lengths count Unicode code points, so a Chinese character or an emoji is one position. The positional
 * techniques (KEEP_… and MASK_…) never return a non-empty value unchanged: when a rule would mask nothing
 * (a value too short for it), the whole value is masked.
 */
public enum MaskingTechnique {

    /** The value as it is. */
    KEEP,

    /**
     * Keeps the first {@code firstN} and last {@code lastM} code points and replaces the others with
     * {@code replaceChar} (default {@code *}): 段正淳 with 1 and 0 gives 段**.
     */
    KEEP_FIRST_N_LAST_M("firstN", "lastM", "replaceChar"),

    /** Keeps the code points from index {@code fromX} to {@code toY} (0-based, inclusive) and masks the rest. */
    KEEP_FROM_X_TO_Y("fromX", "toY", "replaceChar"),

    /** Masks the first {@code firstN} and last {@code lastM} code points and keeps the middle. */
    MASK_FIRST_N_LAST_M("firstN", "lastM", "replaceChar"),

    /** Masks the code points from index {@code fromX} to {@code toY} (0-based, inclusive, cut at the end). */
    MASK_FROM_X_TO_Y("fromX", "toY", "replaceChar"),

    /**
     * Masks what comes before the first occurrence of {@code specialChars}, except its first {@code firstN}
     * code points (default 0): with {@code @} and 1, zhang@example.com gives z****@example.com. Without the
     * special characters the whole value is masked.
     */
    MASK_BEFORE_SPECIAL_CHARS("specialChars", "firstN", "replaceChar"),

    /** Masks what comes after the first occurrence of {@code specialChars}; without them, the whole value. */
    MASK_AFTER_SPECIAL_CHARS("specialChars", "replaceChar"),

    /**
     * Keyed pseudonym: HMAC-SM3 of the value's UTF-8 bytes under the {@link ReleaseKey}, as lowercase hex cut to
     * {@code length} characters (8–64, default 64). The same value gives the same pseudonym within a release
     * key, so records can still be joined; without the key the value cannot be recovered by guessing.
     */
    HMAC_SM3("length"),

    /**
     * Format-preserving pseudonym for a 公民身份号码: 18 characters with a real birth date and a valid GB 11643
     * check character, derived from the value with HMAC-SM3 under the release key. {@code keep} lists what
     * survives from the original: {@code province} (digits 1–2, the default), {@code region} (digits 1–6),
     * {@code birthYear}, {@code birthDate}, {@code sex} (parity of digit 17), or {@code none}. A value that is not
     * a valid 公民身份号码 (including the 15-digit first generation) is masked entirely with {@code replaceChar}:
     * a near-miss may still be someone's number with a typo. A scanner cannot tell the output from a real number.
     */
    FPE_RESIDENT_ID("keep", "replaceChar"),

    /**
     * Format-preserving pseudonym for a 统一社会信用代码: 18 characters of the GB 32100 alphabet with a valid check
     * character, derived with HMAC-SM3 under the release key. {@code keep} lists what survives:
     * {@code type} (characters 1–2: registration authority and entity type), {@code province} (3–4),
     * {@code region} (3–8), or {@code none}; the default is {@code type,province}. A code with the right shape but
     * a wrong check character is still pseudonymised (some registered codes fail the check); any other value is
     * masked entirely with {@code replaceChar}.
     */
    FPE_CREDIT_CODE("keep", "replaceChar"),

    /**
     * A date (2024-03-15, 2024/3/15, 20240315, 2024年3月15日, optionally followed by a time) cut to
     * {@code granularity} MONTH (2024-03, the default) or YEAR (2024). A value that is not a date becomes null.
     */
    GENERALISE_DATE("granularity"),

    /**
     * An age band such as {@code 30-39} from a birth date, a 公民身份号码 or an age in years, counted on
     * {@code referenceDate} (yyyy-MM-dd; default: the day the rule is compiled, Beijing time). Bands are
     * {@code bandWidth} years wide (default 10); ages from {@code topAge} (default 90, a multiple of the width)
     * become {@code 90+}, because very old people are few. Anything else (future dates, ages over 150) becomes
     * null.
     */
    AGE_BAND("bandWidth", "topAge", "referenceDate"),

    /**
     * An address cut after its administrative units: {@code level} DISTRICT (区/县/旗/county-level 市, the
     * default), CITY (市/自治州/地区/盟) or PROVINCE (省/自治区/直辖市). 广东省深圳市南山区科技园… gives 广东省深圳市南山区.
     * An address in which no unit of the level is recognised becomes null.
     */
    GENERALISE_ADDRESS("level"),

    /**
     * A coordinate snapped to the centre of its grid cell, {@code cellMeters} (default 500) north–south and
     * east–west at {@code referenceLatitude} (default 35, the middle of China). {@code axis} PAIR (default) reads
     * {@code lon,lat} or WKT {@code POINT (lon lat)} and writes the same form; LON or LAT read one number. A value
     * that is not a coordinate in range becomes null.
     */
    GENERALISE_COORDINATES("cellMeters", "axis", "referenceLatitude"),

    /** The value becomes null, whatever it was. */
    SUPPRESS,

    /**
     * Replaces each character at random by one of the same class, as ShardingSphere's
     * GENERIC_TABLE_RANDOM_REPLACE: digits from {@code digits}, A–Z from {@code uppercase}, a–z and other letters
     * from {@code lowercase}, Chinese characters from {@code chinese}; punctuation and spaces are kept unless
     * {@code special} gives characters to draw them from. Not repeatable: use it where joining is not wanted.
     */
    RANDOM_REPLACE("digits", "uppercase", "lowercase", "chinese", "special");

    private final List<String> parameterNames;

    MaskingTechnique(String... parameterNames) {
        this.parameterNames = List.of(parameterNames);
    }

    /** The parameters this technique reads; any other name in a rule is an error. */
    public List<String> parameterNames() {
        return parameterNames;
    }
}
