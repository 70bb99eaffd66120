package io.govshare.benchmarks;

import static io.govshare.benchmarks.CatalogVocabulary.DATABASE_PRODUCTS;
import static io.govshare.benchmarks.CatalogVocabulary.DISTRICTS;
import static io.govshare.benchmarks.CatalogVocabulary.PURPOSES;
import static io.govshare.benchmarks.CatalogVocabulary.STATISTICS_ITEMS;
import static io.govshare.benchmarks.CatalogVocabulary.SUBJECTS;
import static io.govshare.benchmarks.CatalogVocabulary.SUFFIXES;
import static io.govshare.benchmarks.CatalogVocabulary.YEARS;

import io.govshare.benchmarks.CatalogVocabulary.Department;
import io.govshare.benchmarks.CatalogVocabulary.District;
import io.govshare.benchmarks.CatalogVocabulary.Subject;
import io.govshare.benchmarks.CatalogVocabulary.Suffix;
import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.CatalogStatus;
import io.govshare.catalog.DataItem;
import io.govshare.catalog.DepartmentCode;
import io.govshare.catalog.Format;
import io.govshare.catalog.FormatType;
import io.govshare.catalog.OpenAttributes;
import io.govshare.catalog.OpenType;
import io.govshare.catalog.Provider;
import io.govshare.catalog.ResourceCode;
import io.govshare.catalog.ShareAttributes;
import io.govshare.catalog.ShareType;
import io.govshare.catalog.SurveyCounts;
import io.govshare.catalog.UpdateCycle;
import io.govshare.catalog.json.CatalogJson;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Generates a realistic city catalog of any size up to {@link #CAPACITY}: names such as 2019年城东区户籍人口变更信息
 * (year × district × subject × suffix), the department that holds each subject as provider, classification and
 * resource codes per the national scheme, data items, share and open attributes, survey counts and a lifecycle
 * status. Entries pass {@code CatalogValidator.standard()} without errors and have distinct names and codes.
 * <p>
 * Entry {@code i} depends only on the seed and {@code i}, so any slice can be regenerated alone. To produce a
 * bulk-import file: {@code java -cp benchmarks/target/benchmarks.jar io.govshare.benchmarks.CatalogGenerator
 * 100000 catalog-100k.json}.
 */
public final class CatalogGenerator {

    public static final long DEFAULT_SEED = 20261122L;

    /** How many distinct entries the vocabulary yields. */
    public static final int CAPACITY = SUBJECTS.size() * SUFFIXES.size() * DISTRICTS.size() * YEARS.size();

    private static final List<String> SHARE_CONDITIONS = List.of("仅限政务部门履行法定职责时使用",
            "经提供方审核同意后，按最小必要原则使用", "仅提供核验结果，不提供明细数据", "限于本市政务服务事项办理使用");
    private static final List<String> LEGAL_BASES = List.of("《政务数据共享条例》（国务院令第809号）",
            "《中华人民共和国个人信息保护法》", "《政务信息资源共享管理暂行办法》（国发〔2016〕51号）",
            "《中华人民共和国数据安全法》", "《中华人民共和国统计法》");

    /** 分类码 of each subject: 类 from the kind, 项 from the subject, 目 numbering the subjects within 类 and 项. */
    private static final List<String> CLASSIFICATIONS =
            SUBJECTS.stream().map(CatalogGenerator::classification).toList();

    private final long seed;

    public CatalogGenerator(long seed) {
        this.seed = seed;
    }

    public CatalogGenerator() {
        this(DEFAULT_SEED);
    }

    /** Entries 0 … count−1. */
    public Stream<CatalogEntry> entries(int count) {
        if (count < 0 || count > CAPACITY) {
            throw new IllegalArgumentException("count must be between 0 and " + CAPACITY + ", got " + count);
        }
        return IntStream.range(0, count).mapToObj(this::entry);
    }

    /** Writes entries 0 … count−1 as one JSON array in the contract's format, one entry per line. */
    public void writeJsonArray(int count, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("[\n");
            for (int i = 0; i < count; i++) {
                out.write(CatalogJson.write(entry(i)));
                out.write(i + 1 < count ? ",\n" : "\n");
            }
            out.write("]\n");
        }
    }

    /** @param index 0 to {@link #CAPACITY} − 1 */
    public CatalogEntry entry(int index) {
        if (index < 0 || index >= CAPACITY) {
            throw new IllegalArgumentException("index must be between 0 and " + (CAPACITY - 1) + ", got " + index);
        }
        Subject subject = subject(index);
        Suffix suffix = suffix(index);
        District district = district(index);
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);

        String classification = CLASSIFICATIONS.get(index % SUBJECTS.size());
        ResourceCode code = code(index);
        Provider provider = provider(district, subject.department());
        ShareType share = random.nextInt(10) == 0 ? moreRestrictive(subject.share()) : subject.share();
        OpenType open = open(share, random);
        FormatType format = suffix.format();
        UpdateCycle cycle = updateCycle(subject, suffix, random);
        CatalogStatus status = status(random);
        String name = name(index);
        String summary = provider.name() + "汇集的" + district.prefix() + subject.name() + suffix.name() + "，"
                + cycleInWords(cycle) + "，" + PURPOSES.get(random.nextInt(PURPOSES.size())) + "。";
        boolean published = status == CatalogStatus.PUBLISHED || status == CatalogStatus.RETIRED;

        return new CatalogEntry(code, name, summary, subject.kind(), classification, provider,
                new Format(format, formatDetail(format, random)), items(subject, suffix, share, random),
                shareAttributes(share, suffix, random),
                new OpenAttributes(open, open == OpenType.CONDITIONAL ? "注册用户提出申请，经提供方审核同意后使用" : null),
                cycle, published ? LocalDate.of(2019, 1, 1).plusDays(random.nextInt(6 * 365)) : null, List.of(),
                subject.department().systemName(), survey(share, open, random), status, 1 + random.nextInt(5));
    }

    // Subject varies fastest, so any prefix of the catalog covers every subject, kind and department;
    // then suffix, district and year, so entry i is the i-th combination.

    private static Subject subject(int index) {
        return SUBJECTS.get(index % SUBJECTS.size());
    }

    private static Suffix suffix(int index) {
        return SUFFIXES.get(index / SUBJECTS.size() % SUFFIXES.size());
    }

    private static District district(int index) {
        return DISTRICTS.get(index / (SUBJECTS.size() * SUFFIXES.size()) % DISTRICTS.size());
    }

    /** The name of entry {@code index}, such as 2019年城东区户籍人口变更信息, without building the entry. */
    static String name(int index) {
        String year = YEARS.get(index / (SUBJECTS.size() * SUFFIXES.size() * DISTRICTS.size()));
        return year + district(index).prefix() + subject(index).name() + suffix(index).name();
    }

    /** The resource code of entry {@code index}: the subject's 分类码 and the entry's rank within its subject. */
    static ResourceCode code(int index) {
        return ResourceCode.of(CLASSIFICATIONS.get(index % SUBJECTS.size()) + "/" + zeroPadded(index / SUBJECTS.size() + 1, 6));
    }

    private static String classification(Subject subject) {
        int category = switch (subject.kind()) {
            case BASE -> 1;
            case THEME -> 2;
            case DEPARTMENT -> 3;
        };
        long position = SUBJECTS.stream().takeWhile(s -> s != subject)
                .filter(s -> s.kind() == subject.kind() && s.item() == subject.item()).count() + 1;
        return String.format("%d%02d%03d", category, subject.item(), position);
    }

    private static Provider provider(District district, Department department) {
        String name = (district.prefix().isEmpty() ? "市" : district.prefix()) + department.name();
        // 11 = 机构编制 / 机关, then the region code and a 9-character organisation code
        String first17 = "11" + district.regionCode() + "00" + zeroPadded(department.number(), 2) + "0"
                + district.regionCode().substring(2);
        return new Provider(first17 + DepartmentCode.checkCharacterFor(first17), name);
    }

    /** String.format is slow enough to dominate generation. */
    private static String zeroPadded(int value, int width) {
        String digits = Integer.toString(value);
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }

    private static ShareType moreRestrictive(ShareType type) {
        return type == ShareType.UNCONDITIONAL ? ShareType.CONDITIONAL : ShareType.NONE;
    }

    private static OpenType open(ShareType share, SplittableRandom random) {
        int roll = random.nextInt(10);
        return switch (share) {
            case NONE -> OpenType.NONE;
            case CONDITIONAL -> roll < 7 ? OpenType.NONE : OpenType.CONDITIONAL;
            case UNCONDITIONAL -> roll < 5 ? OpenType.UNCONDITIONAL : roll < 8 ? OpenType.CONDITIONAL : OpenType.NONE;
        };
    }

    private static UpdateCycle updateCycle(Subject subject, Suffix suffix, SplittableRandom random) {
        return switch (suffix.name()) {
            case "年度汇总" -> UpdateCycle.YEARLY;
            case "统计信息" -> List.of(UpdateCycle.MONTHLY, UpdateCycle.QUARTERLY, UpdateCycle.HALF_YEARLY).get(random.nextInt(3));
            case "查询接口", "核验接口" -> UpdateCycle.REALTIME;
            case "档案" -> random.nextBoolean() ? UpdateCycle.IRREGULAR : subject.cycle();
            default -> subject.cycle();
        };
    }

    private static String cycleInWords(UpdateCycle cycle) {
        return switch (cycle) {
            case REALTIME -> "实时更新";
            case DAILY -> "每日更新";
            case WEEKLY -> "每周更新";
            case MONTHLY -> "每月更新";
            case QUARTERLY -> "每季度更新";
            case HALF_YEARLY -> "每半年更新";
            case YEARLY -> "每年更新";
            case IRREGULAR -> "不定期更新";
        };
    }

    private static CatalogStatus status(SplittableRandom random) {
        int roll = random.nextInt(100);
        if (roll < 70) {
            return CatalogStatus.PUBLISHED;
        }
        if (roll < 80) {
            return CatalogStatus.REGISTERED;
        }
        if (roll < 88) {
            return CatalogStatus.SUBMITTED;
        }
        if (roll < 94) {
            return CatalogStatus.DRAFT;
        }
        return roll < 97 ? CatalogStatus.REJECTED : CatalogStatus.RETIRED;
    }

    private static String formatDetail(FormatType format, SplittableRandom random) {
        return switch (format) {
            case DATABASE -> DATABASE_PRODUCTS.get(random.nextInt(DATABASE_PRODUCTS.size()));
            case SPREADSHEET -> "xlsx";
            case SERVICE_INTERFACE -> "RESTful JSON";
            case ELECTRONIC_FILE -> "PDF";
            case SELF_DESCRIBING -> random.nextBoolean() ? "JSON" : "XML";
            default -> null;
        };
    }

    private static List<DataItem> items(Subject subject, Suffix suffix, ShareType share, SplittableRandom random) {
        List<DataItem> items = new ArrayList<>(suffix.statistics() ? STATISTICS_ITEMS : subject.items().items);
        // Catalogues list the fields they actually hold: drop up to two trailing ones, keep at least four
        int keep = Math.max(4, items.size() - random.nextInt(3));
        items = new ArrayList<>(items.subList(0, Math.min(keep, items.size())));
        items.addAll(suffix.extraItems());
        if (share != ShareType.UNCONDITIONAL) {
            return items;
        }
        // Personal fields of an openly shared resource are shared on conditions only
        return items.stream().map(item -> item.sensitive()
                ? new DataItem(item.name(), item.type(), item.length(), ShareType.CONDITIONAL, true, item.description())
                : item).toList();
    }

    private static ShareAttributes shareAttributes(ShareType share, Suffix suffix, SplittableRandom random) {
        String condition = share == ShareType.CONDITIONAL ? SHARE_CONDITIONS.get(random.nextInt(SHARE_CONDITIONS.size())) : null;
        String basis = share == ShareType.UNCONDITIONAL ? null : LEGAL_BASES.get(random.nextInt(LEGAL_BASES.size()));
        return new ShareAttributes(share, condition, basis, share == ShareType.NONE ? null : suffix.method());
    }

    private static SurveyCounts survey(ShareType share, OpenType open, SplittableRandom random) {
        long records = 1_000L + random.nextLong(10_000_000L);
        long storageMb = 1 + records / (500 + random.nextInt(5_000));
        long sharedRecords = share == ShareType.NONE ? 0 : records * random.nextInt(101) / 100;
        long openRecords = open == OpenType.NONE ? 0 : sharedRecords * random.nextInt(101) / 100;
        return new SurveyCounts(storageMb, records, storageMb * sharedRecords / records, sharedRecords,
                storageMb * openRecords / records, openRecords);
    }

    /** {@code CatalogGenerator <count> <file.json> [seed]}: writes a JSON array for bulk import. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: CatalogGenerator <count 1.." + CAPACITY + "> <output.json> [seed]");
            System.exit(2);
        }
        int count;
        long seed;
        try {
            count = Integer.parseInt(args[0]);
            seed = args.length == 3 ? Long.parseLong(args[2]) : DEFAULT_SEED;
        } catch (NumberFormatException e) {
            System.err.println("count and seed must be whole numbers: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (count < 1 || count > CAPACITY) {
            System.err.println("count must be between 1 and " + CAPACITY + ", got " + count);
            System.exit(2);
        }
        Path file = Path.of(args[1]);
        new CatalogGenerator(seed).writeJsonArray(count, file);
        System.out.println("wrote " + count + " catalog entries to " + file.toAbsolutePath());
    }
}
