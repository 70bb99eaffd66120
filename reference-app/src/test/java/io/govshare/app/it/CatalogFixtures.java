package io.govshare.app.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Entries and shortcuts the catalog integration tests share. Departments come from the demo city. */
final class CatalogFixtures {

    static final String RESOURCES = "/api/v1/catalog/resources";
    static final String POLICE = department("01");
    static final String HEALTH = department("04");

    private CatalogFixtures() {
    }

    /** A name no other test run uses, so tests can rerun against a kept database. */
    static String uniqueName(String base) {
        return base + "（测试" + UUID.randomUUID().toString().substring(0, 6) + "）";
    }

    /** A valid DEPARTMENT entry of the given provider, 有条件共享 through an interface. */
    static JsonObject newEntry(String name, String providerCode) {
        String number = providerCode.equals(POLICE) ? "01" : "04";
        return Json.createObjectBuilder()
                .add("name", name)
                .add("summary", "记录本部门业务办理过程中形成的证件签发和注销信息，供相关部门核验。")
                .add("kind", "DEPARTMENT")
                .add("classificationCode", "3" + number + "901")
                .add("provider", Json.createObjectBuilder().add("code", providerCode).add("name", departmentName(providerCode)))
                .add("format", Json.createObjectBuilder().add("type", "DATABASE").add("detail", "PostgreSQL 15"))
                .add("dataItems", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("name", "证件号码").add("type", "STRING").add("length", 20)
                                .add("sensitive", true))
                        .add(Json.createObjectBuilder().add("name", "签发日期").add("type", "DATE"))
                        .add(Json.createObjectBuilder().add("name", "签发机关").add("type", "STRING").add("length", 100)))
                .add("share", Json.createObjectBuilder().add("type", "CONDITIONAL")
                        .add("condition", "仅向因履行法定职责确需使用的部门提供核验服务")
                        .add("basis", "《政务数据共享条例》")
                        .add("method", "INTERFACE"))
                .add("open", Json.createObjectBuilder().add("type", "NONE"))
                .add("updateCycle", "DAILY")
                .add("systemName", "证件管理系统")
                .build();
    }

    static JsonObject with(JsonObject object, String key, JsonValue value) {
        JsonObjectBuilder copy = Json.createObjectBuilder(object);
        return copy.add(key, value).build();
    }

    static JsonObject with(JsonObject object, String key, String value) {
        return with(object, key, Json.createValue(value));
    }

    static JsonObject without(JsonObject object, String key) {
        return Json.createObjectBuilder(object).remove(key).build();
    }

    static JsonObject create(String token, JsonObject entry) {
        Api.Reply created = Api.post(RESOURCES, token, entry.toString());
        assertEquals(201, created.status(), created.toString());
        return created.object();
    }

    static Api.Reply move(String path, String token, String action, String reason) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("action", action);
        if (reason != null) {
            body.add("reason", reason);
        }
        return Api.post(path + "/transitions", token, body.build().toString());
    }

    static JsonObject firstPublished(String providerCode, String token) {
        JsonArray items = Api.get(RESOURCES + "?status=PUBLISHED&size=1&provider=" + providerCode, token)
                .object().getJsonArray("items");
        assertFalse(items.isEmpty(), "the demo city has published entries of " + providerCode);
        return items.getJsonObject(0);
    }

    private static String department(String number) {
        return departments().getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("number").equals(number))
                .map(d -> d.getString("code"))
                .findFirst().orElseThrow();
    }

    private static String departmentName(String code) {
        return departments().getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("code").equals(code))
                .map(d -> d.getString("name"))
                .findFirst().orElseThrow();
    }

    private static JsonArray departments() {
        try (InputStream in = CatalogFixtures.class.getClassLoader().getResourceAsStream("demo/departments.json")) {
            return Json.createReader(in).readArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A REGISTERED police entry shared 无条件 (to every department): no legal basis, no provider decision. */
    static String unconditionalPoliceEntry(String name) {
        String cataloguer = Api.demoToken("cataloguer");
        JsonObject entry = with(newEntry(uniqueName(name), POLICE), "share", Json.createObjectBuilder()
                .add("type", "UNCONDITIONAL").add("method", "INTERFACE").build());
        String code = create(cataloguer, entry).getString("code");
        String path = RESOURCES + "/" + code;
        assertEquals(200, move(path, cataloguer, "SUBMIT", null).status());
        assertEquals("REGISTERED",
                move(path, Api.demoToken("reviewer"), "APPROVE", null).object().getString("status"));
        return code;
    }
}
