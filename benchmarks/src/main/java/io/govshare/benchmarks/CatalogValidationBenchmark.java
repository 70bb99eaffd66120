package io.govshare.benchmarks;

import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.Provider;
import io.govshare.catalog.UpdateCycle;
import io.govshare.catalog.json.CatalogJson;
import io.govshare.catalog.validation.CatalogValidator;
import io.govshare.catalog.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Catalog validation throughput in entries per second, single thread, with {@code CatalogValidator.standard()}
 * over a mix of 1,000 generated entries drawn from the whole vocabulary; one in ten carries a typical mistake so
 * the error paths are measured too. {@link #readAndValidateJson} adds JSON parsing, as a bulk import does.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class CatalogValidationBenchmark {

    private static final int MIX = 1_000;

    private final CatalogValidator validator = CatalogValidator.standard();
    private final List<CatalogEntry> entries = new ArrayList<>();
    private final List<String> documents = new ArrayList<>();

    @Setup
    public void generateMix() {
        CatalogGenerator generator = new CatalogGenerator();
        int stride = CatalogGenerator.CAPACITY / MIX;
        for (int i = 0; i < MIX; i++) {
            CatalogEntry entry = generator.entry(i * stride + i % stride);
            entries.add(i % 10 == 9 ? withMistake(entry, i / 10) : entry);
        }
        entries.forEach(entry -> documents.add(CatalogJson.write(entry)));
        long invalid = entries.stream().filter(entry -> !validator.validate(entry).isValid()).count();
        if (invalid != MIX / 10) {
            throw new IllegalStateException("expected " + MIX / 10 + " invalid entries in the mix, found " + invalid);
        }
    }

    @Benchmark
    @OperationsPerInvocation(MIX)
    public void validate(Blackhole blackhole) {
        for (CatalogEntry entry : entries) {
            blackhole.consume(validator.validate(entry));
        }
    }

    @Benchmark
    @OperationsPerInvocation(MIX)
    public void readAndValidateJson(Blackhole blackhole) {
        for (String document : documents) {
            CatalogEntry entry = CatalogJson.read(document).entry();
            ValidationReport report = validator.validate(entry);
            blackhole.consume(report);
        }
    }

    /** Mistakes cataloguers make: a missing element, a mistyped provider code, a classification of no kind. */
    private static CatalogEntry withMistake(CatalogEntry e, int which) {
        return switch (which % 4) {
            case 0 -> copy(e, " ", e.provider(), e.classificationCode(), e.updateCycle());
            case 1 -> copy(e, e.name(), new Provider(e.provider().code().substring(0, 17), e.provider().name()),
                    e.classificationCode(), e.updateCycle());
            case 2 -> copy(e, e.name(), e.provider(), "9" + e.classificationCode().substring(1), e.updateCycle());
            default -> copy(e, e.name(), e.provider(), e.classificationCode(), null);
        };
    }

    private static CatalogEntry copy(CatalogEntry e, String name, Provider provider, String classification,
                                     UpdateCycle cycle) {
        return new CatalogEntry(e.code(), name, e.summary(), e.kind(), classification, provider, e.format(),
                e.dataItems(), e.share(), e.open(), cycle, e.publishedOn(), e.relatedCodes(), e.systemName(),
                e.survey(), e.status(), e.version());
    }
}
