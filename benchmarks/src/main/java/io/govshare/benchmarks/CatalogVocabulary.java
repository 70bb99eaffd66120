package io.govshare.benchmarks;

import io.govshare.catalog.CatalogKind;
import io.govshare.catalog.DataItem;
import io.govshare.catalog.DataItemType;
import io.govshare.catalog.FormatType;
import io.govshare.catalog.ShareMethod;
import io.govshare.catalog.ShareType;
import io.govshare.catalog.UpdateCycle;
import java.util.List;

/**
 * The words a generated city catalog is made of: departments, districts, subjects (what the data is about, with
 * the department that holds it and its place in the classification) and suffixes (which form the data takes).
 */
final class CatalogVocabulary {

    private CatalogVocabulary() {
    }

    /** @param number the department's two-digit number in the city's department list (the DEPARTMENT 项) */
    record Department(int number, String name, String systemName) {
    }

    /** @param regionCode GB/T 2260 code of the district; the city itself is the first */
    record District(String prefix, String regionCode) {
    }

    /** @param item the 项 of the classification: BASE/THEME code-list item, or the department number */
    record Subject(String name, CatalogKind kind, int item, Department department, ItemGroup items, ShareType share,
                   UpdateCycle cycle) {
    }

    record Suffix(String name, FormatType format, ShareMethod method, List<DataItem> extraItems, boolean statistics) {
    }

    enum ItemGroup {
        PERSON(List.of(item("公民身份号码", DataItemType.STRING, 18, true), item("姓名", DataItemType.STRING, 50, true),
                item("性别", DataItemType.STRING, 1, false), item("出生日期", DataItemType.DATE, null, false),
                item("民族", DataItemType.STRING, 20, false), item("户籍地址", DataItemType.STRING, 200, true),
                item("联系电话", DataItemType.STRING, 11, true))),
        ENTITY(List.of(item("统一社会信用代码", DataItemType.STRING, 18, false),
                item("单位名称", DataItemType.STRING, 200, false), item("法定代表人", DataItemType.STRING, 50, true),
                item("注册资本", DataItemType.DECIMAL, 18, false), item("成立日期", DataItemType.DATE, null, false),
                item("住所", DataItemType.STRING, 200, false), item("经营范围", DataItemType.STRING, 2000, false))),
        LAND(List.of(item("图斑编号", DataItemType.STRING, 30, false), item("地类名称", DataItemType.STRING, 50, false),
                item("面积", DataItemType.DECIMAL, 18, false), item("坐落", DataItemType.STRING, 200, false),
                item("权利人", DataItemType.STRING, 200, true), item("空间范围", DataItemType.GEOMETRY, null, false))),
        CREDIT(List.of(item("信用主体名称", DataItemType.STRING, 200, false),
                item("信用主体代码", DataItemType.STRING, 18, false), item("信用等级", DataItemType.STRING, 10, false),
                item("认定日期", DataItemType.DATE, null, false), item("认定机关", DataItemType.STRING, 100, false),
                item("认定事由", DataItemType.STRING, 1000, false))),
        LICENSE(List.of(item("证照编号", DataItemType.STRING, 50, false), item("持证主体", DataItemType.STRING, 200, false),
                item("持证主体代码", DataItemType.STRING, 18, true), item("发证机关", DataItemType.STRING, 100, false),
                item("发证日期", DataItemType.DATE, null, false), item("有效期至", DataItemType.DATE, null, false),
                item("证照文件", DataItemType.BINARY, null, false))),
        MONITORING(List.of(item("监测点位", DataItemType.STRING, 100, false),
                item("监测时间", DataItemType.DATETIME, null, false), item("监测项目", DataItemType.STRING, 50, false),
                item("监测值", DataItemType.DECIMAL, 12, false), item("经度", DataItemType.DECIMAL, 12, false),
                item("纬度", DataItemType.DECIMAL, 12, false))),
        CASE(List.of(item("业务编号", DataItemType.STRING, 50, false), item("办理事项", DataItemType.STRING, 200, false),
                item("申请人", DataItemType.STRING, 200, true), item("受理日期", DataItemType.DATE, null, false),
                item("办结日期", DataItemType.DATE, null, false), item("办理结果", DataItemType.STRING, 500, false)));

