package io.govshare.app.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static io.govshare.app.it.CatalogFixtures.POLICE;
import static io.govshare.app.it.CatalogFixtures.RESOURCES;
import static io.govshare.app.it.CatalogFixtures.newEntry;
import static io.govshare.app.it.CatalogFixtures.uniqueName;
import static io.govshare.app.it.CatalogFixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad catalog input is answered with problem+json naming every field and rule, and stores nothing. */
class CatalogValidationIT {

    private final String cataloguer = Api.demoToken("cataloguer");

    private static Set<String> fieldRules(Api.Reply reply) {
        return reply.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field") + " " + e.getString("rule"))
                .collect(Collectors.toSet());
    }

    @Test
    void everyViolationIsNamedWithItsJsonPathAndRule() {
        JsonObject entry = newEntry(uniqueName("违规条目"), POLICE);
        JsonObject badShare = Json.createObjectBuilder().add("type", "CONDITIONAL").add("method", "INTERFACE").build();
        JsonObject badItem = Json.createObjectBuilder().add("name", "备注").add("type", "STRING").build();
        entry = with(entry, "share", badShare);
        entry = with(entry, "dataItems", Json.createArrayBuilder(entry.getJsonArray("dataItems")).add(badItem).build());
        entry = with(entry, "updateCycle", "SOMETIMES");

        Api.Reply reply = Api.post(RESOURCES, cataloguer, entry.toString());
        assertTrue(reply.isProblem(400), reply.toString());
        Set<String> found = fieldRules(reply);
        assertTrue(found.containsAll(Set.of(
                "share.condition share.condition.required",
                "share.basis share.basis.required",
                "dataItems[3].length data-item.length.required",
                "updateCycle enum")), found.toString());
    }

    @Test
    void malformedJsonIsABadRequestWithThePosition() {
        Api.Reply reply = Api.post(RESOURCES, cataloguer, "{\"name\": \"缺少右括号\"");
        assertTrue(reply.isProblem(400), reply.toString());
        assertEquals(Set.of(" json.syntax"), fieldRules(reply));
    }

    @Test
    void aProviderThatIsNotARegisteredDepartmentIsRefused() {
        JsonObject entry = with(newEntry(uniqueName("未登记部门资源"), POLICE), "provider",
                Json.createObjectBuilder().add("code", POLICE).add("name", "市公安厅").build());
        Api.Reply reply = Api.post(RESOURCES, cataloguer, entry.toString());
        assertTrue(reply.isProblem(400), reply.toString());
        assertTrue(fieldRules(reply).contains("provider.name provider.name.registered"), reply.toString());
    }

    @Test
    void aNameThatDiffersOnlyByPunctuationIsADuplicate() {
        String name = uniqueName("网约车驾驶员证信息");
        assertEquals(201, Api.post(RESOURCES, cataloguer, newEntry(name, POLICE).toString()).status());
        Api.Reply twin = Api.post(RESOURCES, cataloguer, newEntry(" " + name.replace("（", "(") + "。", POLICE).toString());
        assertTrue(twin.isProblem(400), twin.toString());
        assertTrue(fieldRules(twin).contains("name name.duplicate"), twin.toString());
    }

    @Test
    void theValidationEndpointReportsWarningsWithoutSaving() {
        JsonObject entry = with(newEntry(uniqueName("证件管理系统"), POLICE), "summary", "简短");
        Api.Reply reply = Api.post("/api/v1/catalog/validations", cataloguer, entry.toString());
        assertEquals(200, reply.status(), reply.toString());
        assertTrue(reply.object().getBoolean("valid"));
        assertTrue(reply.object().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .anyMatch(v -> v.getString("rule").equals("summary.too-short") && v.getString("severity").equals("WARNING")),
                reply.toString());
    }

    @Test
    void badQueryParametersAreNamed() {
        Api.Reply reply = Api.get(RESOURCES + "?kind=CITY&page=abc&sharetype=NONE", cataloguer);
        assertTrue(reply.isProblem(400), reply.toString());
        assertEquals(Set.of("kind enum", "page type", "sharetype unknown-parameter"), fieldRules(reply));
    }

    @Test
    void theCodeCannotBeChangedByAnEdit() {
        JsonObject created = CatalogFixtures.create(cataloguer, newEntry(uniqueName("驾驶证信息"), POLICE));
        String path = RESOURCES + "/" + created.getString("code");
        Api.Reply reply = Api.put(path, cataloguer, with(created, "code", "301901/999999").toString());
        assertTrue(reply.isProblem(400), reply.toString());
        assertEquals(Set.of("code code.immutable"), fieldRules(reply));
    }
}
