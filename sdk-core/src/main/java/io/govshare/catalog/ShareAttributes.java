package io.govshare.catalog;

/**
 * 共享属性.
 *
 * @param condition 共享条件, required for {@link ShareType#CONDITIONAL}
 * @param basis     the law, regulation or policy cited, required for CONDITIONAL and NONE
 */
public record ShareAttributes(ShareType type, String condition, String basis, ShareMethod method) {
}
