package io.govshare.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** OGC API – Features: landing, conformance, collections, items with bbox/limit/offset/filters, errors, GDAL. */
class MapFeaturesIT {

    static final String FEATURES = "/ogc/features";
    static final List<String> PUBLIC = List.of("districts", "population-districts", "population-grid", "enterprise-density");

    @Test
    void landingConformanceAndThePublicCollections() {
        JsonObject landing = Api.get(FEATURES, null).object();
        Set<String> rels = landing.getJsonArray("links").getValuesAs(JsonObject.class).stream()
                .map(l -> l.getString("rel")).collect(Collectors.toSet());
        assertTrue(rels.containsAll(Set.of("self", "service-desc", "conformance", "data")), landing.toString());

        JsonArray conformsTo = Api.get(FEATURES + "/conformance", null).object().getJsonArray("conformsTo");
        assertTrue(conformsTo.toString().contains("ogcapi-features-1/1.0/conf/core"), conformsTo.toString());
        assertTrue(conformsTo.toString().contains("ogcapi-features-1/1.0/conf/geojson"), conformsTo.toString());

        List<JsonObject> collections = Api.get(FEATURES + "/collections", null).object()
                .getJsonArray("collections").getValuesAs(JsonObject.class);
        assertEquals(PUBLIC, collections.stream().map(c -> c.getString("id")).toList(),
                "anonymous users see only boundaries and aggregates");
        for (JsonObject c : collections) {
            assertTrue(c.getBoolean("synthetic"), c.toString());
            assertTrue(c.getString("description").contains("Synthetic"), c.toString());
            JsonArray bbox = c.getJsonObject("extent").getJsonObject("spatial").getJsonArray("bbox").getJsonArray(0);
            assertTrue(bbox.getJsonNumber(0).doubleValue() > 111.9 && bbox.getJsonNumber(1).doubleValue() > 34.3,
                    "extent is lon,lat (CRS84): " + bbox);
        }
        JsonObject grid = Api.get(FEATURES + "/collections/population-grid", null).object();
        JsonObject disclosure = grid.getJsonObject("disclosure");
        assertEquals(10, disclosure.getInt("k"));
        assertEquals(disclosure.getJsonNumber("inputRecords").longValue(),
                disclosure.getJsonNumber("publishedRecords").longValue()
                        + disclosure.getJsonNumber("suppressedRecords").longValue()
                        + disclosure.getJsonNumber("unplacedRecords").longValue(), "the published balance");
        assertTrue(disclosure.getInt("suppressedCells") > 0, disclosure.toString());
    }

    @Test
    void itemsPageWithLimitOffsetAndNextLink() {
        Api.Reply first = Api.get(FEATURES + "/collections/population-grid/items?limit=5", null);
        assertEquals(200, first.status(), first.toString());
        assertTrue(first.contentType().startsWith("application/geo+json"), first.contentType());
        JsonObject page = first.object();
        assertEquals("FeatureCollection", page.getString("type"));
        assertEquals(5, page.getInt("numberReturned"));
        assertEquals(5, page.getJsonArray("features").size());
        int matched = page.getInt("numberMatched");
        assertTrue(matched > 100, "hundreds of grid cells: " + matched);
        assertTrue(page.containsKey("disclosure"), "the balance travels with the features");
        String next = link(page, "next");
        assertTrue(next.contains("offset=5") && next.contains("limit=5"), next);

        JsonObject second = Api.get(next.substring(next.indexOf("/ogc/")), null).object();
        assertEquals(matched, second.getInt("numberMatched"));
        Set<String> ids = new HashSet<>(ids(page));
        ids.retainAll(ids(second));
        assertTrue(ids.isEmpty(), "pages do not overlap: " + ids);
        assertTrue(link(second, "prev").contains("offset=0"));

        JsonObject last = Api.get(FEATURES + "/collections/population-grid/items?limit=10&offset=" + (matched - 3), null)
                .object();
        assertEquals(3, last.getInt("numberReturned"));
        assertTrue(last.getJsonArray("links").getValuesAs(JsonObject.class).stream()
                .noneMatch(l -> l.getString("rel").equals("next")), "no next link after the last page");
    }

    @Test
    void bboxSelectsIntersectingCellsInLonLat() {
        int all = Api.get(FEATURES + "/collections/population-grid/items?limit=1", null).object().getInt("numberMatched");
        // a 0.05° box in the middle of 中山区 (lon 112.00-112.18, lat 34.60-34.80)
        JsonObject box = Api.get(FEATURES + "/collections/population-grid/items?limit=1000&bbox=112.07,34.67,112.12,34.72",
                null).object();
        int inBox = box.getInt("numberMatched");
        assertTrue(inBox > 0 && inBox < all, inBox + " of " + all);
        for (JsonObject f : box.getJsonArray("features").getValuesAs(JsonObject.class)) {
            assertEquals("390502", f.getJsonObject("properties").getString("parent"), f.toString());
            JsonArray ring = f.getJsonObject("geometry").getJsonArray("coordinates").getJsonArray(0);
            double lon = ring.getJsonArray(0).getJsonNumber(0).doubleValue();
            double lat = ring.getJsonArray(0).getJsonNumber(1).doubleValue();
            assertTrue(lon > 112.05 && lon < 112.14 && lat > 34.65 && lat < 34.74, "GeoJSON is lon,lat: " + ring.get(0));
        }
    }

