package io.govshare.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

class DepartmentsIT {

    @Test
    void listsTheDemoDepartmentsSortedByNumberToAnySignedInUser() {
        Api.Reply reply = Api.get("/api/v1/departments", Api.demoToken("consumer"));
        assertEquals(200, reply.status(), reply.toString());
        List<JsonObject> departments = reply.array().getValuesAs(JsonObject.class);
        assertTrue(departments.size() >= 30, "the demo city has 30 departments");
        JsonObject first = departments.get(0);
        assertEquals("01", first.getString("number"));
        assertEquals("市公安局", first.getString("name"));
        List<String> numbers = departments.stream().map(d -> d.getString("number")).toList();
        assertEquals(numbers.stream().sorted().toList(), numbers);
    }

    @Test
    void findsOneDepartmentByCodeAndAnswers404ForAnUnknownOne() {
        String token = Api.demoToken("reviewer");
        String code = Api.get("/api/v1/departments", token).array().getJsonObject(1).getString("code");
        Api.Reply one = Api.get("/api/v1/departments/" + code, token);
        assertEquals(200, one.status(), one.toString());
        assertEquals(code, one.object().getString("code"));
        assertTrue(Api.get("/api/v1/departments/000000000000000000", token).isProblem(404));
    }

    @Test
    void refusesACodeOfTheWrongShapeNamingTheField() {
        Api.Reply reply = Api.post("/api/v1/departments", Api.demoToken("admin"),
                "{\"code\":\"12345\",\"name\":\"测试局\",\"number\":\"96\"}");
        assertTrue(reply.isProblem(400), reply.toString());
        JsonObject error = reply.object().getJsonArray("errors").getJsonObject(0);
        assertEquals("code", error.getString("field"));
        assertEquals("department-code.format", error.getString("rule"));
    }

    @Test
    void acceptsAFailingCheckCharacterWithAWarning() {
        // 11390500013905990X: GB 32100 gives B as the check character
        Api.Reply reply = Api.post("/api/v1/departments", Api.demoToken("admin"),
                "{\"code\":\"11390500013905990X\",\"name\":\"校验位测试局\",\"number\":\"95\",\"region\":\"示范市\"}");
        assertEquals(201, reply.status(), reply.toString());
        JsonObject warning = reply.object().getJsonArray("warnings").getJsonObject(0);
        assertEquals("code", warning.getString("field"));
        assertEquals("department-code.check-character", warning.getString("rule"));
        assertEquals(200, Api.get("/api/v1/departments/11390500013905990X", Api.demoToken("admin")).status());
    }

    @Test
    void refusesADuplicateNumber() {
        Api.Reply reply = Api.post("/api/v1/departments", Api.demoToken("admin"),
                "{\"code\":\"113905000139059908\",\"name\":\"重号局\",\"number\":\"01\"}");
        assertTrue(reply.isProblem(409), reply.toString());
    }

    @Test
    void onlyAnAdministratorRegistersDepartments() {
        Api.Reply reply = Api.post("/api/v1/departments", Api.demoToken("cataloguer"),
                "{\"code\":\"113905000139059908\",\"name\":\"越权局\",\"number\":\"94\"}");
        assertTrue(reply.isProblem(403), reply.toString());
    }
}
