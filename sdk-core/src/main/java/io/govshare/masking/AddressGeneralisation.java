package io.govshare.masking;

import java.util.List;

/**
 * GENERALISE_ADDRESS: keeps the administrative units at the start of an address, up to the level asked for.
 * <p>
 * Units are recognised by their suffixes: province 省/自治区/特别行政区 or one of the four 直辖市; prefecture
 * 市/自治州/地区/盟; county 区/县/旗/市/自治县/自治旗. A unit's name may not contain characters of streets and
 * smaller places (路, 街, 道, 号, 镇, 村, …) or other unit suffixes, and 市场/超市 and compounds such as 小区 or
 * 社区 are not units. The heuristic errs towards keeping less: a county whose name breaks these rules (市中区,
 * 镇原县) is dropped and the address ends at its city; when nothing is recognised the value becomes null.
 * White space is removed first.
 */
final class AddressGeneralisation {

    enum Level { PROVINCE, CITY, DISTRICT }

    /** Characters that end a unit's name: street and smaller places, and other units' suffixes. */
    private static final String NOT_IN_NAMES = "省市区县旗盟路街道巷弄号村镇乡楼栋幢室";
    /** {@link #NOT_IN_NAMES} as a table over the CJK block, so the per-character test is one array read. */
    private static final boolean[] ENDS_NAME = new boolean['\u9fff' - '\u4e00' + 1];

    static {
        NOT_IN_NAMES.chars().forEach(c -> ENDS_NAME[c - '\u4e00'] = true);
    }
    private static final List<String> MUNICIPALITIES = List.of("北京市", "天津市", "上海市", "重庆市");
    private static final List<String> PROVINCE_SUFFIXES = List.of("省", "自治区", "特别行政区");
    private static final List<String> CITY_SUFFIXES = List.of("自治州", "地区", "盟", "市");
    private static final List<String> AUTONOMOUS_COUNTY_SUFFIXES = List.of("自治县", "自治旗");
    private static final List<String> COUNTY_SUFFIXES = List.of("区", "县", "旗", "市");
    private static final List<String> NOT_UNITS = List.of("小区", "社区", "园区", "校区", "景区", "厂区", "街区",
            "片区", "超市");

    private AddressGeneralisation() {
    }

    static ValueMasker toLevel(Level level) {
        return value -> {
            String address = withoutWhiteSpace(value);
            int end = province(address);
            if (level == Level.PROVINCE) {
                return end == 0 ? null : address.substring(0, end);
            }
            end = Math.max(end, unitEnd(address, end, 1, 9, CITY_SUFFIXES));
            if (level == Level.DISTRICT) {
                int county = unitEnd(address, end, 1, 12, AUTONOMOUS_COUNTY_SUFFIXES);
                end = Math.max(end, county > 0 ? county : unitEnd(address, end, 1, 7, COUNTY_SUFFIXES));
            }
            return end == 0 ? null : address.substring(0, end);
        };
    }

    private static int province(String address) {
        for (String municipality : MUNICIPALITIES) {
            if (address.startsWith(municipality)) {
                return municipality.length();
            }
        }
        return unitEnd(address, 0, 2, 7, PROVINCE_SUFFIXES);
    }

    /**
     * The end of a unit that starts at {@code from}: the shortest name of allowed length followed by one of the
     * suffixes (市 not followed by 场), or 0 if there is none or it is a compound such as 小区.
     */
    private static int unitEnd(String address, int from, int minName, int maxName, List<String> suffixes) {
        for (int at = from; at < address.length() && at - from <= maxName; at++) {
            if (at - from >= minName) {
                char first = address.charAt(at);
                for (String suffix : suffixes) {
                    // the first character decides almost every time, and costs far less than startsWith
                    if (suffix.charAt(0) == first && address.startsWith(suffix, at) && !address.startsWith("市场", at)) {
                        int end = at + suffix.length();
                        return isCompound(address, end) ? 0 : end;
                    }
                }
            }
            char c = address.charAt(at);
            if (c < '\u4e00' || c > '\u9fff' || ENDS_NAME[c - '\u4e00']) {
                return 0;
            }
        }
        return 0;
    }

    private static boolean isCompound(String address, int end) {
        char last = address.charAt(end - 1);
        for (String compound : NOT_UNITS) {
            if (compound.charAt(compound.length() - 1) == last && address.startsWith(compound, end - compound.length())) {
                return true;
            }
        }
        return false;
    }

    private static String withoutWhiteSpace(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isWhitespace(value.charAt(i))) {
                StringBuilder compact = new StringBuilder(value.length());
                value.chars().filter(c -> !Character.isWhitespace(c)).forEach(c -> compact.append((char) c));
                return compact.toString();
            }
        }
        return value;
    }
}
