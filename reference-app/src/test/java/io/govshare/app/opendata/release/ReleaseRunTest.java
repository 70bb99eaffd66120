package io.govshare.app.opendata.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.json.CatalogJson;
import io.govshare.masking.ReleaseKey;
import io.govshare.masking.scan.SensitiveDataScanner;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The release decision on the demo population sample, without server or files. */
class ReleaseRunTest {

    private static final ReleaseKey KEY = ReleaseKey.of(new byte[32]);

    @Test
    void theDemoSampleUnderTheDemoPolicyIsPublishable() {
        CatalogEntry entry = demoEntry();
        ReleasePolicy policy = ReleasePolicy.fromJson(Json.createReader(
                new StringReader(OpenDataDemoSeeder.DEMO_POLICY)).readObject());
        policy.checkAgainst(entry);
        ReleaseRun run = new ReleaseRun(entry, policy, KEY, SensitiveDataScanner.chinese());
        DemoPopulation people = new DemoPopulation(2026, OpenDataDemoSeeder.DEMO_PEOPLE, LocalDate.of(2026, 6, 30));
        JsonObject first = null;
        while (people.hasNext()) {
            JsonObject released = run.process(people.next());
            first = first == null ? released : first;
        }
        ReleaseRun.Verdict verdict = run.finish();
        assertTrue(verdict.publish(), verdict.report().toString());
        assertEquals(Set.of("公民身份号码", "姓名", "性别", "出生日期", "联系电话", "现住址", "所属区县"), first.keySet());
        assertTrue(first.getString("姓名").matches("\\p{IsHan}\\*+"), first.toString());
        assertTrue(first.getString("联系电话").contains("****"), first.toString());
        assertTrue(first.getString("现住址").matches("示范市\\p{IsHan}+[区县]"), first.toString());
        assertTrue(verdict.report().getJsonObject("risk").getInt("k") >= 20, verdict.report().toString());
    }

    @Test
    void theSameSampleWithRawPhoneNumbersIsBlockedByTheScan() {
        CatalogEntry entry = demoEntry();
        String keepPhones = OpenDataDemoSeeder.DEMO_POLICY.replace("\"联系电话\": {\"preset\": \"MOBILE\"}",
                "\"联系电话\": {\"technique\": \"KEEP\"}");
        ReleasePolicy policy = ReleasePolicy.fromJson(Json.createReader(new StringReader(keepPhones)).readObject());
        ReleaseRun run = new ReleaseRun(entry, policy, KEY, SensitiveDataScanner.chinese());
        DemoPopulation people = new DemoPopulation(7, 200, LocalDate.of(2026, 6, 30));
        while (people.hasNext()) {
            run.process(people.next());
        }
        ReleaseRun.Verdict verdict = run.finish();
        assertFalse(verdict.publish());
        JsonObject reason = verdict.report().getJsonArray("reasons").getJsonObject(0);
        assertEquals("open.scan-found-identifier", reason.getString("rule"));
        assertEquals("联系电话", reason.getString("field"));
    }

    static CatalogEntry demoEntry() {
        try (InputStream in = ReleaseRunTest.class.getClassLoader().getResourceAsStream("demo/catalog-entries.json")) {
            return CatalogJson.readArray(new String(in.readAllBytes(), StandardCharsets.UTF_8)).stream()
                    .map(parsed -> parsed.entry())
                    .filter(e -> e.name().equals(OpenDataDemoSeeder.DEMO_DATASET_NAME))
                    .findFirst().orElseThrow()
                    .withCode(io.govshare.catalog.ResourceCode.of("101001/999999"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
