package io.govshare.app.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.govshare.app.it.CatalogFixtures.HEALTH;
import static io.govshare.app.it.CatalogFixtures.POLICE;
import static io.govshare.app.it.CatalogFixtures.newEntry;
import static io.govshare.app.it.CatalogFixtures.uniqueName;
import static io.govshare.app.it.CatalogFixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bulk import: all-or-nothing by default, a per-entry report, JSON and the CSV template. */
class CatalogImportIT {

    private static final String IMPORTS = "/api/v1/catalog/imports";
    private final String admin = Api.demoToken("admin");

    private long catalogSize() {
        return Api.get("/api/v1/catalog/statistics", admin).object().getJsonNumber("total").longValue();
    }

    private static JsonArray twoGoodOneBad() {
        JsonObject bad = with(newEntry(uniqueName("缺少依据的资源"), POLICE), "share",
                Json.createObjectBuilder().add("type", "NONE").build());
        return Json.createArrayBuilder()
                .add(newEntry(uniqueName("犬只登记信息"), POLICE))
                .add(bad)
                .add(newEntry(uniqueName("母婴保健服务信息"), HEALTH))
                .build();
    }

    @Test
    void oneBadEntryImportsNothingAndTheReportNamesIt() {
        long before = catalogSize();
        Api.Reply reply = Api.post(IMPORTS, admin, twoGoodOneBad().toString());
        assertTrue(reply.isProblem(400), reply.toString());
        Set<String> errors = reply.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field") + " " + e.getString("rule")).collect(Collectors.toSet());
        assertTrue(errors.contains("[1].share.basis share.basis.required"), errors.toString());
        JsonObject report = reply.object().getJsonObject("report");
        assertEquals(false, report.getBoolean("committed"));
        assertEquals("FAILED", report.getJsonArray("rows").getJsonObject(1).getString("status"));
        assertEquals(before, catalogSize(), "nothing was stored");
    }

    @Test
    void withAtomicFalseTheGoodEntriesAreImported() {
        long before = catalogSize();
        Api.Reply reply = Api.post(IMPORTS + "?atomic=false", admin, twoGoodOneBad().toString());
        assertEquals(200, reply.status(), reply.toString());
        JsonObject report = reply.object();
        assertEquals(2, report.getInt("imported"));
        assertEquals(1, report.getInt("failed"));
        JsonObject first = report.getJsonArray("rows").getJsonObject(0);
        assertEquals("IMPORTED", first.getString("status"));
        assertEquals(before + 2, catalogSize());
        JsonObject stored = Api.get("/api/v1/catalog/resources/" + first.getString("code"), admin).object();
        assertEquals("DRAFT", stored.getString("status"));
    }

    @Test
    void aCataloguerImportsOnlyOwnDepartmentEntries() {
        Api.Reply reply = Api.post(IMPORTS, Api.demoToken("cataloguer"), twoGoodOneBad().toString());
        assertTrue(reply.isProblem(400), reply.toString());
        assertTrue(reply.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("field").equals("[2].provider.code")
                        && e.getString("rule").equals("permission.provider")), reply.toString());
        assertTrue(Api.post(IMPORTS + "?initialStatus=PUBLISHED", Api.demoToken("cataloguer"),
                twoGoodOneBad().toString()).isProblem(403), "only an administrator imports published entries");
    }

    @Test
    void theCsvTemplateImportsAndErrorsCarryTheLineNumber() {
        Api.Reply template = Api.get(IMPORTS + "/template", admin);
        assertEquals(200, template.status(), template.toString());
        assertTrue(template.contentType().startsWith("text/csv"), template.contentType());
        String csv = template.body();

        Api.Reply asIs = Api.send("POST", IMPORTS, admin, "text/csv", csv);
        assertTrue(asIs.isProblem(400), "the template's examples are demo entries already: " + asIs);
        assertTrue(asIs.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("field").equals("line[2].name")
                        && e.getString("rule").equals("name.duplicate")), asIs.toString());

        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String renamed = csv.replace("户籍人口基本信息,", "户籍登记信息测试" + suffix + ",")
                .replace("环境空气质量监测信息,", "空气质量小时数据测试" + suffix + ",");
        Api.Reply imported = Api.send("POST", IMPORTS, admin, "text/csv", renamed);
        assertEquals(200, imported.status(), imported.toString());
        assertEquals(2, imported.object().getInt("imported"));
        assertEquals(2, imported.object().getJsonArray("rows").getJsonObject(0).getInt("line"));
    }

    @Test
    void aCodeAlreadyInTheCatalogIsReportedForItsEntry() {
        String taken = CatalogFixtures.firstPublished(POLICE, admin).getString("code");
        JsonObject entry = with(newEntry(uniqueName("占用代码的资源"), POLICE), "code", taken);
        Api.Reply reply = Api.post(IMPORTS, admin, Json.createArrayBuilder().add(entry).build().toString());
        assertTrue(reply.isProblem(400), reply.toString());
        assertTrue(reply.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("field").equals("[0].code") && e.getString("rule").equals("code.exists")),
                reply.toString());
    }

    @Test
    void aBodyThatIsNotAnArrayIsRefusedAsAWhole() {
        Api.Reply reply = Api.post(IMPORTS, admin, newEntry(uniqueName("单个对象"), POLICE).toString());
        assertTrue(reply.isProblem(400), reply.toString());
        Api.Reply empty = Api.post(IMPORTS, admin, "[]");
        assertTrue(empty.isProblem(400), empty.toString());
    }
}
