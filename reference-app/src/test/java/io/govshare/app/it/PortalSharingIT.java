package io.govshare.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import io.govshare.app.ui.Browser;
import io.govshare.app.ui.SessionCookies;
import io.govshare.exchange.PacketId;
import io.govshare.exchange.PacketOperation;
import io.govshare.security.crypto.CryptoProfiles;
import io.govshare.security.identity.Certificates;
import io.govshare.security.identity.NodeIdentity;

/**
 * Issue 5's sharing story in a real browser: the police cataloguer catalogues and submits an entry in the console,
 * the police reviewer registers it and the platform reviewer publishes it; the civil-affairs consumer finds it by a
 * Chinese query and applies; the platform reviewer passes the conformity review and the police reviewer approves,
 * both in their to-dos; the provider's node submits a packet (SDK, as SharingIT does); the consumer subscribes in the
 * portal and sees the delivery; a cataloguer of another department is refused. Lives in this package for the
 * exchange and catalog fixtures.
 */
class PortalSharingIT {

    private Browser browser;

    @TempDir
    Path temp;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void anEntryIsCataloguedPublishedAppliedForApprovedSubscribedAndDelivered() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String name = "网约车驾驶员背景核查信息（" + suffix + "）";

        // the police cataloguer: the console refuses an empty entry at the fields, then takes a complete one
        browser.signIn("cataloguer", "cataloguer123");
        browser.go("/console/catalog");
        browser.visible(By.id("console-table"));
        browser.screenshot("20-console");
        browser.click(By.id("console-new"));
        browser.click(By.id("entry-validate"));
        browser.textOf(By.id("validation-result"), "个错误");
        browser.visible(By.cssSelector(".el-form-item.is-error #entry-name"));
        browser.screenshot("21-console-validation");
        browser.type(By.id("entry-name"), name);
        browser.type(By.id("entry-summary"), "记录网约车驾驶员的证件签发和背景核查结果，供相关部门核验。");
        browser.type(By.id("entry-classification"), "301901");
        browser.type(By.id("entry-share-condition"), "仅向因履行法定职责确需使用的部门提供核验服务");
        browser.type(By.id("entry-share-basis"), "《政务数据共享条例》");
        browser.type(By.id("entry-system"), "证件管理系统");
        item(0, "证件号码", null, "20", null);
        browser.click(By.id("entry-add-item"));
        item(1, "签发日期", "DATE", null, null);
        browser.click(By.id("entry-add-item"));
        item(2, "签发机关", null, "100", null);
        browser.click(By.id("entry-add-item"));
        item(3, "人像照片", "BINARY", null, "不予共享");
        browser.click(By.id("entry-validate"));
        browser.textOf(By.id("validation-result"), "校验通过");
        browser.click(By.id("entry-save"));
        browser.until(d -> d.getCurrentUrl().contains("/console/catalog/entries/"));
        String code = browser.driver.getCurrentUrl().replaceFirst(".*/console/catalog/entries/", "");
        assertEquals("草稿", browser.textOf(By.id("entry-status"), "草稿"));

        // a second version, and the difference between the two
        browser.type(By.id("entry-summary"), "记录网约车驾驶员的证件签发和背景核查结果，供交通、民政等部门核验。");
        browser.click(By.id("entry-save"));
        browser.until(d -> d.findElements(By.cssSelector("#version-table .el-table__body tr")).size() == 2);
        for (WebElement box : browser.driver.findElements(By.cssSelector("#version-table .el-table__body tr .el-checkbox"))) {
            box.click();
        }
        browser.click(By.id("compare-versions"));
        assertTrue(browser.textOf(By.id("version-diff"), "summary").contains("交通、民政"));
        browser.screenshot("22-console-diff");
        browser.click(By.id("transition-SUBMIT"));
        browser.textOf(By.id("entry-status"), "待注册审核");
        browser.signOut();

        // the police reviewer registers it, the platform reviewer publishes it
        move("reviewer", "reviewer123", code, "APPROVE", "已注册");
        browser.screenshot("23-console-registered");
        move("platform-reviewer", "reviewer123", code, "PUBLISH", "已发布");

