package io.govshare.app.opendata.release;

import io.govshare.app.opendata.OpenReleaseRow;
import io.govshare.app.opendata.OpenDataRepository;
import io.govshare.app.opendata.OpenCatalog;
import io.govshare.app.platform.DatabaseReady;
import io.govshare.app.platform.security.CurrentActor;
import io.govshare.catalog.CatalogEntry;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Demo mode: releases a sample of 5,000 synthetic people as the first version of 户籍人口抽样调查信息（脱敏）, through
 * the real pipeline, so the open-data portal, the CKAN API and the DCAT catalog have a masked dataset to show.
 */
@ApplicationScoped
public class OpenDataDemoSeeder {

    private static final Logger LOG = Logger.getLogger(OpenDataDemoSeeder.class.getName());
    static final String DEMO_DATASET_NAME = "户籍人口抽样调查信息（脱敏）";
    static final int DEMO_PEOPLE = 5000;

    /**
     * Masking as a provider would choose it for a research sample: a keyed pseudonym instead of the ID (records stay
     * distinct without an ID), the first character of the name, age in 20-year bands, address to the district, and
     * 文化程度 left out because with it the smallest group would fall under five people.
     */
    static final String DEMO_POLICY = """
            {"masking": {"items": {
              "公民身份号码": {"technique": "HMAC_SM3", "parameters": {"length": "16"}},
              "姓名": {"preset": "CHINESE_NAME"},
              "性别": {"technique": "KEEP"},
              "出生日期": {"technique": "AGE_BAND", "parameters": {"bandWidth": "20", "topAge": "80", "referenceDate": "2026-06-30"}},
              "联系电话": {"preset": "MOBILE"},
              "现住址": {"preset": "ADDRESS"},
              "所属区县": {"technique": "KEEP"},
              "文化程度": {"technique": "SUPPRESS"}}},
             "quasiIdentifiers": ["性别", "出生日期", "现住址", "所属区县"]}
            """;

    @Inject
    OpenCatalog catalog;
    @Inject
    OpenDataRepository releases;
    @Inject
    PolicyRepository policies;
    @Inject
    ReleasePipeline pipeline;
    @Inject
    OpenDataDemoSeeder self;

    void seed(@Observes @Priority(DatabaseReady.SEED_OPEN_DATA) DatabaseReady ready) {
        if (!ready.demoMode()) {
            return;
        }
        Optional<CatalogEntry> entry = catalog.all().stream().filter(e -> e.name().equals(DEMO_DATASET_NAME)).findFirst();
        if (entry.isEmpty() || !releases.releases(entry.get().code().value(), true).isEmpty()) {
            return;
        }
        ReleasePolicy policy = ReleasePolicy.fromJson(Json.createReader(new StringReader(DEMO_POLICY)).readObject());
        self.savePolicy(entry.get(), policy);
        ReleasePipeline.Outcome outcome = pipeline.release(entry.get(), policy,
                new DemoPopulation(2026, DEMO_PEOPLE, LocalDate.of(2026, 6, 30)), OpenReleaseRow.Source.DEMO,
                CurrentActor.SYSTEM);
        if (outcome.published()) {
            LOG.info(() -> "Demo open-data release of " + DEMO_DATASET_NAME + ": version "
                    + outcome.release().version() + ", " + outcome.release().recordCount() + " records");
        } else {
            LOG.warning(() -> "Demo open-data release of " + DEMO_DATASET_NAME + " was blocked: "
                    + outcome.release().reportJson());
        }
    }

    @Transactional
    public void savePolicy(CatalogEntry entry, ReleasePolicy policy) {
        policy.checkAgainst(entry);
        policies.savePolicy(new OpenPolicyRow(entry.code().value(), policy.toJson(), CurrentActor.SYSTEM, Instant.now()));
    }
}
