package io.govshare.masking.scan;

/** Why a {@link Match} was reported; a reviewer reads these to judge a finding. */
public enum Evidence {
    /** The text has the shape of the entity. Every match has this. */
    PATTERN,
    /** The check character or digit is right (GB 11643, GB 32100, Luhn). */
    CHECKSUM,
    /** The shape is right but the check character is wrong; kept at a low score (see {@link Recognizers}). */
    CHECKSUM_FAILED,
    /** A context word such as 身份证 or 手机 stands just before or after the match. */
    CONTEXT,
    /** The field's name contains a context word, e.g. a value of the field 手机号码. */
    FIELD_NAME
}