    @Test
    void propertyFiltersMatchExactly() {
        JsonObject county = Api.get(FEATURES + "/collections/population-grid/items?parent=390521&limit=10000", null)
                .object();
        assertTrue(county.getInt("numberMatched") > 10);
        county.getJsonArray("features").getValuesAs(JsonObject.class).forEach(f ->
                assertEquals("390521", f.getJsonObject("properties").getString("parent")));

        JsonObject withheld = Api.get(FEATURES + "/collections/population-grid/items?suppressed=true&limit=50", null)
                .object();
        assertTrue(withheld.getInt("numberMatched") > 0);
        for (JsonObject f : withheld.getJsonArray("features").getValuesAs(JsonObject.class)) {
            JsonObject p = f.getJsonObject("properties");
            assertTrue(p.getBoolean("suppressed"));
            assertFalse(p.containsKey("count"), "a withheld cell carries no value: " + p);
            assertTrue(p.getString("rule").matches("THRESHOLD|COMPLEMENTARY|TOTAL_PROTECTION"), p.toString());
        }
        JsonObject published = Api.get(FEATURES + "/collections/population-grid/items?suppressed=false&limit=10000",
                null).object();
        for (JsonObject f : published.getJsonArray("features").getValuesAs(JsonObject.class)) {
            assertTrue(f.getJsonObject("properties").getInt("count") >= 10, "k = 10: " + f.getJsonObject("properties"));
        }

        JsonObject district = Api.get(FEATURES + "/collections/population-districts/items/390521", null).object();
        assertEquals("青山县", district.getJsonObject("properties").getString("name"));
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        String items = FEATURES + "/collections/population-grid/items";
        assertField(Api.get(items + "?bbox=112,34,113", null), "bbox");
        assertField(Api.get(items + "?bbox=113,34,112,35", null), "bbox");
        assertField(Api.get(items + "?bbox=112,west,113,35", null), "bbox");
        assertField(Api.get(items + "?limit=0", null), "limit");
        assertField(Api.get(items + "?limit=10001", null), "limit");
        assertField(Api.get(items + "?limit=ten", null), "limit");
        assertField(Api.get(items + "?offset=-1", null), "offset");
        assertField(Api.get(items + "?colour=red", null), "colour");
        assertField(Api.get(items + "?bbox-crs=" + MapClient.enc("http://www.opengis.net/def/crs/EPSG/0/4490"), null),
                "bbox-crs");
        Api.Reply unknown = Api.get(FEATURES + "/collections/rivers/items", null);
        assertTrue(unknown.isProblem(404), unknown.toString());
        assertTrue(unknown.object().getString("detail").contains("rivers"));
        assertTrue(Api.get(FEATURES + "/collections/population-districts/items/999999", null).isProblem(404));
    }

    @Test
    void ogrinfoReadsTheServiceAsAnOgcApiFeaturesClient() {
        String service = "OAPIF:" + Api.resolve(FEATURES);
        String layers = MapClient.gdal("ogrinfo", "-ro", "-q", service);
        for (String id : PUBLIC) {
            assertTrue(layers.contains(id), "ogrinfo lists " + id + ":\n" + layers);
        }
        assertFalse(layers.contains("population-points"), layers);
        String districts = MapClient.gdal("ogrinfo", "-ro", "-al", service, "population-districts");
        assertTrue(districts.contains("Feature Count: 5"), districts);
        assertTrue(districts.contains("青山县") && districts.contains("390521"), districts);
        assertTrue(districts.contains("POLYGON ((112."), "lon,lat as GeoJSON requires:\n" + districts);
    }

    static void assertField(Api.Reply reply, String field) {
        assertTrue(reply.isProblem(400), reply.toString());
        List<String> fields = reply.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
        assertTrue(fields.contains(field), field + " not named: " + reply);
    }

    static String link(JsonObject page, String rel) {
        return page.getJsonArray("links").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("rel").equals(rel)).map(l -> l.getString("href")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rel + " link in " + page.getJsonArray("links")));
    }

    static List<String> ids(JsonObject page) {
        return page.getJsonArray("features").getValuesAs(JsonObject.class).stream()
                .map(f -> f.get("id")).map(JsonValue::toString).toList();
    }
}