        // the consumer (市民政局) finds it by a Chinese query and applies for two items; 人像照片 cannot be chosen
        browser.signIn("consumer", "consumer123");
        browser.go("/share");
        browser.visible(By.id("class-tree"));
        browser.type(By.id("share-search-input"), "网约车驾驶员背景核查");
        browser.click(By.id("share-search-button"));
        browser.textOf(By.id("share-results"), name);
        browser.visible(By.id("facet-shareType"));
        browser.screenshot("24-portal-search");
        browser.click(By.linkText(name));
        assertEquals(name, browser.textOf(By.id("resource-title"), name));
        assertEquals(1, browser.driver.findElements(By.cssSelector("#item-table tr.share-NONE")).size());
        WebElement photo = browser.visible(By.xpath("//label[contains(@class,'apply-item')][contains(.,'人像照片')]"));
        assertTrue(photo.getAttribute("class").contains("is-disabled"), "不予共享 items cannot be applied for");
        browser.click(By.xpath("//label[contains(@class,'apply-item')][contains(.,'证件号码')]"));
        browser.click(By.xpath("//label[contains(@class,'apply-item')][contains(.,'签发日期')]"));
        browser.type(By.id("apply-purpose"), "核验网约车驾驶员申请最低生活保障时的证件信息");
        browser.click(By.id("apply-submit"));
        browser.textOf(By.cssSelector(".el-form-item.is-error"), "legal");
        // the refused request is the only console entry so far (Chromium logs every 4xx answer)
        List<String> refused = browser.severeConsoleEntries();
        assertTrue(refused.size() == 1 && refused.get(0).contains("/api/v1/sharing/applications")
                && refused.get(0).contains("status of 400"), refused.toString());
        browser.type(By.id("apply-legal-basis"), "《政务数据共享条例》第十五条");
        browser.click(By.id("apply-submit"));
        browser.visible(By.id("apply-done"));
        browser.screenshot("25-portal-applied");
        long id = Api.get("/api/v1/sharing/applications?scope=mine", Api.demoToken("consumer")).object()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("resourceCode").equals(code)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        browser.go("/share/applications");
        browser.textOf(By.id("application-table"), "合规性审查");
        browser.screenshot("26-my-applications");
        browser.signOut();

        // conformity review and the provider's decision, each in the reviewer's to-dos
        decide("platform-reviewer", "application.conformity-review", id, ".todo-pass", "27-todos-conformity");
        decide("reviewer", "application.provider-review", id, ".todo-approve", "28-todos-provider");

        // the provider's node sends a FULL packet; the consumer's node is registered and approved by the admin
        JsonObject trust = Api.get("/api/v1/exchange/trust", null).object();
        X509Certificate hub = Certificates.readCertificate(trust.getString("hubCertificate"));
        NodeIdentity provider = ExchangeFixtures.approvedNode(Api.demoToken("cataloguer"), CryptoProfiles.SM);
        ExchangeFixtures.approvedNode(Api.demoToken("consumer"), CryptoProfiles.SM);
        List<JsonObject> records = IntStream.range(0, 4).mapToObj(i -> Json.createObjectBuilder()
                .add("证件号码", "W" + String.format("%08d", i)).add("签发日期", "2026-11-0" + (1 + i))
                .add("签发机关", "示范市公安局").build()).toList();
        Api.Reply accepted = ExchangeFixtures.submit(Api.demoToken("cataloguer"), ExchangeFixtures.seal(provider,
                PacketId.random(), code, 1, records, hub, PacketOperation.FULL));
        assertEquals(201, accepted.status(), accepted.toString());

        // the consumer subscribes in the portal and sees what was delivered
        browser.signIn("consumer", "consumer123");
        browser.go("/share/applications");
        browser.textOf(By.id("application-table"), "已批准");
        browser.click(By.cssSelector("#application-table .subscribe"));
        browser.waitForPath("/share/subscriptions");
        // this entry's subscription (the page names each resource once its entry has loaded)
        WebElement subscription = browser.until(d -> d.findElements(By.cssSelector(".subscription")).stream()
                .filter(e -> e.getText().contains(name) && !e.findElements(By.cssSelector(".packets")).isEmpty()
                        && Integer.parseInt(e.findElement(By.cssSelector(".packets")).getText()) > 0)
                .findFirst().orElse(null));
        assertTrue(Integer.parseInt(subscription.findElement(By.cssSelector(".records")).getText()) >= 4);
        assertTrue(Integer.parseInt(subscription.findElement(By.cssSelector(".nodes")).getText()) >= 1);
        browser.screenshot("29-subscriptions");
        browser.go("/share/notifications");
        browser.visible(By.id("notification-table"));
        browser.screenshot("30-notifications");
        browser.go("/share/demands");
        browser.visible(By.id("demand-table"));
        browser.screenshot("31-demands");
        browser.go("/share/statistics");
        browser.visible(By.cssSelector("#chart-by-provider canvas"));
        browser.screenshot("32-share-statistics");
        browser.signOut();

