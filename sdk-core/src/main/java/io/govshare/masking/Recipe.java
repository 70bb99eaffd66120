package io.govshare.masking;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.random.RandomGenerator;

/**
 * A rule's parameters, validated and read once, waiting for the release key and random source that
 * {@link MaskingRule#compile} supplies. {@link #prepare} is the one place that knows every technique.
 */
@FunctionalInterface
interface Recipe {

    ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /** Builds the technique's masker; null stays null and empty stays empty around it (except SUPPRESS). */
    ValueMasker compile(ReleaseKey key, RandomGenerator random);

    /** @throws MaskingPolicyException naming the parameter and the rule it breaks */
    static Recipe prepare(MaskingTechnique technique, Parameters p) {
        return switch (technique) {
            case KEEP -> same(value -> value);
            case SUPPRESS -> (key, random) -> value -> null;
            case KEEP_FIRST_N_LAST_M -> same(PositionalMask.keepFirstLast(
                    p.nonNegativeInt("firstN"), p.nonNegativeInt("lastM"), p.replaceChar()));
            case MASK_FIRST_N_LAST_M -> same(PositionalMask.maskFirstLast(
                    p.nonNegativeInt("firstN"), p.nonNegativeInt("lastM"), p.replaceChar()));
            case KEEP_FROM_X_TO_Y -> {
                int[] range = range(p);
                yield same(PositionalMask.keepFromTo(range[0], range[1], p.replaceChar()));
            }
            case MASK_FROM_X_TO_Y -> {
                int[] range = range(p);
                yield same(PositionalMask.maskFromTo(range[0], range[1], p.replaceChar()));
            }
            case MASK_BEFORE_SPECIAL_CHARS -> same(PositionalMask.maskBefore(
                    p.text("specialChars"), p.intBetween("firstN", 0, 0, Integer.MAX_VALUE), p.replaceChar()));
            case MASK_AFTER_SPECIAL_CHARS -> same(PositionalMask.maskAfter(p.text("specialChars"), p.replaceChar()));
            case HMAC_SM3 -> {
                int length = p.intBetween("length", 64, 8, 64);
                yield (key, random) -> {
                    KeyedHash hash = new KeyedHash(key);
                    return keepEmpty(value -> hash.hex(value).substring(0, length));
                };
            }
            case FPE_RESIDENT_ID -> {
                var format = new ResidentIdFormat(
                        p.options("keep", ResidentIdFormat.Keep.class, ResidentIdFormat.DEFAULT_KEEP));
                yield pseudonym(technique, format, p.replaceChar());
            }
            case FPE_CREDIT_CODE -> {
                var format = new CreditCodeFormat(
                        p.options("keep", CreditCodeFormat.Keep.class, CreditCodeFormat.DEFAULT_KEEP));
                yield pseudonym(technique, format, p.replaceChar());
            }
            case GENERALISE_DATE -> same(DateGeneralisation.toGranularity(p.choice("granularity",
                    DateGeneralisation.Granularity.class, DateGeneralisation.Granularity.MONTH)));
            case AGE_BAND -> ageBand(p);
            case GENERALISE_ADDRESS -> same(AddressGeneralisation.toLevel(
                    p.choice("level", AddressGeneralisation.Level.class, AddressGeneralisation.Level.DISTRICT)));
            case GENERALISE_COORDINATES -> same(new CoordinateGrid(p.intBetween("cellMeters", 500, 1, 1_000_000),
                    p.decimalBetween("referenceLatitude", 35, -80, 80),
                    p.choice("axis", CoordinateGrid.Axis.class, CoordinateGrid.Axis.PAIR)).masker());
            case RANDOM_REPLACE -> {
                String digits = p.text("digits", RandomReplacement.DIGITS);
                String uppercase = p.text("uppercase", RandomReplacement.UPPERCASE);
                String lowercase = p.text("lowercase", RandomReplacement.LOWERCASE);
                String chinese = p.text("chinese", RandomReplacement.CHINESE);
                String special = p.text("special", null);
                yield (key, random) -> keepEmpty(
                        new RandomReplacement(digits, uppercase, lowercase, chinese, special, random));
            }
        };
    }

    /** A masker that needs neither key nor random source: built once, shared by every compilation. */
    private static Recipe same(ValueMasker masker) {
        ValueMasker wrapped = keepEmpty(masker);
        return (key, random) -> wrapped;
    }

    private static ValueMasker keepEmpty(ValueMasker masker) {
        return value -> value == null || value.isEmpty() ? value : masker.mask(value);
    }

    private static Recipe pseudonym(MaskingTechnique technique, FormatPreservingPseudonym.Format format,
                                    int replaceChar) {
        return (key, random) -> keepEmpty(
                new FormatPreservingPseudonym(new KeyedHash(key), technique, format, replaceChar));
    }

    private static int[] range(Parameters p) {
        int fromX = p.nonNegativeInt("fromX");
        int toY = p.nonNegativeInt("toY");
        if (toY < fromX) {
            throw p.conflict("toY", "toY must not be less than fromX " + fromX + ", got " + toY);
        }
        return new int[] {fromX, toY};
    }

    private static Recipe ageBand(Parameters p) {
        int width = p.intBetween("bandWidth", 10, 1, 150);
        int topAge = p.intBetween("topAge", 90, 1, 150);
        if (topAge % width != 0) {
            throw p.conflict("topAge", "topAge " + topAge + " must be a multiple of bandWidth " + width);
        }
        LocalDate reference = p.date("referenceDate");
        return (key, random) -> keepEmpty(DateGeneralisation.ageBand(width, topAge,
                reference != null ? reference : LocalDate.now(BEIJING)));
    }
}
