package io.govshare.benchmarks;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Records of a 户籍人口变更 (household-register change) resource, the kind of extract a public-security node sends
 * every day: record <i>i</i> is always the same, and about 200 bytes as a JSON line (mostly Chinese text, as in
 * real extracts — three bytes a character in UTF-8); no two records of the first 25 million name the same person.
 * {@link #catalogEntry} is the catalog entry the records conform to, so the hub accepts them.
 */
final class ExchangeRecords {

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"};
    private static final String[] GIVEN_NAMES = {"伟", "芳", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳",
            "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平"};
    private static final String[] CHANGES = {"迁入", "迁出", "出生", "死亡", "变更"};
    private static final String[] DISTRICTS = {"城东区", "城西区", "城南区", "城北区", "高新区"};
    private static final String[] STREETS = {"幸福路", "人民路", "建设街", "和平里", "文化路", "解放大街", "滨河路"};
    private static final String[] STATIONS = {"东关派出所", "西湖派出所", "南门派出所", "北苑派出所", "新区派出所"};

    private static final LocalDate FIRST_BIRTH_DATE = LocalDate.of(1950, 1, 1);
    private static final int BIRTH_DAYS = 25_550;

    private ExchangeRecords() {
    }

    /** Record {@code i}: a change to the register of one person; the same {@code i} always gives the same record. */
    static JsonObject record(long i) {
        // A multiplicative hash spreads consecutive records over the vocabularies, as real extracts are not sorted.
        long h = (i + 1) * 0x9E3779B97F4A7C15L;
        int a = (int) (h >>> 40);
        int district = Math.floorMod(a, DISTRICTS.length);
        // birth date and sequence number from i alone, so no two records name the same person: 7919 is prime to
        // the 25,550 days of 1950-2019, so the dates of consecutive thousands are a permutation of those days
        LocalDate born = FIRST_BIRTH_DATE.plusDays(Math.floorMod(i / 1000 * 7919, BIRTH_DAYS));
        return Json.createObjectBuilder()
                .add("身份证号", String.format("1139%02d%s%03d%d", 1 + district,
                        born.format(DateTimeFormatter.BASIC_ISO_DATE), Math.floorMod(i, 1000),
                        Math.floorMod(h >>> 20, 10)))
                .add("姓名", SURNAMES[Math.floorMod(a >> 5, SURNAMES.length)]
                        + GIVEN_NAMES[Math.floorMod(a >> 11, GIVEN_NAMES.length)])
                .add("变更类型", CHANGES[Math.floorMod(a >> 17, CHANGES.length)])
                .add("变更日期", String.format("2026-%02d-%02d", 1 + Math.floorMod(i / 9, 11), 1 + Math.floorMod(i, 28)))
                .add("户籍地址", DISTRICTS[district] + STREETS[Math.floorMod(a >> 19, STREETS.length)]
                        + (1 + Math.floorMod(i, 300)) + "号" + (1 + Math.floorMod(a >> 2, 6)) + "单元"
                        + (101 + Math.floorMod(a >> 7, 18) * 100 + Math.floorMod(a >> 4, 4)) + "室")
                .add("登记机关", STATIONS[district])
                .add("家庭人口", 1 + Math.floorMod(a >> 23, 6))
                .build();
    }

    /** The bytes of {@code record} as a JSON line, {@code \n} included, as the packet writer writes it. */
    static int lineBytes(JsonObject record) {
        return record.toString().getBytes(StandardCharsets.UTF_8).length + 1;
    }

    /**
     * The catalog entry these records belong to, in the contract's JSON form: a department resource of the
     * provider, 有条件共享 through an interface, with {@link #dataItems()}.
     *
     * @param departmentNumber the provider's two-digit number in the city, part of the classification code
     */
    static JsonObject catalogEntry(String name, String providerCode, String providerName, String departmentNumber) {
        return Json.createObjectBuilder()
                .add("name", name)
                .add("summary", "记录辖区户籍人口的迁入、迁出、出生、死亡和信息变更，供相关部门核验和统计使用。")
                .add("kind", "DEPARTMENT")
                // 3 (department resources) + the department's number + 901
                .add("classificationCode", "3" + departmentNumber + "901")
                .add("provider", Json.createObjectBuilder().add("code", providerCode).add("name", providerName))
                .add("format", Json.createObjectBuilder().add("type", "DATABASE").add("detail", "PostgreSQL 15"))
                .add("dataItems", dataItems())
                .add("share", Json.createObjectBuilder().add("type", "CONDITIONAL")
                        .add("condition", "仅向因履行法定职责确需使用的部门提供")
                        .add("basis", "《政务数据共享条例》")
                        .add("method", "INTERFACE"))
                .add("open", Json.createObjectBuilder().add("type", "NONE"))
                .add("updateCycle", "DAILY")
                .add("systemName", "户籍管理系统")
                .build();
    }

    /** The data items of the catalog entry these records belong to, in the contract's JSON form. */
    static JsonArray dataItems() {
        return Json.createArrayBuilder()
                .add(item("身份证号", "STRING", 18).add("sensitive", true))
                .add(item("姓名", "STRING", 30).add("sensitive", true))
                .add(item("变更类型", "STRING", 10))
                .add(Json.createObjectBuilder().add("name", "变更日期").add("type", "DATE"))
                .add(item("户籍地址", "STRING", 200).add("sensitive", true))
                .add(item("登记机关", "STRING", 100))
                .add(item("家庭人口", "INTEGER", 2))
                .build();
    }

    private static JsonObjectBuilder item(String name, String type, int length) {
        return Json.createObjectBuilder().add("name", name).add("type", type).add("length", length);
    }
}
