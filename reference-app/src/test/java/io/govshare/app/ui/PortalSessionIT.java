package io.govshare.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpHeaders;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.govshare.app.it.Api;

/**
 * The web UI's session and its serving, over plain HTTP: the cookie login, the CSRF rule for cookie-authenticated
 * changes, bearer clients unaffected, and the SPA served beside the untouched machine interfaces.
 */
class PortalSessionIT {

    private static final String LOGIN = "{\"username\":\"consumer\",\"password\":\"consumer123\"}";

    @Test
    void loginSetsHttpOnlyStrictCookiesAndNeverShowsTheToken() {
        Api.Reply login = Api.post("/api/v1/auth/session", null, LOGIN);
        assertEquals(200, login.status(), login.body());
        String session = cookie(login.response().headers(), "Bearer");
        assertTrue(session.contains("HttpOnly") && session.contains("SameSite=Strict") && session.contains("Path=/"),
                session);
        String token = value(session);
        assertFalse(login.body().contains(token), "the token stays out of the page");
        String csrf = value(cookie(login.response().headers(), "govshare_csrf"));
        assertEquals(csrf, login.object().getString("csrfToken"));
        assertFalse(cookie(login.response().headers(), "govshare_csrf").contains("HttpOnly"), "the page reads it");

        Api.Reply me = SessionCookies.send("GET", "/api/v1/auth/session", token, null, null);
        assertEquals("consumer", me.object().getString("username"), me.body());
        assertEquals(List.of("CONSUMER"), me.object().getJsonArray("roles").getValuesAs(
                jakarta.json.JsonString::getString));
    }

    @Test
    void wrongPasswordStartsNoSession() {
        Api.Reply login = Api.post("/api/v1/auth/session", null, "{\"username\":\"consumer\",\"password\":\"nope\"}");
        assertTrue(login.isProblem(401), login.toString());
        assertTrue(login.response().headers().allValues("Set-Cookie").isEmpty());
        assertTrue(Api.get("/api/v1/auth/session", null).isProblem(401));
    }

    @Test
    void cookieChangesNeedTheSessionsCsrfToken() {
        Api.Reply login = Api.post("/api/v1/auth/session", null, LOGIN);
        String token = value(cookie(login.response().headers(), "Bearer"));
        String csrf = login.object().getString("csrfToken");
        String rating = "{\"rating\":4}";
        String path = "/api/v1/open/datasets/" + anyDatasetId() + "/feedback";

        Api.Reply missing = SessionCookies.send("POST", path, token, null, rating);
        assertTrue(missing.isProblem(403), missing.toString());
        assertEquals("csrf-token", missing.object().getJsonArray("errors").getJsonObject(0).getString("rule"));
        Api.Reply otherSession = SessionCookies.send("POST", path, token,
                Api.post("/api/v1/auth/session", null, LOGIN).object().getString("csrfToken") + "x", rating);
        assertTrue(otherSession.isProblem(403), otherSession.toString());
        assertEquals(201, SessionCookies.send("POST", path, token, csrf, rating).status());
        // reads need no CSRF token
        assertEquals(200, SessionCookies.send("GET", path, token, null, null).status());
    }

    @Test
    void bearerClientsWorkAsBeforeWhateverCookiesCome() {
        String bearer = Api.token("consumer", "consumer123");
        Api.Reply withStrayCookie = SessionCookies.send("POST", "/api/v1/open/datasets/" + anyDatasetId() + "/feedback",
                java.util.Map.of("Authorization", "Bearer " + bearer, "Cookie", "Bearer=not-a-token"), "{\"rating\":5}");
        assertEquals(201, withStrayCookie.status(), "bearer POST needs no CSRF token: " + withStrayCookie.body());
        // an expired or broken session cookie does not stop anyone from browsing public data
        Api.Reply anonymous = SessionCookies.send("GET", "/api/v1/open/datasets?size=1", "garbage", null, null);
        assertEquals(200, anonymous.status(), anonymous.body());
    }

    @Test
    void logoutClearsBothCookies() {
        Api.Reply login = Api.post("/api/v1/auth/session", null, LOGIN);
        String token = value(cookie(login.response().headers(), "Bearer"));
        Api.Reply forged = SessionCookies.send("DELETE", "/api/v1/auth/session", token, null, null);
        assertTrue(forged.isProblem(403), "a forged logout is refused too: " + forged);
        Api.Reply logout = SessionCookies.send("DELETE", "/api/v1/auth/session", token,
                login.object().getString("csrfToken"), null);
        assertEquals(204, logout.status());
        assertTrue(cookie(logout.response().headers(), "Bearer").contains("Max-Age=0"));
        assertTrue(cookie(logout.response().headers(), "govshare_csrf").contains("Max-Age=0"));
    }

    @Test
    void servesTheSinglePageApplicationBesideTheMachineInterfaces() {
        Api.Reply page = Api.send("GET", "/open/datasets/101001-000004", null, null, null);
        assertEquals(200, page.status());
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        assertTrue(page.body().contains("<div id=\"app\">"), page.body());
        assertTrue(page.header("Content-Security-Policy").orElseThrow().contains("script-src 'self'"));
        String script = page.body().replaceFirst("(?s).*<script type=\"module\" crossorigin src=\"([^\"]+)\".*", "$1");
        Api.Reply asset = Api.send("GET", script, null, null, null);
        assertEquals(200, asset.status(), script);
        assertTrue(asset.contentType().startsWith("text/javascript"), asset.contentType());
        assertTrue(asset.header("Cache-Control").orElseThrow().contains("immutable"));

        assertTrue(Api.get("/api/v1/no-such-thing", null).isProblem(404), "API paths are not pages");
        assertTrue(Api.get("/assets/no-such-file.js", null).isProblem(404));
        assertEquals(200, Api.get("/health", null).status());
        assertTrue(Api.get("/dcat/catalog.ttl", null).contentType().startsWith("text/turtle"));
    }

    private static String anyDatasetId() {
        return Api.get("/api/v1/open/datasets?size=1", null).object().getJsonArray("items").getJsonObject(0)
                .getString("id");
    }

    private static String cookie(HttpHeaders headers, String name) {
        return headers.allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + headers.map()));
    }

    private static String value(String setCookie) {
        return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
    }
}