        // the health commission's cataloguer: the page offers no editing of a police entry, the server refuses it,
        // and a page for other roles shows the 403 page
        browser.signIn("health-cataloguer", "cataloguer123");
        browser.go("/console/catalog/entries/" + code);
        browser.textOf(By.id("entry-status"), "已发布");
        assertTrue(browser.driver.findElements(By.cssSelector("[id^='transition-']")).isEmpty(), "no transitions offered");
        assertTrue(browser.visible(By.id("entry-save")).getAttribute("class").contains("is-disabled"));
        String cookie = browser.cookie("Bearer").getValue();
        String csrf = browser.cookie("govshare_csrf").getValue();
        JsonObject entry = Api.get(CatalogFixtures.RESOURCES + "/" + code, null).object();
        Api.Reply edit = SessionCookies.send("PUT", CatalogFixtures.RESOURCES + "/" + code, cookie, csrf,
                CatalogFixtures.with(entry, "summary", "改写他人目录").toString());
        assertTrue(edit.isProblem(403), edit.toString());
        Api.Reply decision = SessionCookies.send("POST", "/api/v1/sharing/applications/" + id + "/decision", cookie,
                csrf, "{\"decision\":\"REFUSE\",\"reason\":\"x\"}");
        assertTrue(decision.status() == 403, decision.toString());
        browser.go("/console/users");
        browser.textOf(By.id("error-403"), "403");
        browser.screenshot("33-forbidden");

        List<String> errors = browser.severeConsoleEntries();
        assertTrue(errors.isEmpty(), "browser console errors: " + errors);
    }

    @Test
    void aBulkImportWithABadRowShowsTheReportPerRowInChineseAndEnglish() throws Exception {
        JsonObject good = CatalogFixtures.newEntry(CatalogFixtures.uniqueName("导入测试信息"), CatalogFixtures.POLICE);
        JsonObject bad = CatalogFixtures.without(CatalogFixtures.newEntry(CatalogFixtures.uniqueName("导入缺摘要信息"),
                CatalogFixtures.POLICE), "summary");
        Path file = temp.resolve("entries.json");
        Files.writeString(file, Json.createArrayBuilder().add(good).add(bad).build().toString());
        browser.signIn("cataloguer", "cataloguer123");
        browser.go("/console/catalog/import");
        browser.visible(By.id("import-file")).sendKeys(file.toString());
        browser.click(By.id("import-upload"));
        browser.textOf(By.id("import-summary"), "导入被拒绝");
        String report = browser.textOf(By.id("import-report"), "summary");
        assertTrue(report.contains("有错误") && report.contains("未导入"), report);
        browser.screenshot("34-import-report");
        browser.click(By.id("locale-switch"));
        assertEquals("Bulk import", browser.textOf(By.cssSelector(".page h1"), "Bulk import"));
        browser.textOf(By.id("import-report"), "Errors");
        browser.go("/share");
        assertEquals("Sharing portal", browser.textOf(By.cssSelector(".page h1"), "Sharing portal"));
        browser.textOf(By.id("class-tree"), "Base information resource catalog");
        browser.screenshot("35-portal-english");
        browser.click(By.id("locale-switch"));
        assertTrue(browser.severeConsoleEntries().stream().allMatch(e -> e.contains("status of 400")),
                "only the refused import is logged");
    }

    /** Fills data-item row {@code i}: name, and where given the type, length and share type (by their labels). */
    private void item(int i, String name, String type, String length, String shareLabel) {
        String row = "#entry-items .item:nth-of-type(" + (i + 1) + ") ";
        browser.type(By.cssSelector(row + ".item-name input"), name);
        if (type != null) {
            choose(By.cssSelector(row + ".item-type"), type);
        }
        if (length != null) {
            browser.type(By.cssSelector(row + ".item-length input"), length);
        }
        if (shareLabel != null) {
            choose(By.cssSelector(row + ".item-share"), shareLabel);
        }
    }

    /** Opens an Element Plus select and clicks the visible option with that text. */
    private void choose(By select, String option) {
        browser.click(select);
        browser.until(d -> d.findElements(By.xpath("//li[contains(@class,'el-select-dropdown__item')][normalize-space()='"
                + option + "']")).stream().filter(WebElement::isDisplayed).findFirst().orElse(null)).click();
    }

    private void move(String user, String password, String code, String action, String status) {
        browser.signIn(user, password);
        browser.go("/console/catalog/entries/" + code);
        browser.click(By.id("transition-" + action));
        browser.textOf(By.id("entry-status"), status);
        browser.signOut();
    }

    private void decide(String user, String kind, long id, String button, String screenshot) {
        browser.signIn(user, "reviewer123");
        browser.go("/share/todos");
        By card = By.cssSelector(".todo[data-kind='" + kind + "'][data-id='" + id + "']");
        browser.visible(card);
        browser.type(By.cssSelector(".todo[data-kind='" + kind + "'][data-id='" + id + "'] .todo-reason input"),
                "用途与法定职责相符");
        browser.screenshot(screenshot);
        browser.click(By.cssSelector(".todo[data-kind='" + kind + "'][data-id='" + id + "'] " + button));
        browser.until(d -> d.findElements(card).isEmpty());
        browser.signOut();
    }
}
