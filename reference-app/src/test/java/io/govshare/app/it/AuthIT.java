package io.govshare.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

class AuthIT {

    @Test
    void issuesABearerTokenThatThePlatformAccepts() {
        Api.Reply reply = Api.post("/api/v1/auth/token", null, "{\"username\":\"cataloguer\",\"password\":\""
                + Api.demoPassword("cataloguer") + "\"}");
        assertEquals(200, reply.status(), reply.toString());
        JsonObject token = reply.object();
        assertEquals("Bearer", token.getString("token_type"));
        assertTrue(token.getJsonNumber("expires_in").longValue() > 0);
        assertEquals(3, token.getString("access_token").split("\\.").length, "a compact JWS");

        Api.Reply me = Api.get("/api/v1/auth/me", token.getString("access_token"));
        assertEquals(200, me.status(), me.toString());
        assertEquals("cataloguer", me.object().getString("username"));
        assertEquals(Json.createArrayBuilder().add("DEPT_CATALOGUER").build(), me.object().getJsonArray("roles"));
        assertEquals("市公安局", me.object().getString("departmentName"));
        assertEquals(18, me.object().getString("departmentCode").length());
    }

    @Test
    void aWrongPasswordIs401WithoutSayingWhichCredentialWasWrong() {
        Api.Reply wrongPassword = Api.post("/api/v1/auth/token", null, "{\"username\":\"admin\",\"password\":\"nope\"}");
        Api.Reply unknownUser = Api.post("/api/v1/auth/token", null, "{\"username\":\"nobody\",\"password\":\"nope\"}");
        assertTrue(wrongPassword.isProblem(401), wrongPassword.toString());
        assertTrue(unknownUser.isProblem(401), unknownUser.toString());
        assertEquals(wrongPassword.object().getString("detail"), unknownUser.object().getString("detail"));
        assertFalse(wrongPassword.body().toLowerCase().contains("password is"), wrongPassword.body());
    }

    @Test
    void aMissingCredentialIsA400NamingTheField() {
        Api.Reply reply = Api.post("/api/v1/auth/token", null, "{\"username\":\"admin\"}");
        assertTrue(reply.isProblem(400), reply.toString());
        JsonObject error = reply.object().getJsonArray("errors").getJsonObject(0);
        assertEquals("password", error.getString("field"));
        assertEquals("notBlank", error.getString("rule"));
    }

    @Test
    void aProtectedCallWithoutATokenIs401ProblemJson() {
        Api.Reply reply = Api.get("/api/v1/departments", null);
        assertTrue(reply.isProblem(401), reply.toString());
        assertEquals("Bearer", reply.header("WWW-Authenticate").orElse(""));
    }

    @Test
    void aForgedOrGarbledTokenIs401() {
        String token = Api.demoToken("consumer");
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        assertTrue(Api.get("/api/v1/auth/me", forged).isProblem(401));
        assertTrue(Api.get("/api/v1/auth/me", "not-a-token").isProblem(401));
    }

    @Test
    void theWrongRoleIs403ProblemJson() {
        Api.Reply reply = Api.get("/api/v1/users", Api.demoToken("consumer"));
        assertTrue(reply.isProblem(403), reply.toString());
        assertTrue(reply.object().getString("detail").contains("PLATFORM_ADMIN"), reply.body());
    }

    @Test
    void anAuditorReadsButCannotChangeAnything() {
        String auditor = Api.demoToken("auditor");
        assertEquals(200, Api.get("/api/v1/users", auditor).status());
        Api.Reply post = Api.post("/api/v1/departments", auditor,
                "{\"code\":\"113905000139059908\",\"name\":\"审计测试局\",\"number\":\"97\"}");
        assertTrue(post.isProblem(403), post.toString());
        assertTrue(post.object().getString("detail").contains("read-only"), post.body());
    }

    @Test
    void anAdministratorCreatesAUserWhoCanThenLogIn() {
        String admin = Api.demoToken("admin");
        String username = "user-" + UUID.randomUUID().toString().substring(0, 8);
        String policeCode = Api.get("/api/v1/departments", admin).array().getJsonObject(0).getString("code");
        Api.Reply created = Api.post("/api/v1/users", admin, Json.createObjectBuilder()
                .add("username", username).add("displayName", "新编目员").add("password", "s3cret-passw0rd")
                .add("departmentCode", policeCode).add("roles", Json.createArrayBuilder().add("DEPT_CATALOGUER"))
                .build().toString());
        assertEquals(201, created.status(), created.toString());
        assertTrue(created.header("Location").orElse("").endsWith("/api/v1/users/" + username));
        assertFalse(created.body().contains("argon2"), "the password hash never leaves the server");

        Api.Reply me = Api.get("/api/v1/auth/me", Api.token(username, "s3cret-passw0rd"));
        assertEquals(policeCode, me.object().getString("departmentCode"));
    }

    @Test
    void aDisabledUserCannotLogIn() {
        String username = "off-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply created = Api.post("/api/v1/users", Api.demoToken("admin"), Json.createObjectBuilder()
                .add("username", username).add("displayName", "停用账号").add("password", "s3cret-passw0rd")
                .add("roles", Json.createArrayBuilder().add("CONSUMER")).add("enabled", false).build().toString());
        assertEquals(201, created.status(), created.toString());
        Api.Reply login = Api.post("/api/v1/auth/token", null,
                "{\"username\":\"" + username + "\",\"password\":\"s3cret-passw0rd\"}");
        assertTrue(login.isProblem(401), login.toString());
    }

    @Test
    void departmentRolesNeedAnExistingDepartment() {
        Api.Reply reply = Api.post("/api/v1/users", Api.demoToken("admin"), Json.createObjectBuilder()
                .add("username", "no-dept").add("displayName", "无部门").add("password", "s3cret-passw0rd")
                .add("roles", Json.createArrayBuilder().add("DEPT_REVIEWER")).build().toString());
        assertTrue(reply.isProblem(400), reply.toString());
        assertEquals("departmentCode", reply.object().getJsonArray("errors").getJsonObject(0).getString("field"));
    }
}
