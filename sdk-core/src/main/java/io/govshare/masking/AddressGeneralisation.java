package io.govshare.masking;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** A Chinese character that can be part of a unit's name. */
    private static final String NAME = "[\\u4e00-\\u9fff&&[^省市区县旗盟路街道巷弄号村镇乡楼栋幢室]]";
    private static final Pattern PROVINCE = Pattern.compile(
            "北京市|天津市|上海市|重庆市|" + NAME + "{2,7}?(?:省|自治区|特别行政区)");
    private static final Pattern CITY = Pattern.compile(NAME + "{1,9}?(?:自治州|地区|盟|市(?!场))");
    private static final Pattern COUNTY = Pattern.compile(
            NAME + "{1,12}?(?:自治县|自治旗)|" + NAME + "{1,7}?(?:区|县|旗|市(?!场))");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final List<String> NOT_UNITS = List.of("小区", "社区", "园区", "校区", "景区", "厂区", "街区",
            "片区", "超市");

    private AddressGeneralisation() {
    }

    static ValueMasker toLevel(Level level) {
        return value -> {
            String address = WHITE_SPACE.matcher(value).replaceAll("");
            Matcher matcher = PROVINCE.matcher(address);
            int end = unitEnd(matcher, 0);
            if (level == Level.PROVINCE) {
                return end == 0 ? null : address.substring(0, end);
            }
            end = Math.max(end, unitEnd(matcher.usePattern(CITY), end));
            if (level == Level.DISTRICT) {
                end = Math.max(end, unitEnd(matcher.usePattern(COUNTY), end));
            }
            return end == 0 ? null : address.substring(0, end);
        };
    }

    /** The end of a unit that starts exactly at {@code from}, or 0 if there is none. */
    private static int unitEnd(Matcher matcher, int from) {
        matcher.region(from, matcher.regionEnd());
        if (!matcher.lookingAt()) {
            return 0;
        }
        int end = matcher.end();
        String text = matcher.group();
        return NOT_UNITS.stream().anyMatch(text::endsWith) ? 0 : end;
    }
}
