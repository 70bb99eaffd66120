package io.govshare.app.catalog;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;

import io.govshare.catalog.CatalogKind;
import io.govshare.catalog.CatalogStatus;
import io.govshare.catalog.FormatType;
import io.govshare.catalog.OpenType;
import io.govshare.catalog.ShareType;

/** The catalog's statistics (资源目录统计), read in one transaction so the figures agree with each other. */
@ApplicationScoped
public class CatalogStatistics {

    @Inject
    CatalogRepository repository;

    /**
     * Counts by department, kind, share type, open type, format and status, and the six survey totals; restricted
     * to entries in {@code status} when it is not null.
     */
    @Transactional
    public JsonObject statistics(CatalogStatus status) {
        CatalogStatus filter = status;
        Object[] survey = repository.surveyTotals(filter);
        JsonArrayBuilder providers = Json.createArrayBuilder();
        for (Object[] row : repository.countByProvider(filter)) {
            providers.add(Json.createObjectBuilder()
                    .add("code", String.valueOf(row[0]))
                    .add("name", String.valueOf(row[1]))
                    .add("count", (Long) row[2]));
        }
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("total", (Long) survey[6]);
        if (filter != null) {
            json.add("status", filter.name());
        }
        return json
                .add("byProvider", providers)
                .add("byKind", counts(CatalogKind.values(), repository.countBy("kind", filter)))
                .add("byShareType", counts(ShareType.values(), repository.countBy("shareType", filter)))
                .add("byOpenType", counts(OpenType.values(), repository.countBy("openType", filter)))
                .add("byFormat", counts(FormatType.values(), repository.countBy("formatType", filter)))
                .add("byStatus", counts(CatalogStatus.values(), repository.countBy("status", filter)))
                .add("survey", Json.createObjectBuilder()
                        .add("storageMb", sum(survey[0]))
                        .add("records", sum(survey[1]))
                        .add("sharedStorageMb", sum(survey[2]))
                        .add("sharedRecords", sum(survey[3]))
                        .add("openStorageMb", sum(survey[4]))
                        .add("openRecords", sum(survey[5])))
                .build();
    }

    private static JsonObjectBuilder counts(Enum<?>[] values, Map<String, Long> counted) {
        Map<String, Long> all = new LinkedHashMap<>();
        for (Enum<?> value : values) {
            all.put(value.name(), 0L);
        }
        counted.forEach((k, v) -> all.merge(k, v, Long::sum));
        JsonObjectBuilder json = Json.createObjectBuilder();
        all.forEach(json::add);
        return json;
    }

    private static long sum(Object value) {
        return value == null ? 0L : ((Number) value).longValue();
    }
}