        final List<DataItem> items;

        ItemGroup(List<DataItem> items) {
            this.items = items;
        }
    }

    static final List<DataItem> STATISTICS_ITEMS = List.of(item("统计期", DataItemType.STRING, 10, false),
            item("行政区划代码", DataItemType.STRING, 12, false), item("指标名称", DataItemType.STRING, 100, false),
            item("指标值", DataItemType.DECIMAL, 20, false), item("计量单位", DataItemType.STRING, 20, false));

    static final Department PUBLIC_SECURITY = new Department(1, "公安局", "公安综合业务平台");
    static final Department CIVIL_AFFAIRS = new Department(2, "民政局", "民政一体化业务系统");
    static final Department HUMAN_RESOURCES = new Department(3, "人力资源和社会保障局", "人社业务经办系统");
    static final Department HEALTH = new Department(4, "卫生健康委员会", "全民健康信息平台");
    static final Department MARKET = new Department(5, "市场监督管理局", "市场监管综合业务系统");
    static final Department NATURAL_RESOURCES = new Department(6, "自然资源和规划局", "国土空间基础信息平台");
    static final Department ECOLOGY = new Department(7, "生态环境局", "生态环境监测系统");
    static final Department HOUSING = new Department(8, "住房和城乡建设局", "住建业务管理系统");
    static final Department TRANSPORT = new Department(9, "交通运输局", "交通运输综合管理系统");
    static final Department EDUCATION = new Department(10, "教育局", "教育管理公共服务平台");
    static final Department TAX = new Department(11, "税务局", "税收征管系统");
    static final Department MEDICAL_INSURANCE = new Department(12, "医疗保障局", "医保信息平台");
    static final Department EMERGENCY = new Department(13, "应急管理局", "应急指挥信息系统");
    static final Department AGRICULTURE = new Department(14, "农业农村局", "农业农村大数据平台");
    static final Department CULTURE = new Department(15, "文化广电旅游局", "文旅公共服务平台");
    static final Department STATISTICS = new Department(16, "统计局", "统计联网直报系统");
    static final Department JUSTICE = new Department(17, "司法局", "司法行政业务系统");
    static final Department DEVELOPMENT = new Department(18, "发展和改革委员会", "信用信息共享平台");
    static final Department WATER = new Department(19, "水利局", "水利业务应用系统");
    static final Department VETERANS = new Department(20, "退役军人事务局", "退役军人信息系统");
    static final Department HOUSING_FUND = new Department(21, "住房公积金管理中心", "公积金业务系统");
    static final Department URBAN_MANAGEMENT = new Department(22, "城市管理局", "数字城管系统");
    static final Department COMMERCE = new Department(23, "商务局", "商务运行监测系统");
    static final Department DISABLED = new Department(24, "残疾人联合会", "残疾人信息管理系统");
    static final Department GOVERNMENT_SERVICES = new Department(25, "政务服务管理局", "一体化政务服务平台");

    static final List<District> DISTRICTS = List.of(new District("", "330100"),
            new District("城东区", "330102"), new District("城西区", "330105"), new District("城南区", "330106"),
            new District("城北区", "330108"), new District("临江区", "330109"), new District("青山区", "330110"),
            new District("白水区", "330111"), new District("安澜县", "330122"), new District("云岭县", "330127"));

    /** Index 0 is "no year"; the rest qualify names such as 2019年城东区户籍人口变更信息. */
    static final List<String> YEARS =
            List.of("", "2015年", "2016年", "2017年", "2018年", "2019年", "2020年", "2021年", "2022年", "2023年", "2024年");

