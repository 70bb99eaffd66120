package io.govshare.benchmarks;

import io.govshare.catalog.csv.CsvRecords;
import io.govshare.identifiers.ResidentIds;
import io.govshare.masking.MaskingPolicy;
import io.govshare.masking.MaskingPresets;
import io.govshare.masking.MaskingRule;
import io.govshare.masking.MaskingTechnique;
import io.govshare.masking.RecordMasker;
import io.govshare.masking.ReleaseKey;
import io.govshare.masking.RowMasker;
import io.govshare.masking.risk.RiskAnalyzer;
import io.govshare.masking.risk.RiskReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Masking throughput on 1,000,000 records × 10 fields, 5 of them sensitive (公民身份号码 as a format-preserving
 * pseudonym, 姓名, 手机号码, 住址 to the district, 出生日期 to an age band), in records/s on one thread:
 * {@link #parseMaskWrite} reads the CSV with the SDK's {@link CsvRecords}, masks each row with a {@link RowMasker}
 * and writes CSV again; {@link #parseWrite} does the same without masking — the baseline of the target
 * (masked ÷ unmasked ≥ 0.5). {@link #riskReport} counts the equivalence classes of 1,000,000 masked records over
 * four quasi-identifiers with {@link RiskAnalyzer}. Scores are nanoseconds per record (SingleShotTime of a million
 * records, divided); records/s = 10⁹ ÷ score.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@State(Scope.Benchmark)
public class MaskingBenchmark {

    static final int RECORDS = 1_000_000;
    static final List<String> HEADER = List.of("公民身份号码", "姓名", "性别", "出生日期", "手机号码", "住址",
            "所属区县", "文化程度", "职业", "登记日期");

    private byte[] csv;
    private RowMasker masker;

    @Setup
    public void generate() {
        csv = generateCsv(RECORDS, 42);
        MaskingPolicy policy = MaskingPolicy.builder()
                .item("公民身份号码", MaskingRule.of(MaskingTechnique.FPE_RESIDENT_ID))
                .item("姓名", MaskingPresets.CHINESE_NAME)
                .item("性别", MaskingRule.of(MaskingTechnique.KEEP))
                .item("出生日期", MaskingRule.of(MaskingTechnique.AGE_BAND, Map.of("bandWidth", "10",
                        "referenceDate", "2026-06-30")))
                .item("手机号码", MaskingPresets.MOBILE)
                .item("住址", MaskingPresets.ADDRESS)
                .item("所属区县", MaskingRule.of(MaskingTechnique.KEEP))
                .item("文化程度", MaskingRule.of(MaskingTechnique.KEEP))
                .item("职业", MaskingRule.of(MaskingTechnique.KEEP))
                .item("登记日期", MaskingRule.of(MaskingTechnique.KEEP))
                .build();
        masker = RecordMasker.of(policy, ReleaseKey.of(new byte[32])).forHeader(HEADER);
    }

    /**
     * The masked records the risk report counts, made only for {@link #riskReport}: held in the heap during the
     * masking benchmarks they would add old-generation collections that are not the masking's cost.
     */
    @State(Scope.Benchmark)
    public static class MaskedRecords {
        List<String[]> rows;

        @Setup
        public void mask(MaskingBenchmark benchmark) {
            rows = new java.util.ArrayList<>(RECORDS);
            readRows(benchmark.csv, row -> rows.add(benchmark.masker.mask(row)));
        }
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public long parseWrite() {
        CountingSink sink = new CountingSink();
        Writer out = new OutputStreamWriter(sink, StandardCharsets.UTF_8);
        readRows(csv, row -> write(out, row));
        flush(out);
        return sink.count;
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public long parseMaskWrite() {
        CountingSink sink = new CountingSink();
        Writer out = new OutputStreamWriter(sink, StandardCharsets.UTF_8);
        readRows(csv, row -> write(out, masker.mask(row)));
        flush(out);
        return sink.count;
    }

    /**
     * Both passes in one invocation, in alternating order, with each pass timed: the ratio of the target
     * from the same minute of the same JVM. (Between the separate benchmarks above a machine that slows down or
     * speeds up shifts the ratio; on this shared VM it moved by ±0.03 between runs.) Each iteration prints
     * {@code plain/masked = …}; the score is the two passes' time per record together.
     */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public long plainAndMaskedInterleaved(Interleaved split) {
        boolean maskedFirst = (split.invocations++ & 1) == 1;
        long start = System.nanoTime();
        long first = maskedFirst ? parseMaskWrite() : parseWrite();
        long middle = System.nanoTime();
        long second = maskedFirst ? parseWrite() : parseMaskWrite();
        long end = System.nanoTime();
        split.plainNanos += maskedFirst ? end - middle : middle - start;
        split.maskedNanos += maskedFirst ? middle - start : end - middle;
        return first + second;
    }

    /** The timings of {@link #plainAndMaskedInterleaved}, printed per iteration. */
    @State(Scope.Thread)
    public static class Interleaved {
        long invocations;
        long plainNanos;
        long maskedNanos;

        @TearDown(Level.Iteration)
        public void print() {
            System.out.printf(java.util.Locale.ROOT, "plain/masked = %.3f (plain %d ns/record, masked %d ns/record)%n",
                    (double) plainNanos / maskedNanos, plainNanos / RECORDS, maskedNanos / RECORDS);
            plainNanos = 0;
            maskedNanos = 0;
        }
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public long riskReport(MaskedRecords masked) {
        RiskAnalyzer analyzer = RiskAnalyzer.over("性别", "出生日期", "住址", "文化程度");
        for (String[] row : masked.rows) {
            analyzer.add(row[2], row[3], row[5], row[7]);
        }
        RiskReport report = analyzer.report();
        return report.equivalenceClasses();
    }

    /** CSV of synthetic people: valid 公民身份号码 (check character), Chinese names, mobile numbers, addresses. */
    static byte[] generateCsv(int records, long seed) {
        Random random = new Random(seed);
        String surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
        String given = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚";
        String[] districts = {"中山区", "西湖区", "江北区", "高新区", "青山县"};
        String[] codes = {"390502", "390503", "390504", "390505", "390521"};
        String[] jobs = {"教师", "工人", "医生", "农民", "职员", "学生", "退休"};
        LocalDate reference = LocalDate.of(2026, 6, 30);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(records * 170);
        Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        write(out, HEADER.toArray(String[]::new));
        for (int i = 0; i < records; i++) {
            int d = random.nextInt(districts.length);
            LocalDate birth = reference.minusDays(random.nextInt(90 * 365));
            String first17 = codes[d] + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
            write(out, new String[]{
                    first17 + ResidentIds.checkCharacterFor(first17),
                    "" + surnames.charAt(random.nextInt(surnames.length())) + given.charAt(random.nextInt(given.length()))
                            + given.charAt(random.nextInt(given.length())),
                    random.nextBoolean() ? "1" : "2",
                    birth.toString(),
                    "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000)),
                    "示范市" + districts[d] + "人民路" + (1 + random.nextInt(300)) + "号" + (1 + random.nextInt(30)) + "栋",
                    districts[d],
                    "" + (10 + 10 * random.nextInt(8)),
                    jobs[random.nextInt(jobs.length)],
                    reference.minusDays(random.nextInt(3650)).toString()});
        }
        flush(out);
        return bytes.toByteArray();
    }

    interface RowSink {
        void accept(String[] row);
    }

    /** Every data row of the CSV (the header is skipped), as the release pipeline reads an upload. */
    static void readRows(byte[] csv, RowSink sink) {
        CsvRecords records = new CsvRecords(new InputStreamReader(new java.io.ByteArrayInputStream(csv),
                StandardCharsets.UTF_8));
        records.next();
        for (CsvRecords.RawRecord record = records.next(); record != null; record = records.next()) {
            sink.accept(record.cells().toArray(String[]::new));
        }
    }

    static void write(Writer out, String[] row) {
        try {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                if (row[i] != null) {
                    out.write(row[i]);
                }
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void flush(Writer out) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts the bytes written and drops them: the benchmark measures the work, not a disk. */
    static final class CountingSink extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
