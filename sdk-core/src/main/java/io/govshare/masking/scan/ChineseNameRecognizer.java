package io.govshare.masking.scan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full Chinese names. Two to four Han characters are too common to be evidence on their own, so a name needs
 * context, and the surname list decides between a name and an ordinary word:
 * <ul>
 * <li>the whole value of a field named like 姓名/联系人/法定代表人: 0.85 with a known surname (or a 维吾尔 name
 * with ·), 0.6 without;</li>
 * <li>in text after 姓名/联系人/申请人… and a colon or space: 0.8; run straight on (户主关系): 0.45; a surname is
 * required, and the name is taken as the first three characters (four after a compound surname);</li>
 * <li>a whole value of two or three characters that starts with a surname, with no context: 0.3.</li>
 * </ul>
 * Forms that do not identify anyone are not names: 张先生, 王女士, 李总, and the 张某某 of published judgments; a
 * masked 张** is one Han character, so it is not one either.
 */
final class ChineseNameRecognizer implements Recognizer {

    private static final List<String> NAME_WORDS = List.of("姓名", "名字", "联系人", "法定代表人", "法人代表", "负责人",
            "申请人", "户主", "经办人", "监护人", "当事人", "收件人", "收货人", "代理人", "投诉人", "举报人", "患者", "签名");
    private static final Pattern AFTER_NAME_WORD = Pattern.compile(
            "(?:" + String.join("|", NAME_WORDS) + ")(?=([:：\\s]?)\\s*([\\u4e00-\\u9fff]{2,}))");

    // The most common single surnames (well over 90 % of the population) and the compound ones still in use.
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋"
            + "蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万"
            + "钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅"
            + "童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄"
            + "窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
            + "官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰"
            + "支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银"
            + "亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由";
    private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟",
            "公孙", "慕容", "令狐", "司徒", "夏侯", "长孙", "宇文", "轩辕", "端木", "独孤", "申屠", "太史", "澹台");
    private static final List<String> NOT_A_GIVEN_NAME = List.of("先生", "女士", "小姐", "同志", "老师", "师傅", "阿姨",
            "总", "经理", "主任", "局长", "处长", "科长", "书记", "氏");

    private final ContextWords nameFields = new ContextWords(NAME_WORDS);

    @Override
    public EntityType type() {
        return EntityType.CHINESE_NAME;
    }

    @Override
    public List<Match> find(CharSequence text, ScanContext context) {
        int start = firstNonSpace(text);
        int end = lastNonSpace(text) + 1;
        if (start < end && isWholeName(text, start, end)) {
            int surname = surnameLength(text, start);
            if (nameFields.inFieldName(context)) {
                boolean known = surname > 0 || indexOfDot(text, start, end) >= 0;
                return List.of(new Match(start, end, type(), known ? 0.85 : 0.6,
                        EnumSet.of(Evidence.PATTERN, Evidence.FIELD_NAME)));
            }
            if (surname > 0 && end - start <= surname + 2) {
                return List.of(new Match(start, end, type(), 0.3, EnumSet.of(Evidence.PATTERN)));
            }
        }
        return afterNameWords(text);
    }

    private List<Match> afterNameWords(CharSequence text) {
        List<Match> found = null;
        Matcher m = AFTER_NAME_WORD.matcher(text);
        while (m.find()) {
            int start = m.start(2);
            int surname = surnameLength(text, start);
            if (surname == 0) {
                continue;
            }
            int end = Math.min(m.end(2), start + surname + 2);
            if (!hasGivenName(text, start + surname, end)) {
                continue;
            }
            double score = m.group(1).isEmpty() ? 0.45 : 0.8;
            if (found == null) {
                found = new ArrayList<>(1);
            }
            found.add(new Match(start, end, type(), score, EnumSet.of(Evidence.PATTERN, Evidence.CONTEXT)));
        }
        return found == null ? List.of() : found;
    }

    /** Two to four Han characters, or Han parts joined by · as in 阿依古丽·买买提, and a real given name. */
    private static boolean isWholeName(CharSequence text, int start, int end) {
        int dot = indexOfDot(text, start, end);
        if (dot < 0) {
            return end - start >= 2 && end - start <= 4 && allHan(text, start, end)
                    && hasGivenName(text, start + Math.max(1, surnameLength(text, start)), end);
        }
        return end - start <= 20 && dot > start && allHanOrDot(text, start, end) && !isDot(text.charAt(end - 1));
    }

    private static boolean hasGivenName(CharSequence text, int from, int end) {
        if (from >= end) {
            return false;
        }
        String given = text.subSequence(from, end).toString();
        if (given.indexOf('某') >= 0) {
            return false;
        }
        for (String word : NOT_A_GIVEN_NAME) {
            if (given.startsWith(word)) {
                return false;
            }
        }
        return true;
    }

    /** 2 for a compound surname, 1 for a single one, 0 if the text does not start with a known surname. */
    private static int surnameLength(CharSequence text, int at) {
        if (at + 2 <= text.length() && COMPOUND_SURNAMES.contains(text.subSequence(at, at + 2).toString())) {
            return 2;
        }
        return at < text.length() && SURNAMES.indexOf(text.charAt(at)) >= 0 ? 1 : 0;
    }

    private static boolean allHan(CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!isHan(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean allHanOrDot(CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!isHan(c) && !isDot(c)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOfDot(CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (isDot(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isHan(char c) {
        return c >= '\u4e00' && c <= '\u9fff';
    }

    private static boolean isDot(char c) {
        return c == '·' || c == '•' || c == '\u30fb';
    }

    private static int firstNonSpace(CharSequence text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int lastNonSpace(CharSequence text) {
        int i = text.length() - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i;
    }
}