    static final List<Suffix> SUFFIXES = List.of(
            suffix("基本信息", FormatType.DATABASE, ShareMethod.TABLE),
            suffix("登记信息", FormatType.DATABASE, ShareMethod.TABLE),
            new Suffix("变更信息", FormatType.DATABASE, ShareMethod.TABLE, List.of(
                    item("变更事项", DataItemType.STRING, 200, false), item("变更日期", DataItemType.DATE, null, false)),
                    false),
            suffix("明细数据", FormatType.DATABASE, ShareMethod.INTERFACE),
            new Suffix("统计信息", FormatType.SPREADSHEET, ShareMethod.FILE, List.of(), true),
            new Suffix("年度汇总", FormatType.SPREADSHEET, ShareMethod.FILE, List.of(), true),
            suffix("名录", FormatType.SPREADSHEET, ShareMethod.FILE),
            suffix("查询接口", FormatType.SERVICE_INTERFACE, ShareMethod.INTERFACE),
            suffix("核验接口", FormatType.SERVICE_INTERFACE, ShareMethod.INTERFACE),
            suffix("档案", FormatType.ELECTRONIC_FILE, ShareMethod.FILE),
            suffix("交换数据", FormatType.SELF_DESCRIBING, ShareMethod.FILE),
            suffix("共享库", FormatType.DATABASE, ShareMethod.TABLE));

