package io.govshare.app.it;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.govshare.app.it.CatalogFixtures.POLICE;
import static io.govshare.app.it.CatalogFixtures.RESOURCES;
import static io.govshare.app.it.CatalogFixtures.newEntry;
import static io.govshare.app.it.CatalogFixtures.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Chinese full-text search with filters, facets and paging over the demo city's catalog. */
class CatalogSearchIT {

    private final String consumer = Api.demoToken("consumer");
    private final String admin = Api.demoToken("admin");

    private static void assertFacetsAddUpToTotal(JsonObject result) {
        long total = result.getJsonNumber("total").longValue();
        JsonObject facets = result.getJsonObject("facets");
        assertEquals(List.of("kind", "provider", "shareType", "openType", "format", "updateCycle", "status"),
                List.copyOf(facets.keySet()));
        for (String dimension : facets.keySet()) {
            long sum = facets.getJsonObject(dimension).values().stream()
                    .mapToLong(v -> ((JsonNumber) v).longValue()).sum();
            assertEquals(total, sum, "facet " + dimension + " adds up to the total in " + result);
        }
    }

    @Test
    void aChineseQueryFindsThePopulationEntriesNameMatchesFirst() {
        JsonObject result = Api.get(RESOURCES + "?q=" + enc("人口") + "&size=100", consumer).object();
        long total = result.getJsonNumber("total").longValue();
        List<JsonObject> items = result.getJsonArray("items").getValuesAs(JsonObject.class);
        long named = items.stream().filter(i -> i.getString("name").contains("人口")).count();
        assertTrue(named >= 8, "the demo city publishes most of its twelve 人口 entries: " + named);
        for (int i = 0; i < items.size(); i++) {
            JsonObject item = items.get(i);
            assertTrue(item.toString().contains("人口"), "every hit mentions 人口 somewhere: " + item);
            assertEquals(i < named, item.getString("name").contains("人口"), "name matches rank first: " + item);
            assertEquals("PUBLISHED", item.getString("status"), "consumers see published entries only");
        }
        assertFacetsAddUpToTotal(result);
        assertEquals(total, result.getJsonObject("facets").getJsonObject("status").getInt("PUBLISHED"));
    }

    @Test
    void filtersNarrowTheResultAndFacetsStillAddUp() {
        JsonObject result = Api.get(RESOURCES + "?q=" + enc("人口") + "&kind=BASE&shareType=CONDITIONAL", consumer).object();
        assertTrue(result.getJsonNumber("total").longValue() > 0, result.toString());
        for (JsonObject item : result.getJsonArray("items").getValuesAs(JsonObject.class)) {
            assertEquals("BASE", item.getString("kind"));
            assertEquals("CONDITIONAL", item.getJsonObject("share").getString("type"));
        }
        assertFacetsAddUpToTotal(result);
        assertFacetsAddUpToTotal(Api.get(RESOURCES + "?format=DATABASE&openType=NONE", admin).object());
        assertFacetsAddUpToTotal(Api.get(RESOURCES, consumer).object());
    }

    @Test
    void pagingWalksTheWholeResultOnce() {
        JsonObject first = Api.get(RESOURCES + "?kind=THEME&page=1&size=25", admin).object();
        long total = first.getJsonNumber("total").longValue();
        assertTrue(total > 25, "enough THEME entries to page: " + total);
        long seen = 0;
        Set<String> codes = new HashSet<>();
        for (int page = 1; page <= (total + 24) / 25; page++) {
            JsonObject result = Api.get(RESOURCES + "?kind=THEME&page=" + page + "&size=25", admin).object();
            for (JsonObject item : result.getJsonArray("items").getValuesAs(JsonObject.class)) {
                assertTrue(codes.add(item.getString("code")), "no entry twice");
                seen++;
            }
        }
        assertEquals(total, seen);
        JsonObject beyond = Api.get(RESOURCES + "?kind=THEME&page=999&size=25", admin).object();
        assertTrue(beyond.getJsonArray("items").isEmpty());
        assertEquals(total, beyond.getJsonNumber("total").longValue());
    }

    @Test
    void draftsAreFoundOnlyByTheirDepartmentAndThePlatform() {
        String cataloguer = Api.demoToken("cataloguer");
        String name = uniqueName("边境管理区通行证信息");
        String code = CatalogFixtures.create(cataloguer, newEntry(name, POLICE)).getString("code");
        assertEquals(List.of(code), codes(Api.get(RESOURCES + "?q=" + enc(code), cataloguer).object()),
                "a new entry is searchable at once by its code");
        assertEquals(1, Api.get(RESOURCES + "?q=" + enc(name) + "&status=DRAFT", admin).object().getInt("total"));
        assertEquals(0, Api.get(RESOURCES + "?q=" + enc(name), consumer).object().getInt("total"));
        assertEquals(0, Api.get(RESOURCES + "?q=" + enc(name), Api.demoToken("health-cataloguer")).object()
                .getInt("total"));
    }

    @Test
    void queryTextIsNeverSyntax() {
        for (String text : List.of("人口 AND (", "\"", "*", "name:人口", "[1 TO 2]")) {
            Api.Reply reply = Api.get(RESOURCES + "?q=" + enc(text), consumer);
            assertEquals(200, reply.status(), text + " -> " + reply);
        }
        assertFalse(Api.get(RESOURCES + "?q=" + enc("人口 AND ("), consumer).object().getJsonArray("items").isEmpty());
    }

    static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> codes(JsonObject result) {
        return result.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(i -> i.getString("code")).toList();
    }
}
