package io.govshare.app.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Individual points only for the entitled: the providing department (市公安局 for the demo population) and departments
 * with an exchange grant; everyone else — anonymous, other departments, admin, auditor — gets aggregates on every
 * route (features, vector and PNG tiles, WMS).
 */
class MapAccessIT {

    static final String POINTS = "/ogc/features/collections/population-points";
    /** 市卫生健康委员会: no grant for the demo population unless this test gives one. */
    static final String HEALTH = "11390500013905044F";
    private static String populationCode;

    @BeforeAll
    static void findTheSourceResource() {
        JsonObject found = Api.get("/api/v1/open/datasets?q=" + MapClient.enc("户籍人口抽样调查") + "&size=5", null).object();
        populationCode = found.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("title").equals("户籍人口抽样调查信息（脱敏）"))
                .map(d -> d.getString("id").replace('-', '/')).findFirst().orElseThrow();
    }

    @Test
    void theUnentitledCannotReadPointsThroughTheFeaturesApi() {
        Api.Reply anonymous = Api.get(POINTS + "/items", null);
        assertTrue(anonymous.isProblem(401), anonymous.toString());
        assertTrue(anonymous.object().getString("detail").contains("population-grid"), "names the public aggregate");
        assertTrue(Api.get(POINTS, null).isProblem(401));
        assertTrue(Api.get(POINTS + "/items/0", null).isProblem(401));
        assertTrue(Api.get(POINTS + "/queryables", null).isProblem(401));
        for (String user : List.of("consumer", "admin", "auditor", "platform-reviewer", "health-cataloguer")) {
            String token = Api.demoToken(user);
            Api.Reply items = Api.get(POINTS + "/items?limit=1", token);
            assertTrue(items.isProblem(403), user + ": " + items);
            assertTrue(Api.get("/ogc/features/collections/enterprise-points/items", token).isProblem(403), user);
            String listed = Api.get("/ogc/features/collections", token).body();
            assertFalse(listed.contains("population-points"), user + " must not see the point collection listed");
        }
    }

    @Test
    void theProvidingDepartmentReadsPointsWithFilters() {
        String police = Api.demoToken("reviewer");   // 市公安局 provides the demo population resource
        assertTrue(Api.get("/ogc/features/collections", police).body().contains("population-points"));
        JsonObject page = Api.get(POINTS + "/items?limit=20&sex=2&district=390521", police).object();
        assertEquals(20, page.getInt("numberReturned"));
        assertTrue(page.getInt("numberMatched") > 1000, page.getInt("numberMatched") + " women in 青山县");
        for (JsonObject f : page.getJsonArray("features").getValuesAs(JsonObject.class)) {
            assertEquals("Point", f.getJsonObject("geometry").getString("type"));
            assertEquals("2", f.getJsonObject("properties").getString("sex"));
            assertEquals("390521", f.getJsonObject("properties").getString("district"));
        }
        MapFeaturesIT.assertField(Api.get(POINTS + "/items?sex=2&age=30", police), "age");
        // every read of individual records is in the audit log with its query
        Api.Reply events = Api.get("/api/v1/audit/events?action=maps.records.read&actor=reviewer&targetId=population-points",
                Api.demoToken("auditor"));
        assertEquals(200, events.status(), events.toString());
        assertTrue(events.object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("detail", "").contains("sex=2&district=390521")
                        && e.getString("detail").endsWith("returned 20")), events.toString());
        // enterprises come from 市场监管; the police department holds no grant for them
        assertTrue(Api.get("/ogc/features/collections/enterprise-points/items", police).isProblem(403));
    }

    @Test
    void gdalReadsThePointsWithTheProvidersToken(@TempDir Path dir) throws Exception {
        Path headers = dir.resolve("headers.txt");
        Files.writeString(headers, "Authorization: Bearer " + Api.demoToken("reviewer") + "\n");
        String service = "OAPIF:" + Api.resolve("/ogc/features");
        String layers = MapClient.gdal("ogrinfo", "--config", "GDAL_HTTP_HEADER_FILE", headers.toString(), "-ro", "-q",
                service);
        assertTrue(layers.contains("population-points"), layers);
        String anonymous = MapClient.gdal("ogrinfo", "-ro", "-q", service);
        assertFalse(anonymous.contains("population-points"), anonymous);
    }

    @Test
    void anExchangeGrantEntitlesTheConsumerDepartmentUntilWithdrawn() {
        String health = Api.demoToken("health-cataloguer");
        String admin = Api.demoToken("admin");
        assertTrue(Api.get(POINTS + "/items?limit=1", health).isProblem(403));
        Api.Reply grant = Api.post("/api/v1/exchange/grants", admin, Json.createObjectBuilder()
                .add("consumerDepartment", HEALTH).add("resourceCode", populationCode).build().toString());
        assertTrue(grant.status() == 200 || grant.status() == 201, grant.toString());
        long id = grant.object().getJsonNumber("id").longValue();
        try {
            Api.Reply items = Api.get(POINTS + "/items?limit=3", health);
            assertEquals(200, items.status(), items.toString());
            assertEquals(3, items.object().getInt("numberReturned"));
        } finally {
            assertTrue(Api.delete("/api/v1/exchange/grants/" + id, admin).status() < 300);
        }
        assertTrue(Api.get(POINTS + "/items?limit=1", health).isProblem(403), "withdrawn grant, no points");
    }

    @Test
    void tilesShowPointsOnlyToTheEntitled(@TempDir Path dir) throws Exception {
        int[] xy = MapClient.tileAt(12, MapTilesIT.LON, MapTilesIT.LAT);
        String tile = "/12/" + xy[0] + "/" + xy[1];
        HttpResponse<byte[]> anonymous = MapClient.get("/tiles/population-points" + tile + ".mvt", null);
        assertEquals(200, anonymous.statusCode());
        assertEquals("aggregate:population-grid", anonymous.headers().firstValue("X-GovShare-Rendering").orElse(""));
        String aggregate = ogrinfo(dir.resolve("a.mvt"), anonymous.body(), xy);
        assertTrue(aggregate.contains("Layer name: population-grid") && aggregate.contains("POLYGON"), aggregate);
        assertFalse(aggregate.contains("POINT"), "no individual point in an unentitled tile");
        HttpResponse<byte[]> consumer = MapClient.get("/tiles/population-points" + tile + ".mvt", Api.demoToken("consumer"));
        assertEquals("aggregate:population-grid", consumer.headers().firstValue("X-GovShare-Rendering").orElse(""));

        HttpResponse<byte[]> police = MapClient.get("/tiles/population-points" + tile + ".mvt", Api.demoToken("reviewer"));
        assertEquals("full:population-points", police.headers().firstValue("X-GovShare-Rendering").orElse(""));
        assertTrue(police.headers().firstValue("Cache-Control").orElse("").startsWith("private"));
        String points = ogrinfo(dir.resolve("p.mvt"), police.body(), xy);
        assertTrue(points.contains("Layer name: population-points") && points.contains("POINT ("), points.substring(0, 2000));
        assertNotEquals(anonymous.headers().firstValue("ETag"), police.headers().firstValue("ETag"),
                "the two views never share a cache entry or ETag");

        // PNG: the unentitled get exactly the aggregate's tile, the entitled a heat map of the points
        byte[] pointsPng = MapClient.get("/tiles/population-points" + tile + ".png", null).body();
        byte[] gridPng = MapClient.get("/tiles/population-grid" + tile + ".png", null).body();
        assertArrayEquals(gridPng, pointsPng);
        HttpResponse<byte[]> heat = MapClient.get("/tiles/population-points" + tile + ".png", Api.demoToken("reviewer"));
        assertEquals("full:population-points", heat.headers().firstValue("X-GovShare-Rendering").orElse(""));
        assertFalse(java.util.Arrays.equals(gridPng, heat.body()));
    }

    @Test
    void wmsDrawsTheAggregateForTheUnentitled() {
        String box = MapWmsIT.S + "," + MapWmsIT.W + "," + MapWmsIT.N + "," + MapWmsIT.E;
        HttpResponse<byte[]> points = MapClient.get(MapWmsIT.getMap("population-points", "EPSG:4490", box), null);
        assertEquals("aggregate:population-grid", points.headers().firstValue("X-GovShare-Rendering").orElse(""));
        HttpResponse<byte[]> grid = MapClient.get(MapWmsIT.getMap("population-grid", "EPSG:4490", box), null);
        assertArrayEquals(grid.body(), points.body());
        HttpResponse<byte[]> police = MapClient.get(MapWmsIT.getMap("population-points", "EPSG:4490", box),
                Api.demoToken("reviewer"));
        assertEquals("full:population-points", police.headers().firstValue("X-GovShare-Rendering").orElse(""));
    }

    private static String ogrinfo(Path file, byte[] tile, int[] xy) throws Exception {
        Files.write(file, tile);
        return MapClient.gdal("ogrinfo", "-ro", "-al", "-oo", "Z=12", "-oo", "X=" + xy[0], "-oo", "Y=" + xy[1],
                file.toString());
    }
}