    static final List<Subject> SUBJECTS = List.of(
            // BASE 01 人口
            base("户籍人口", 1, PUBLIC_SECURITY, ItemGroup.PERSON, ShareType.CONDITIONAL, UpdateCycle.DAILY),
            base("流动人口", 1, PUBLIC_SECURITY, ItemGroup.PERSON, ShareType.CONDITIONAL, UpdateCycle.DAILY),
            base("常住人口", 1, PUBLIC_SECURITY, ItemGroup.PERSON, ShareType.CONDITIONAL, UpdateCycle.MONTHLY),
            base("出生人口", 1, HEALTH, ItemGroup.PERSON, ShareType.CONDITIONAL, UpdateCycle.DAILY),
            base("死亡人口", 1, CIVIL_AFFAIRS, ItemGroup.PERSON, ShareType.CONDITIONAL, UpdateCycle.DAILY),
            base("老年人口", 1, CIVIL_AFFAIRS, ItemGroup.PERSON, ShareType.CONDITIONAL, UpdateCycle.MONTHLY),
            base("人口普查", 1, STATISTICS, ItemGroup.PERSON, ShareType.CONDITIONAL, UpdateCycle.YEARLY),
            // BASE 02 法人单位
            base("企业法人", 2, MARKET, ItemGroup.ENTITY, ShareType.UNCONDITIONAL, UpdateCycle.DAILY),
            base("个体工商户", 2, MARKET, ItemGroup.ENTITY, ShareType.UNCONDITIONAL, UpdateCycle.DAILY),
            base("社会组织", 2, CIVIL_AFFAIRS, ItemGroup.ENTITY, ShareType.UNCONDITIONAL, UpdateCycle.WEEKLY),
            base("事业单位法人", 2, MARKET, ItemGroup.ENTITY, ShareType.UNCONDITIONAL, UpdateCycle.WEEKLY),
            base("农民专业合作社", 2, MARKET, ItemGroup.ENTITY, ShareType.UNCONDITIONAL, UpdateCycle.WEEKLY),
            // BASE 03 自然资源和空间地理
            base("土地利用现状", 3, NATURAL_RESOURCES, ItemGroup.LAND, ShareType.CONDITIONAL, UpdateCycle.YEARLY),
            base("不动产权属", 3, NATURAL_RESOURCES, ItemGroup.LAND, ShareType.CONDITIONAL, UpdateCycle.DAILY),
            base("基础地理要素", 3, NATURAL_RESOURCES, ItemGroup.LAND, ShareType.UNCONDITIONAL, UpdateCycle.YEARLY),
            base("标准地名地址", 3, CIVIL_AFFAIRS, ItemGroup.LAND, ShareType.UNCONDITIONAL, UpdateCycle.MONTHLY),
            base("河湖水系", 3, WATER, ItemGroup.LAND, ShareType.UNCONDITIONAL, UpdateCycle.YEARLY),
            // BASE 04 社会信用
            base("企业公共信用评价", 4, DEVELOPMENT, ItemGroup.CREDIT, ShareType.UNCONDITIONAL, UpdateCycle.MONTHLY),
            base("失信被执行人", 4, JUSTICE, ItemGroup.CREDIT, ShareType.UNCONDITIONAL, UpdateCycle.DAILY),
            base("纳税信用等级", 4, TAX, ItemGroup.CREDIT, ShareType.CONDITIONAL, UpdateCycle.YEARLY),
            base("行政许可公示", 4, DEVELOPMENT, ItemGroup.CREDIT, ShareType.UNCONDITIONAL, UpdateCycle.DAILY),
            base("行政处罚公示", 4, DEVELOPMENT, ItemGroup.CREDIT, ShareType.UNCONDITIONAL, UpdateCycle.DAILY),
            // BASE 05 电子证照
            base("居民身份证", 5, PUBLIC_SECURITY, ItemGroup.LICENSE, ShareType.CONDITIONAL, UpdateCycle.REALTIME),
            base("营业执照", 5, MARKET, ItemGroup.LICENSE, ShareType.UNCONDITIONAL, UpdateCycle.REALTIME),
            base("不动产权证书", 5, NATURAL_RESOURCES, ItemGroup.LICENSE, ShareType.CONDITIONAL, UpdateCycle.REALTIME),
            base("结婚证", 5, CIVIL_AFFAIRS, ItemGroup.LICENSE, ShareType.CONDITIONAL, UpdateCycle.REALTIME),
            base("社会保障卡", 5, HUMAN_RESOURCES, ItemGroup.LICENSE, ShareType.CONDITIONAL, UpdateCycle.REALTIME),
            base("残疾人证", 5, DISABLED, ItemGroup.LICENSE, ShareType.CONDITIONAL, UpdateCycle.REALTIME),
            // THEME 01–12
            theme("政务服务办件", 1, GOVERNMENT_SERVICES, ItemGroup.CASE, ShareType.UNCONDITIONAL, UpdateCycle.REALTIME),
            theme("公共文化设施", 1, CULTURE, ItemGroup.ENTITY, ShareType.UNCONDITIONAL, UpdateCycle.QUARTERLY),
            theme("居民电子健康档案", 2, HEALTH, ItemGroup.PERSON, ShareType.CONDITIONAL, UpdateCycle.DAILY),
            theme("预防接种", 2, HEALTH, ItemGroup.PERSON, ShareType.CONDITIONAL, UpdateCycle.DAILY),
            theme("医疗机构执业", 2, HEALTH, ItemGroup.LICENSE, ShareType.UNCONDITIONAL, UpdateCycle.MONTHLY),
            theme("养老保险参保", 3, HUMAN_RESOURCES, ItemGroup.PERSON, ShareType.CONDITIONAL, UpdateCycle.MONTHLY),
            theme("医保结算", 3, MEDICAL_INSURANCE, ItemGroup.CASE, ShareType.CONDITIONAL, UpdateCycle.DAILY),
            theme("城乡低保救助", 3, CIVIL_AFFAIRS, ItemGroup.PERSON, ShareType.CONDITIONAL, UpdateCycle.MONTHLY),
            theme("就业失业登记", 3, HUMAN_RESOURCES, ItemGroup.PERSON, ShareType.CONDITIONAL, UpdateCycle.MONTHLY),
            theme("食品生产许可", 4, MARKET, ItemGroup.LICENSE, ShareType.UNCONDITIONAL, UpdateCycle.DAILY),
            theme("药品经营许可", 4, MARKET, ItemGroup.LICENSE, ShareType.UNCONDITIONAL, UpdateCycle.DAILY),
            theme("食品安全抽检", 4, MARKET, ItemGroup.MONITORING, ShareType.UNCONDITIONAL, UpdateCycle.WEEKLY),
            theme("安全生产许可", 5, EMERGENCY, ItemGroup.LICENSE, ShareType.UNCONDITIONAL, UpdateCycle.MONTHLY),
            theme("危险化学品企业", 5, EMERGENCY, ItemGroup.ENTITY, ShareType.CONDITIONAL, UpdateCycle.MONTHLY),
            theme("特种设备", 5, MARKET, ItemGroup.MONITORING, ShareType.CONDITIONAL, UpdateCycle.MONTHLY),
            theme("重要商品价格监测", 6, DEVELOPMENT, ItemGroup.MONITORING, ShareType.UNCONDITIONAL, UpdateCycle.WEEKLY),
            theme("重点用能单位能耗", 7, DEVELOPMENT, ItemGroup.MONITORING, ShareType.CONDITIONAL, UpdateCycle.MONTHLY),
            theme("信用承诺", 8, DEVELOPMENT, ItemGroup.CREDIT, ShareType.UNCONDITIONAL, UpdateCycle.DAILY),
            theme("守信激励对象", 8, DEVELOPMENT, ItemGroup.CREDIT, ShareType.UNCONDITIONAL, UpdateCycle.MONTHLY),
            theme("建设工程规划许可", 9, NATURAL_RESOURCES, ItemGroup.LICENSE, ShareType.UNCONDITIONAL, UpdateCycle.DAILY),
            theme("建筑工程施工许可", 9, HOUSING, ItemGroup.LICENSE, ShareType.UNCONDITIONAL, UpdateCycle.DAILY),
            theme("商品房交易备案", 9, HOUSING, ItemGroup.CASE, ShareType.CONDITIONAL, UpdateCycle.DAILY),
            theme("社区网格人口", 10, CIVIL_AFFAIRS, ItemGroup.PERSON, ShareType.CONDITIONAL, UpdateCycle.WEEKLY),
            theme("社区服务设施", 10, CIVIL_AFFAIRS, ItemGroup.LAND, ShareType.UNCONDITIONAL, UpdateCycle.QUARTERLY),
            theme("排污许可", 11, ECOLOGY, ItemGroup.LICENSE, ShareType.UNCONDITIONAL, UpdateCycle.MONTHLY),
            theme("空气质量监测", 11, ECOLOGY, ItemGroup.MONITORING, ShareType.UNCONDITIONAL, UpdateCycle.REALTIME),
            theme("地表水水质监测", 11, ECOLOGY, ItemGroup.MONITORING, ShareType.UNCONDITIONAL, UpdateCycle.DAILY),
            theme("应急物资储备", 12, EMERGENCY, ItemGroup.MONITORING, ShareType.CONDITIONAL, UpdateCycle.WEEKLY),
            theme("应急避难场所", 12, EMERGENCY, ItemGroup.LAND, ShareType.UNCONDITIONAL, UpdateCycle.YEARLY),
            theme("自然灾害灾情", 12, EMERGENCY, ItemGroup.MONITORING, ShareType.CONDITIONAL, UpdateCycle.REALTIME),
            // DEPARTMENT: 项 is the department's number
            department("机动车登记", PUBLIC_SECURITY, ItemGroup.LICENSE, ShareType.CONDITIONAL, UpdateCycle.DAILY),
            department("机动车驾驶人", PUBLIC_SECURITY, ItemGroup.PERSON, ShareType.CONDITIONAL, UpdateCycle.DAILY),
            department("道路交通违法", PUBLIC_SECURITY, ItemGroup.CASE, ShareType.NONE, UpdateCycle.DAILY),
            department("婚姻登记", CIVIL_AFFAIRS, ItemGroup.PERSON, ShareType.CONDITIONAL, UpdateCycle.DAILY),
            department("殡葬服务", CIVIL_AFFAIRS, ItemGroup.CASE, ShareType.CONDITIONAL, UpdateCycle.MONTHLY),
            department("道路运输经营许可", TRANSPORT, ItemGroup.LICENSE, ShareType.UNCONDITIONAL, UpdateCycle.DAILY),
            department("公交线路站点", TRANSPORT, ItemGroup.LAND, ShareType.UNCONDITIONAL, UpdateCycle.MONTHLY),
            department("中小学学籍", EDUCATION, ItemGroup.PERSON, ShareType.CONDITIONAL, UpdateCycle.MONTHLY),
            department("教师资格", EDUCATION, ItemGroup.LICENSE, ShareType.CONDITIONAL, UpdateCycle.MONTHLY),
            department("税务登记", TAX, ItemGroup.ENTITY, ShareType.CONDITIONAL, UpdateCycle.DAILY),
            department("农业补贴发放", AGRICULTURE, ItemGroup.CASE, ShareType.CONDITIONAL, UpdateCycle.QUARTERLY),
            department("耕地保护", AGRICULTURE, ItemGroup.LAND, ShareType.CONDITIONAL, UpdateCycle.YEARLY),
            department("A级旅游景区", CULTURE, ItemGroup.ENTITY, ShareType.UNCONDITIONAL, UpdateCycle.QUARTERLY),
            department("法律援助案件", JUSTICE, ItemGroup.CASE, ShareType.NONE, UpdateCycle.MONTHLY),
            department("社区矫正对象", JUSTICE, ItemGroup.PERSON, ShareType.NONE, UpdateCycle.MONTHLY),
            department("退役军人优待", VETERANS, ItemGroup.PERSON, ShareType.CONDITIONAL, UpdateCycle.MONTHLY),
            department("公积金缴存", HOUSING_FUND, ItemGroup.PERSON, ShareType.CONDITIONAL, UpdateCycle.MONTHLY),
            department("城市部件", URBAN_MANAGEMENT, ItemGroup.LAND, ShareType.UNCONDITIONAL, UpdateCycle.WEEKLY),
            department("水利工程", WATER, ItemGroup.LAND, ShareType.UNCONDITIONAL, UpdateCycle.YEARLY),
            department("对外贸易经营者备案", COMMERCE, ItemGroup.ENTITY, ShareType.UNCONDITIONAL, UpdateCycle.MONTHLY));

