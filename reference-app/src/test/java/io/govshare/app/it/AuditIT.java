package io.govshare.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

class AuditIT {

    @Test
    void aStateChangeWritesAnAuditEventWithActorAndAfterImage() {
        Instant before = Instant.now().minusSeconds(5);
        String username = "audited-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply created = Api.post("/api/v1/users", Api.demoToken("admin"), Json.createObjectBuilder()
                .add("username", username).add("displayName", "审计对象").add("password", "s3cret-passw0rd")
                .add("roles", Json.createArrayBuilder().add("CONSUMER")).build().toString());
        assertEquals(201, created.status(), created.toString());

        Api.Reply events = Api.get("/api/v1/audit/events?action=user.create&targetId=" + username
                + "&from=" + before, Api.demoToken("auditor"));
        assertEquals(200, events.status(), events.toString());
        assertEquals(1, events.object().getInt("total"));
        JsonObject event = events.object().getJsonArray("items").getJsonObject(0);
        assertEquals("admin", event.getString("actor"));
        assertEquals(Json.createArrayBuilder().add("PLATFORM_ADMIN").build(), event.getJsonArray("actorRoles"));
        assertEquals("user", event.getString("targetType"));
        assertTrue(event.isNull("before"));
        assertEquals(username, event.getJsonObject("after").getString("username"));
        assertTrue(Instant.parse(event.getString("occurredAt")).isAfter(before));
    }

    @Test
    void aRefusedChangeLeavesNoAuditEvent() {
        String admin = Api.demoToken("admin");
        Api.Reply refused = Api.post("/api/v1/departments", admin,
                "{\"code\":\"113905000139059908\",\"name\":\"重号局\",\"number\":\"01\"}");
        assertEquals(409, refused.status());
        Api.Reply events = Api.get("/api/v1/audit/events?action=department.create&targetId=113905000139059908", admin);
        assertEquals(0, events.object().getInt("total"), events.body());
    }

    @Test
    void failedLoginsAreRecordedWithTheReasonForTheAuditor() {
        String username = "ghost-" + UUID.randomUUID().toString().substring(0, 8);
        Api.post("/api/v1/auth/token", null, "{\"username\":\"" + username + "\",\"password\":\"guess\"}");
        Api.Reply events = Api.get("/api/v1/audit/events?action=auth.login.failed&targetId=" + username,
                Api.demoToken("auditor"));
        JsonObject event = events.object().getJsonArray("items").getJsonObject(0);
        assertEquals("anonymous", event.getString("actor"));
        assertEquals("unknown user", event.getString("detail"));
    }

    @Test
    void listsNewestFirstInPages() {
        Api.Reply page = Api.get("/api/v1/audit/events?page=1&size=2", Api.demoToken("auditor"));
        assertEquals(200, page.status());
        var items = page.object().getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(2, items.size());
        assertTrue(items.get(0).getJsonNumber("id").longValue() > items.get(1).getJsonNumber("id").longValue());
        assertTrue(page.object().getInt("total") >= 2);
    }

    @Test
    void onlyAuditorsAndAdministratorsReadTheTrail() {
        assertTrue(Api.get("/api/v1/audit/events", Api.demoToken("cataloguer")).isProblem(403));
    }

    @Test
    void badFiltersAre400NamingTheParameter() {
        Api.Reply reply = Api.get("/api/v1/audit/events?from=yesterday&page=abc", Api.demoToken("auditor"));
        assertTrue(reply.isProblem(400), reply.toString());
        var fields = reply.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
        assertEquals(List.of("from", "page"), fields);
    }
}
