package io.govshare.masking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

import io.govshare.identifiers.BankCards;
import io.govshare.identifiers.CreditCodes;
import io.govshare.identifiers.ResidentIds;

/** Valid identifiers and personal values from a seeded generator, so every run tests the same values. */
final class Generated {

    static final int COUNT = 1_000;

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红建国文辉鹏宇浩晨阳欣怡涵轩雨博佳琪思嘉俊海燕";
    private static final String[] COMPOUND_SURNAMES = {"欧阳", "司马", "上官", "诸葛", "东方"};
    private static final String PLATE_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
    private static final String PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

    private final Random random;

    Generated(long seed) {
        this.random = new Random(seed);
    }

    <T> List<T> many(Supplier<T> next) {
        List<T> values = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            values.add(next.get());
        }
        return values;
    }

    String residentId() {
        LocalDate born = LocalDate.of(1930, 1, 1).plusDays(random.nextInt(33_000));
        String first17 = String.format("%02d%04d%s%03d", 11 + random.nextInt(55), random.nextInt(10_000),
                born.toString().replace("-", ""), random.nextInt(1000));
        String id = first17 + ResidentIds.checkCharacterFor(first17);
        if (!ResidentIds.isValid(id)) {
            throw new IllegalStateException("generated an invalid 公民身份号码 " + id);
        }
        return id;
    }

    String creditCode() {
        StringBuilder first17 = new StringBuilder("9" + "123".charAt(random.nextInt(3)));
        first17.append(String.format("%06d", random.nextInt(1_000_000)));
        for (int i = 0; i < 9; i++) {
            first17.append(CreditCodes.ALPHABET.charAt(random.nextInt(CreditCodes.ALPHABET.length())));
        }
        return first17.toString() + CreditCodes.checkCharacterFor(first17.toString());
    }

    String mobile() {
        return "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
    }

    String landline() {
        String area = random.nextBoolean() ? "0" + (10 + random.nextInt(20)) : "0" + (310 + random.nextInt(600));
        String number = String.format("%08d", 20_000_000 + random.nextInt(70_000_000));
        return area + (random.nextBoolean() ? "-" : "") + number;
    }

    String bankCard() {
        int length = 16 + random.nextInt(4);
        StringBuilder payload = new StringBuilder("62");
        while (payload.length() < length - 1) {
            payload.append(random.nextInt(10));
        }
        String card = payload.toString() + BankCards.luhnCheckDigitFor(payload);
        if (!BankCards.isValid(card)) {
            throw new IllegalStateException("generated an invalid card " + card);
        }
        return card;
    }

    String email() {
        StringBuilder local = new StringBuilder();
        int length = 1 + random.nextInt(12);
        for (int i = 0; i < length; i++) {
            local.append((char) ('a' + random.nextInt(26)));
        }
        if (random.nextBoolean()) {
            local.append(random.nextInt(1000));
        }
        String[] domains = {"qq.com", "163.com", "gov.cn", "example.com.cn"};
        return local + "@" + domains[random.nextInt(domains.length)];
    }

    String chineseName() {
        String surname = random.nextInt(20) == 0 ? COMPOUND_SURNAMES[random.nextInt(COMPOUND_SURNAMES.length)]
                : String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        StringBuilder name = new StringBuilder(surname);
        int given = 1 + random.nextInt(2);
        for (int i = 0; i < given; i++) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    String licencePlate() {
        StringBuilder plate = new StringBuilder()
                .append(PLATE_PROVINCES.charAt(random.nextInt(PLATE_PROVINCES.length())))
                .append(PLATE_LETTERS.charAt(random.nextInt(PLATE_LETTERS.length())));
        int length = random.nextInt(4) == 0 ? 6 : 5; // new-energy plates have 6 after the authority
        for (int i = 0; i < length; i++) {
            plate.append(random.nextBoolean() ? (char) ('0' + random.nextInt(10))
                    : PLATE_LETTERS.charAt(random.nextInt(PLATE_LETTERS.length())));
        }
        return plate.toString();
    }

    String date() {
        return LocalDate.of(1950, 1, 1).plusDays(random.nextInt(27_000)).toString();
    }

    String coordinates() {
        return String.format(Locale.ROOT, "%.6f,%.6f", 73 + random.nextDouble() * 62, 18 + random.nextDouble() * 35);
    }

    String address() {
        String[] units = {"广东省深圳市南山区", "北京市海淀区", "浙江省杭州市西湖区", "四川省成都市武侯区", "上海市浦东新区",
                "新疆维吾尔自治区乌鲁木齐市天山区", "湖北省恩施土家族苗族自治州恩施市"};
        String[] streets = {"科技园路", "中关村大街", "文三路", "人民南路", "世纪大道", "解放北路", "舞阳大道"};
        return units[random.nextInt(units.length)] + streets[random.nextInt(streets.length)]
                + (1 + random.nextInt(999)) + "号" + (1 + random.nextInt(30)) + "栋" + (101 + random.nextInt(2000)) + "室";
    }
}
