package io.govshare.masking.scan;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A kind of sensitive content a {@link Recognizer} finds, such as a 公民身份号码 or a mobile number.
 * <p>
 * Not an enum, so that a vendor's recognizer can report a kind the SDK does not know (社保卡号, 车架号…) with
 * {@link #of}. Two types are equal when their ids are equal; the label is for people reading a report.
 */
public final class EntityType {

    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]*");

    /** 公民身份号码, GB 11643-1999: 18 characters with a birth date and a MOD 11-2 check character. */
    public static final EntityType RESIDENT_ID = new EntityType("RESIDENT_ID", "公民身份号码");
    /** 统一社会信用代码, GB 32100-2015: 18 characters with a MOD 31 check character. */
    public static final EntityType CREDIT_CODE = new EntityType("CREDIT_CODE", "统一社会信用代码");
    /** 手机号码: 11 digits starting 1[3-9], optionally with +86 and 3-4-4 grouping. */
    public static final EntityType MOBILE = new EntityType("MOBILE", "手机号码");
    /** 固定电话: an area code 0xx/0xxx and 7–8 digits. */
    public static final EntityType LANDLINE = new EntityType("LANDLINE", "固定电话");
    /** 银行卡号: 12 or 16–19 digits passing Luhn. */
    public static final EntityType BANK_CARD = new EntityType("BANK_CARD", "银行卡号");
    /** 电子邮箱. */
    public static final EntityType EMAIL = new EntityType("EMAIL", "电子邮箱");
    /** 机动车号牌: province abbreviation, a letter, then 5 characters (6 for new-energy vehicles). */
    public static final EntityType LICENCE_PLATE = new EntityType("LICENCE_PLATE", "机动车号牌");
    /** 姓名: a person's full name. */
    public static final EntityType CHINESE_NAME = new EntityType("CHINESE_NAME", "姓名");
    /** 地址: a street address down to a house, building or room number. */
    public static final EntityType ADDRESS = new EntityType("ADDRESS", "地址");
    /** IPv4 地址. */
    public static final EntityType IPV4 = new EntityType("IPV4", "IPv4地址");
    /** 护照号码 of the People's Republic of China: E or G and 8 digits, or E, a letter and 7 digits. */
    public static final EntityType PASSPORT = new EntityType("PASSPORT", "护照号码");

    private static final List<EntityType> BUILT_IN = List.of(RESIDENT_ID, CREDIT_CODE, MOBILE, LANDLINE, BANK_CARD,
            EMAIL, LICENCE_PLATE, CHINESE_NAME, ADDRESS, IPV4, PASSPORT);

    private final String id;
    private final String label;

    private EntityType(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /**
     * A type for a vendor's recognizer.
     *
     * @param id    upper case letters, digits and underscores, starting with a letter, e.g. {@code SOCIAL_SECURITY}
     * @param label what a person reading a report calls it, e.g. 社会保障卡号
     * @throws IllegalArgumentException if the id does not have that shape or the label is blank
     */
    public static EntityType of(String id, String label) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("entity type id '" + id
                    + "' must be upper case letters, digits and underscores, starting with a letter");
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("entity type label for " + id + " must not be blank");
        }
        return new EntityType(id, label);
    }

    /** The types the SDK's own recognizers report, in the order of {@link Recognizers#chinese()}. */
    public static List<EntityType> builtIn() {
        return BUILT_IN;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EntityType that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
