package io.govshare.masking.scan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Street addresses that reach a house, building or room: the anchor is a number followed by 号/弄/室/栋/幢/单元/
 * 楼/组, and the 30 characters of address text before it must name a road or village (路, 街, 巷, 道, 村,
 * 胡同…). That rules out 国发〔2020〕5号 and 地铁2号线. Score 0.6, 0.7 when an administrative unit (省, 市, 区, 县,
 * 旗, 镇, 乡) is there too; context words add the usual boost. Following numbers (88号3单元501室) are part of
 * the match, which starts where the address text before the anchor starts.
 * <p>
 * Anchoring on the number keeps it linear and means a masked address such as 北京市海淀区马******** is not
 * found: it has lost what identifies a household.
 */
final class AddressRecognizer implements Recognizer {

    private static final int LOOK_BACK = 30;
    private static final String[] NUMBER_SUFFIXES = {"号", "弄", "室", "栋", "幢", "单元", "楼", "组"};
    private static final String[] ROAD_WORDS = {"路", "街", "巷", "道", "弄", "村", "里", "屯", "庄", "苑", "园", "胡同",
            "社区", "小区", "大厦", "广场"};
    private static final String[] ADMIN_WORDS = {"省", "市", "区", "县", "旗", "镇", "乡"};

    private final ContextWords context = new ContextWords(List.of("地址", "住址", "住所", "居住", "户籍地", "所在地",
            "注册地", "住在", "address", "addr"));

    @Override
    public EntityType type() {
        return EntityType.ADDRESS;
    }

    @Override
    public List<Match> find(CharSequence text, ScanContext scanContext) {
        List<Match> found = null;
        int i = 0;
        while (i < text.length()) {
            int numberEnd = numberWithSuffix(text, i);
            if (numberEnd < 0) {
                i++;
                continue;
            }
            int start = addressTextBefore(text, i);
            if (!containsAny(text, start, i, ROAD_WORDS)) {
                i = numberEnd;
                continue;
            }
            int end = numberEnd;
            for (int next = numberWithSuffix(text, end); next > 0; next = numberWithSuffix(text, end)) {
                end = next;
            }
            double score = containsAny(text, start, i, ADMIN_WORDS) ? 0.7 : 0.6;
            EnumSet<Evidence> why = EnumSet.of(Evidence.PATTERN);
            score = context.boost(score, why, text, start, end, scanContext);
            if (found == null) {
                found = new ArrayList<>(1);
            }
            found.add(new Match(start, end, type(), score, why));
            i = end;
        }
        return found == null ? List.of() : found;
    }

    /**
     * If digits (joined by '-', as in 3-2-501) start at {@code at}, not inside a longer digit run, and a number
     * suffix follows them: the end of the suffix. Otherwise -1.
     */
    private static int numberWithSuffix(CharSequence text, int at) {
        if (!isDigit(text, at) || isDigit(text, at - 1)) {
            return -1;
        }
        int i = at;
        while (isDigit(text, i) || (i < text.length() && text.charAt(i) == '-' && isDigit(text, i + 1))) {
            i++;
        }
        for (String suffix : NUMBER_SUFFIXES) {
            if (regionEquals(text, i, suffix)) {
                return i + suffix.length();
            }
        }
        return -1;
    }

    /** Where the run of Han characters, letters, digits and '-' that ends at {@code end} starts, at most 30 back. */
    private static int addressTextBefore(CharSequence text, int end) {
        int start = end;
        while (start > 0 && end - start < LOOK_BACK && isAddressChar(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    private static boolean isAddressChar(char c) {
        return (c >= '\u4e00' && c <= '\u9fff') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')
                || (c >= 'a' && c <= 'z') || c == '-' || c == '#';
    }

    private static boolean containsAny(CharSequence text, int from, int to, String[] words) {
        for (int i = from; i < to; i++) {
            for (String word : words) {
                if (i + word.length() <= to && regionEquals(text, i, word)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isDigit(CharSequence text, int i) {
        return i >= 0 && i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }

    private static boolean regionEquals(CharSequence text, int at, String word) {
        if (at + word.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (text.charAt(at + k) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
