package io.govshare.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

import io.govshare.app.it.Api;

/**
 * The open-data portal in a real browser, as a member of the public uses it: find the demo dataset by a Chinese
 * query, register, sign in, apply for the 有条件开放 data, collect the key once the police reviewer approved, download
 * the masked CSV and check it, meet the 403 page, and sign out. Along the way the server is shown to refuse a forged
 * request that carries the session cookie but not the CSRF token.
 */
class PortalStoryIT {

    private static final String DATASET = "户籍人口抽样调查信息（脱敏）";
    private static final Pattern MASKED_NAME = Pattern.compile("^\\S\\*+$");
    private static final Pattern ID_NUMBER = Pattern.compile("^\\d{17}[\\dX]$");

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void publicUserFindsAppliesForAndDownloadsMaskedData() throws Exception {
        String username = "citizen" + Long.toString(System.nanoTime(), 36);

        // browse without an account: home page, then a Chinese query
        browser.go("/");
        browser.visible(By.cssSelector(".el-statistic"));
        browser.screenshot("01-home");
        browser.type(By.id("home-search"), "户籍人口抽样");
        browser.click(By.id("home-search-button"));
        browser.textOf(By.id("search-results"), DATASET);
        assertTrue(browser.driver.getCurrentUrl().contains("q="), browser.driver.getCurrentUrl());
        browser.screenshot("02-search");
        browser.click(By.linkText(DATASET));

        // dataset detail: metadata, licence, files with the checksums the API publishes
        assertEquals(DATASET, browser.textOf(By.id("dataset-title"), DATASET));
        String datasetId = browser.driver.getCurrentUrl().replaceFirst(".*/open/datasets/", "");
        JsonObject detail = Api.get("/api/v1/open/datasets/" + datasetId, null).object();
        String sha256 = detail.getJsonArray("releases").getJsonObject(0).getJsonArray("files").stream()
                .map(v -> v.asJsonObject()).filter(f -> f.getString("format").equals("CSV")).findFirst()
                .orElseThrow().getString("sha256");
        assertEquals("有条件开放", browser.visible(By.id("open-type")).getText());
        JsonObject ckan = Api.get("/api/3/action/package_show?id=" + datasetId, null).object().getJsonObject("result");
        WebElement licence = browser.visible(By.id("licence-link"));
        assertEquals(ckan.getString("license_title"), licence.getText());
        assertEquals(ckan.getString("license_url"), licence.getAttribute("href"));
        assertTrue(browser.driver.getPageSource().contains(sha256), "the page shows the published SHA-256");
        assertTrue(browser.visible(By.id("login-to-apply")).isDisplayed());
        browser.screenshot("03-dataset");

        browser.go("/open/statistics");
        browser.visible(By.cssSelector("#chart-by-day canvas"));
        browser.screenshot("04-statistics");
        browser.go("/open/developers");
        browser.visible(By.id("ckan-link"));
        browser.screenshot("05-developers");

        // a page for signed-in users, before signing in: the 401 page
        browser.go("/open/account");
        browser.visible(By.id("error-401"));

        // register, then sign in
        browser.go("/");
        browser.click(By.id("register-link"));
        browser.type(By.id("register-username"), username);
        browser.type(By.id("register-display-name"), "张三");
        browser.type(By.id("register-password"), "citizen-pass-1");
        browser.screenshot("06-register");
        browser.click(By.id("register-submit"));
        browser.waitForPath("/login");
        browser.type(By.id("login-password"), "citizen-pass-1");
        browser.screenshot("07-login");
        browser.click(By.id("login-submit"));
        assertEquals("张三", browser.textOf(By.id("current-user"), "张三"));

        // the session token is in an HttpOnly, SameSite=Strict cookie that page scripts cannot see
        Cookie session = browser.cookie("Bearer");
        assertNotNull(session, "session cookie");
        assertTrue(session.isHttpOnly(), "HttpOnly");
        assertEquals("Strict", session.getSameSite());
        String scriptCookies = (String) browser.script("return document.cookie");
        assertFalse(scriptCookies.contains(session.getValue()), scriptCookies);
        String csrf = browser.cookie("govshare_csrf").getValue();

        // apply for the conditionally open dataset
        browser.go("/open/datasets/" + datasetId);
        browser.type(By.id("apply-purpose"), "人口年龄结构研究，仅用于学术分析");
        browser.click(By.id("apply-submit"));
        browser.visible(By.id("apply-result"));
        browser.screenshot("08-applied");

        // the police department's reviewer approves it (through the API, as their own console is not built yet)
        String reviewer = Api.token("reviewer", "reviewer123");
        JsonObject application = Api.get("/api/v1/open/applications", reviewer).array().stream()
                .map(v -> v.asJsonObject()).filter(a -> a.getString("applicant").equals(username)).findFirst()
                .orElseThrow(() -> new AssertionError("the reviewer does not see the application"));
        assertEquals("SUBMITTED", application.getString("status"));
        Api.Reply approved = Api.post("/api/v1/open/applications/" + application.getJsonNumber("id") + "/decision",
                reviewer, "{\"decision\":\"APPROVE\"}");
        assertEquals(200, approved.status(), approved.body());

        // collect the key, download the masked CSV with it; the page checks the file against the published SHA-256
        browser.go("/open/account");
        browser.textOf(By.id("application-table"), "已通过");
        browser.click(By.cssSelector(".collect-key"));
        String key = browser.textOf(By.id("collected-key-value"), "gsk_").strip();
        browser.screenshot("09-account-key");
        browser.click(By.id("use-key"));
        assertEquals(key, browser.visible(By.id("api-key-input")).getAttribute("value"));
        browser.click(By.id("download-with-key"));
        assertTrue(browser.textOf(By.id("checksum-result"), "校验通过").contains("SHA-256"));
        WebElement preview = browser.visible(By.id("preview-table"));
        assertMaskedPreview(preview);
        browser.script("arguments[0].scrollIntoView({block: 'center'})", preview);
        browser.screenshot("10-download-preview");
        byte[] file = Api.sendWithHeader("GET", "/api/v1/open/datasets/" + datasetId + "/download?format=csv",
                "X-API-Key", key).response().body().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(sha256, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file)),
                "the collected key downloads the published file");

        // rate the dataset
        browser.click(By.cssSelector("#feedback-rating .el-rate__item:nth-child(4)"));
        browser.type(By.id("feedback-comment"), "脱敏规则说明清楚");
        browser.click(By.id("feedback-submit"));
        browser.textOf(By.cssSelector(".feedback"), "脱敏规则说明清楚");

        // a page that needs a role the user lacks: the 403 page; and the API behind it refuses too
        browser.go("/console/users");
        browser.textOf(By.id("error-403"), "403");
        browser.screenshot("11-forbidden");
        assertTrue(SessionCookies.send("GET", "/api/v1/users", session.getValue(), null, null).isProblem(403));

        // a forged request: the session cookie without the CSRF header is refused before anything happens
        Api.Reply forged = SessionCookies.send("POST", "/api/v1/open/api-keys", session.getValue(), null, null);
        assertTrue(forged.isProblem(403), forged.toString());
        assertEquals("X-CSRF-Token", forged.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        int keysBefore = SessionCookies.send("GET", "/api/v1/open/api-keys", session.getValue(), null, null)
                .array().size();
        Api.Reply withToken = SessionCookies.send("POST", "/api/v1/open/api-keys", session.getValue(), csrf, null);
        assertEquals(201, withToken.status(), withToken.body());
        assertEquals(keysBefore + 1, SessionCookies.send("GET", "/api/v1/open/api-keys", session.getValue(), null,
                null).array().size(), "only the request with the CSRF token created a key");

        // sign out: the cookies are gone and pages for signed-in users show the 401 page again
        browser.go("/");
        browser.click(By.id("logout"));
        browser.visible(By.id("login-link"));
        assertNull(browser.cookie("Bearer"));
        assertNull(browser.cookie("govshare_csrf"));
        browser.go("/open/account");
        browser.visible(By.id("error-401"));
        browser.screenshot("12-signed-out");

        List<String> errors = browser.severeConsoleEntries();
        assertTrue(errors.isEmpty(), "browser console errors: " + errors);
    }

    @Test
    void switchesBetweenChineseAndEnglish() {
        browser.go("/open/datasets");
        assertEquals("数据目录", browser.visible(By.cssSelector(".page h1")).getText());
        browser.click(By.id("locale-switch"));
        assertEquals("Datasets", browser.textOf(By.cssSelector(".page h1"), "Datasets"));
        browser.screenshot("13-english");
        browser.click(By.id("locale-switch"));
        assertEquals("数据目录", browser.textOf(By.cssSelector(".page h1"), "数据目录"));
        assertTrue(browser.severeConsoleEntries().isEmpty());
    }

    private static void assertMaskedPreview(WebElement table) {
        List<String> headers = table.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText).toList();
        int name = headers.indexOf("姓名");
        int id = headers.indexOf("公民身份号码");
        assertTrue(name >= 0 && id >= 0, "preview columns: " + headers);
        List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
        assertEquals(10, rows.size(), "ten preview rows");
        for (WebElement row : rows) {
            List<WebElement> cells = row.findElements(By.cssSelector("td"));
            String nameValue = cells.get(name).getText();
            String idValue = cells.get(id).getText();
            assertTrue(MASKED_NAME.matcher(nameValue).matches(), "name not masked: " + nameValue);
            assertFalse(ID_NUMBER.matcher(idValue).matches(), "ID number not masked: " + idValue);
        }
    }
}