    static final List<String> DATABASE_PRODUCTS = List.of("Oracle 19c", "达梦 DM8", "人大金仓 KingbaseES V8", "PostgreSQL 15",
            "MySQL 8.0", "南大通用 GBase 8s");

    static final List<String> PURPOSES = List.of("用于政务服务“一网通办”中的材料免提交和信息核验",
            "支撑人口统计分析与公共服务资源规划", "服务市场监管与社会信用体系建设", "支撑国土空间规划与城市治理",
            "用于突发事件应急指挥与风险监测预警", "支撑跨部门业务协同与基层减负", "为社会保障待遇资格认证提供依据");

    private static DataItem item(String name, DataItemType type, Integer length, boolean sensitive) {
        return new DataItem(name, type, length, null, sensitive, null);
    }

    private static Suffix suffix(String name, FormatType format, ShareMethod method) {
        return new Suffix(name, format, method, List.of(), false);
    }

    private static Subject base(String name, int item, Department department, ItemGroup items, ShareType share,
                                UpdateCycle cycle) {
        return new Subject(name, CatalogKind.BASE, item, department, items, share, cycle);
    }

    private static Subject theme(String name, int item, Department department, ItemGroup items, ShareType share,
                                 UpdateCycle cycle) {
        return new Subject(name, CatalogKind.THEME, item, department, items, share, cycle);
    }

    private static Subject department(String name, Department department, ItemGroup items, ShareType share,
                                      UpdateCycle cycle) {
        return new Subject(name, CatalogKind.DEPARTMENT, department.number(), department, items, share, cycle);
    }
}
