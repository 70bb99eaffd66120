package io.govshare.app.opendata.release;

import io.govshare.identifiers.ResidentIds;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;

/**
 * Synthetic people of the demo city (示范市, fictional region code 3905xx) for the demo release of
 * 户籍人口抽样调查信息（脱敏）: valid 公民身份号码 (GB 11643 check character), common surnames, mobile numbers,
 * street addresses in five districts. The same seed gives the same people, so demos and tests agree. No record
 * describes a real person: the region codes do not exist.
 */
public final class DemoPopulation implements Iterator<JsonObject> {

    /** The demo city's districts: GB/T 2260-shaped codes under the fictional 390500 and their names. */
    public static final List<String[]> DISTRICTS = List.of(
            new String[]{"390502", "中山区"}, new String[]{"390503", "西湖区"}, new String[]{"390504", "江北区"},
            new String[]{"390505", "高新区"}, new String[]{"390521", "青山县"});

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志强文斌玉兰红梅海燕凤英建华欣怡子涵浩宇梓萱一诺宇轩思远";
    private static final String[] ROADS = {"解放路", "人民路", "建设路", "中山路", "和平街", "文化路", "光明巷", "新华街", "胜利路", "青年路"};
    private static final String[] EDUCATION = {"10", "20", "30", "60", "70", "80", "90"};
    private static final String[] MOBILE_PREFIXES = {"135", "136", "138", "139", "150", "158", "186", "188", "177", "199"};

    private final Random random;
    private final int size;
    private final LocalDate referenceDate;
    private int produced;

    public DemoPopulation(long seed, int size, LocalDate referenceDate) {
        this.random = new Random(seed);
        this.size = size;
        this.referenceDate = referenceDate;
    }

    @Override
    public boolean hasNext() {
        return produced < size;
    }

    @Override
    public JsonObject next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        produced++;
        String[] district = DISTRICTS.get(random.nextInt(DISTRICTS.size()));
        boolean male = random.nextBoolean();
        LocalDate birth = referenceDate.minusDays(random.nextInt(90 * 365));
        String sequence = String.format("%02d%d", random.nextInt(100), male ? 1 + 2 * random.nextInt(5) : 2 * random.nextInt(5));
        String first17 = district[0] + birth.toString().replace("-", "") + sequence;
        String id = first17 + ResidentIds.checkCharacterFor(first17);
        String name = SURNAMES.charAt(random.nextInt(SURNAMES.length())) + given();
        String mobile = MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)]
                + String.format("%08d", random.nextInt(100_000_000));
        String address = "示范市" + district[1] + ROADS[random.nextInt(ROADS.length)] + (1 + random.nextInt(300)) + "号"
                + (1 + random.nextInt(20)) + "栋" + (1 + random.nextInt(30)) + "0" + (1 + random.nextInt(4)) + "室";
        return Json.createObjectBuilder()
                .add("公民身份号码", id)
                .add("姓名", name)
                .add("性别", male ? "1" : "2")
                .add("出生日期", birth.toString())
                .add("联系电话", mobile)
                .add("现住址", address)
                .add("所属区县", district[1])
                .add("文化程度", EDUCATION[random.nextInt(EDUCATION.length)])
                .build();
    }

    private String given() {
        int length = 1 + random.nextInt(2);
        StringBuilder given = new StringBuilder();
        for (int i = 0; i < length; i++) {
            given.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return given.toString();
    }
}
