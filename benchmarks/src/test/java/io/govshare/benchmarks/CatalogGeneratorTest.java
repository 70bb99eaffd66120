package io.govshare.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.CatalogKind;
import io.govshare.catalog.json.CatalogJson;
import io.govshare.catalog.json.ParsedEntry;
import io.govshare.catalog.validation.CatalogValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogGeneratorTest {

    private final CatalogGenerator generator = new CatalogGenerator();

    @Test
    void generatedEntriesPassTheStandardValidator() {
        CatalogValidator validator = CatalogValidator.standard();
        int stride = CatalogGenerator.CAPACITY / 2_000;
        List<String> failures = IntStream.range(0, 2_000)
                .mapToObj(i -> generator.entry(i * stride + i % stride))
                .map(entry -> entry.code() + " " + validator.validate(entry).errors())
                .filter(line -> !line.endsWith("[]"))
                .limit(5)
                .toList();
        assertEquals(List.of(), failures);
    }

    @Test
    void everyEntryHasADistinctNameAndCode() {
        Set<String> names = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < CatalogGenerator.CAPACITY; i++) {
            if (!names.add(CatalogValidator.normalizedName(CatalogGenerator.name(i)))) {
                fail("entry " + i + " repeats the name " + CatalogGenerator.name(i));
            }
            if (!codes.add(CatalogGenerator.code(i).value())) {
                fail("entry " + i + " repeats the code " + CatalogGenerator.code(i));
            }
        }
        assertTrue(CatalogGenerator.CAPACITY >= 100_000, "the search benchmark needs 100,000 entries");
        for (int i : List.of(0, 777, 54_321, CatalogGenerator.CAPACITY - 1)) {
            assertEquals(CatalogGenerator.name(i), generator.entry(i).name());
            assertEquals(CatalogGenerator.code(i), generator.entry(i).code());
        }
    }

    @Test
    void coversEveryKindAndManyPopulationSubjects() {
        List<CatalogEntry> first = generator.entries(1_000).toList();
        assertEquals(Set.of(CatalogKind.values()), first.stream().map(CatalogEntry::kind).collect(Collectors.toSet()));
        long population = first.stream().filter(entry -> entry.name().contains("人口")).count();
        assertTrue(population >= 50, "entries named with 人口: " + population);
    }

    @Test
    void sameSeedAndIndexGiveTheSameEntry() {
        assertEquals(generator.entry(12_345), new CatalogGenerator().entry(12_345));
        assertNotEquals(generator.entry(12_345), new CatalogGenerator(7).entry(12_345));
    }

    @Test
    void writesAJsonArrayForBulkImport(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("catalog.json");
        generator.writeJsonArray(50, file);
        List<ParsedEntry> parsed = CatalogJson.readArray(Files.readString(file));
        assertEquals(50, parsed.size());
        for (int i = 0; i < 50; i++) {
            assertEquals(List.of(), parsed.get(i).violations());
            assertEquals(generator.entry(i), parsed.get(i).entry());
        }
    }

    @Test
    void rejectsCountsBeyondTheVocabulary() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> generator.entries(CatalogGenerator.CAPACITY + 1));
        assertTrue(failure.getMessage().startsWith("count must be between 0 and "));
    }

}
