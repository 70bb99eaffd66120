package io.govshare.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/** Health, OpenAPI, the landing page, and problem+json for the runtime's own refusals. */
class PlatformIT {

    @Test
    void healthIsUpIncludingTheDatabaseReadinessCheck() {
        Api.Reply health = Api.get("/health", null);
        assertEquals(200, health.status(), health.toString());
        assertEquals("UP", health.object().getString("status"));
        JsonObject database = health.object().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("database")).findFirst().orElseThrow();
        assertEquals("UP", database.getString("status"));
        // Derby by default, PostgreSQL in the -Ppostgres pass: proves which database this run used
        assertEquals(System.getProperty("govshare.it.database", "Apache Derby"),
                database.getJsonObject("data").getString("product"));
    }

    @Test
    void theOpenApiDocumentListsTheTokenEndpointAndTheBearerScheme() {
        Api.Reply openapi = Api.get("/openapi", null); // JSON, since the helper asks for it
        assertEquals(200, openapi.status());
        JsonObject document = openapi.object();
        assertEquals("GovShare", document.getJsonObject("info").getString("title"));
        assertTrue(document.getJsonObject("paths").containsKey("/api/v1/auth/token"), openapi.body());
        assertTrue(document.getJsonObject("paths").containsKey("/api/v1/departments"), openapi.body());
        assertEquals("bearer", document.getJsonObject("components").getJsonObject("securitySchemes")
                .getJsonObject("bearer").getString("scheme"));
    }

    @Test
    void theLandingPageSaysWhatThePlatformIs() {
        Api.Reply page = Api.send("GET", "/", null, null, null);
        assertEquals(200, page.status());
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        assertTrue(page.body().contains("政务信息资源共享交换与数据开放"), page.body());
        assertTrue(page.body().contains("/openapi") && page.body().contains("/health"));
    }

    @Test
    void malformedJsonIs400NamingThePosition() {
        Api.Reply reply = Api.post("/api/v1/auth/token", null, "{\n  \"username\": \"admin\",\n  \"password\": }");
        assertTrue(reply.isProblem(400), reply.toString());
        assertTrue(reply.object().getString("detail").contains("line 3, column"), reply.body());
        JsonObject error = reply.object().getJsonArray("errors").getJsonObject(0);
        assertEquals("", error.getString("field"));
        assertEquals("json.syntax", error.getString("rule"));
    }

    @Test
    void anUnknownPathIs404ProblemJson() {
        Api.Reply reply = Api.get("/api/v1/no-such-thing", null);
        assertTrue(reply.isProblem(404), reply.toString());
        assertEquals("Not Found", reply.object().getString("title"));
        assertTrue(reply.object().containsKey("errors"));
    }

    @Test
    void anUnsupportedMethodIs405ProblemJsonWithAllow() {
        Api.Reply reply = Api.delete("/api/v1/auth/token", null);
        assertTrue(reply.isProblem(405), reply.toString());
        assertTrue(reply.header("Allow").orElse("").contains("POST"));
    }

    @Test
    void anUnsupportedContentTypeIs415ProblemJson() {
        Api.Reply reply = Api.send("POST", "/api/v1/auth/token", null, "text/plain", "admin:admin123");
        assertTrue(reply.isProblem(415), reply.toString());
    }
}
