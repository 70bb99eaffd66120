package io.govshare.geo.layer;

import io.govshare.geo.GeoInputException;
import io.govshare.identifiers.ResidentIds;

/**
 * 行政区划代码 (GB/T 2260): six digits, province (2) + prefecture (2) + county (2). A code ending in
 * {@code 0000} is a province-level unit, one ending in {@code 00} a prefecture-level unit, any other a
 * county-level unit. The hierarchy is read from the digits alone; whether a code is current is a matter
 * for a versioned code table, which this class does not hold.
 */
public record AdminCode(String value) implements Comparable<AdminCode> {

    /** The level of an administrative division: 省, 地市 or 区县. */
    public enum Level { PROVINCE, PREFECTURE, COUNTY }

    public AdminCode {
        if (value == null || value.length() != 6 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new GeoInputException("adminCode", "must be 6 digits (GB/T 2260), got '" + value + "'");
        }
        if (value.startsWith("00")) {
            throw new GeoInputException("adminCode", "'" + value + "' has no province (digits 1-2 are 00)");
        }
        if (value.substring(2, 4).equals("00") && !value.endsWith("00")) {
            throw new GeoInputException("adminCode", "'" + value + "' names a county under no prefecture (digits 3-4 are 00)");
        }
    }

    public static AdminCode of(String value) {
        return new AdminCode(value == null ? null : value.strip());
    }

    /** The county of registration in a 公民身份号码's first six digits (via sdk-core's {@link ResidentIds}). */
    public static AdminCode fromResidentId(String id) {
        if (!ResidentIds.isWellFormed(id)) {
            throw new GeoInputException("residentId", "is not a well-formed 18-character 公民身份号码");
        }
        return of(ResidentIds.regionCode(id));
    }

    /** The registration authority's area in a 统一社会信用代码 (characters 3–8, GB 32100-2015). */
    public static AdminCode fromCreditCode(String code) {
        if (code == null || code.strip().length() != 18) {
            throw new GeoInputException("creditCode", "must have 18 characters");
        }
        return of(code.strip().substring(2, 8));
    }

    public Level level() {
        if (value.endsWith("0000")) {
            return Level.PROVINCE;
        }
        return value.endsWith("00") ? Level.PREFECTURE : Level.COUNTY;
    }

    public AdminCode province() {
        return new AdminCode(value.substring(0, 2) + "0000");
    }

    /** The prefecture-level unit; a province answers itself. */
    public AdminCode prefecture() {
        return level() == Level.PROVINCE ? this : new AdminCode(value.substring(0, 4) + "00");
    }

    /** The unit one level up, or null for a province. */
    public AdminCode parent() {
        return switch (level()) {
            case PROVINCE -> null;
            case PREFECTURE -> province();
            case COUNTY -> prefecture();
        };
    }

    /** The code of this unit at a level at or above its own. */
    public AdminCode at(Level level) {
        if (level.compareTo(level()) > 0) {
            throw new GeoInputException("level", value + " is a " + level() + " code and has no " + level + " part");
        }
        return switch (level) {
            case PROVINCE -> province();
            case PREFECTURE -> prefecture();
            case COUNTY -> this;
        };
    }

    /** Whether this unit lies within (or is) the other. */
    public boolean isWithin(AdminCode other) {
        return switch (other.level()) {
            case PROVINCE -> value.startsWith(other.value.substring(0, 2));
            case PREFECTURE -> value.startsWith(other.value.substring(0, 4));
            case COUNTY -> value.equals(other.value);
        };
    }

    @Override
    public int compareTo(AdminCode o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
