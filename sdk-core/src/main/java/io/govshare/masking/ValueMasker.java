package io.govshare.masking;

/**
 * One compiled {@link MaskingRule}: turns a value into its desensitised form. Null stays null, and apart from
 * {@link MaskingTechnique#SUPPRESS} the empty string stays empty. Implementations made by
 * {@link MaskingRule#compile} are thread-safe and do their set-up once, so calling them per value is cheap.
 */
@FunctionalInterface
public interface ValueMasker {

    String mask(String value);
}
