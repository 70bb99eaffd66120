package io.govshare.app.it;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Catalog statistics agree with themselves and with search. */
class CatalogStatisticsIT {

    private final String admin = Api.demoToken("admin");

    private static long sum(JsonObject counts) {
        return counts.values().stream().mapToLong(v -> ((JsonNumber) v).longValue()).sum();
    }

    @Test
    void everyBreakdownAddsUpToTheTotal() {
        JsonObject stats = Api.get("/api/v1/catalog/statistics", admin).object();
        long total = stats.getJsonNumber("total").longValue();
        assertTrue(total >= 200, "the demo catalog is counted: " + total);
        for (String breakdown : new String[]{"byKind", "byShareType", "byOpenType", "byFormat", "byStatus"}) {
            assertEquals(total, sum(stats.getJsonObject(breakdown)), breakdown);
        }
        long byProvider = stats.getJsonArray("byProvider").getValuesAs(JsonObject.class).stream()
                .mapToLong(p -> p.getJsonNumber("count").longValue()).sum();
        assertEquals(total, byProvider);
        JsonObject survey = stats.getJsonObject("survey");
        assertEquals(6, survey.size(), "the six survey counts");
        assertTrue(survey.getJsonNumber("records").longValue() >= survey.getJsonNumber("sharedRecords").longValue());
    }

    @Test
    void publishedStatisticsMatchWhatConsumersFind() {
        JsonObject published = Api.get("/api/v1/catalog/statistics?status=PUBLISHED", admin).object();
        JsonObject found = Api.get("/api/v1/catalog/resources?size=1", Api.demoToken("consumer")).object();
        assertEquals(published.getJsonNumber("total").longValue(), found.getJsonNumber("total").longValue());
        assertEquals(published.getJsonObject("byKind").getInt("BASE"),
                found.getJsonObject("facets").getJsonObject("kind").getInt("BASE", 0));
    }

    @Test
    void anUnknownStatusIsNamed() {
        Api.Reply reply = Api.get("/api/v1/catalog/statistics?status=ONLINE", admin);
        assertTrue(reply.isProblem(400), reply.toString());
        assertEquals("status", reply.object().getJsonArray("errors").getJsonObject(0).getString("field"));
    }
}
