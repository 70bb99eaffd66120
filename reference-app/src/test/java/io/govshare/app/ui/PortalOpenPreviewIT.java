package io.govshare.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import io.govshare.app.it.Api;

/**
 * 无条件开放 data in the browser without an account: the health commission publishes a release of a statistics
 * dataset (through the API), and an anonymous visitor sees its plain download links and previews its first ten
 * records, read from the start of the CSV file.
 */
class PortalOpenPreviewIT {

    private static final String DATASET = "医疗卫生人员统计信息";
    /** Enough records that each district (the quasi-identifier of the default policy) has 20: the risk gate passes. */
    private static final int RECORDS = 40;
    private static final String HEADER = "统计年度,所属区县,机构类别,执业医师数,注册护士数,药师数,每千人床位数";

    @Test
    void anonymousVisitorPreviewsAndDownloadsOpenData() {
        String id = publishedRelease();
        try (Browser browser = Browser.open()) {
            browser.go("/open/datasets/" + id);
            assertEquals(DATASET, browser.textOf(By.id("dataset-title"), DATASET));
            assertEquals("无条件开放", browser.visible(By.id("open-type")).getText());
            WebElement csvLink = browser.visible(By.cssSelector(".download-link[data-format='CSV']"));
            assertTrue(csvLink.getAttribute("href").contains("/api/v1/open/datasets/" + id + "/download?format=csv"),
                    csvLink.getAttribute("href"));
            int downloads = downloads(id);
            browser.click(By.id("preview-button"));
            WebElement table = browser.visible(By.id("preview-table"));
            List<String> headers = table.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText)
                    .toList();
            assertEquals(List.of(HEADER.split(",")), headers);
            List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
            assertEquals(10, rows.size(), "the first ten records");
            assertEquals(row(0), rows.get(0).findElements(By.cssSelector("td")).stream().map(WebElement::getText)
                    .collect(Collectors.joining(",")));
            assertEquals(downloads, downloads(id), "the preview reads a range of the file: not a download");
            browser.script("arguments[0].scrollIntoView({block: 'center'})", table);
            browser.screenshot("14-open-preview");
            assertTrue(browser.severeConsoleEntries().isEmpty(), browser.severeConsoleEntries().toString());
        }
    }

    private static int downloads(String id) {
        return Api.get("/api/v1/open/statistics", null).object().getJsonObject("byDataset").getInt(id, 0);
    }

    /** The dataset's id, after the health commission's cataloguer released forty records of it. */
    private static String publishedRelease() {
        JsonObject dataset = Api.get("/api/v1/open/datasets?size=100&q=" + java.net.URLEncoder.encode(DATASET,
                java.nio.charset.StandardCharsets.UTF_8), null).object().getJsonArray("items").stream()
                .map(v -> v.asJsonObject()).filter(d -> d.getString("title").equals(DATASET)).findFirst()
                .orElseThrow(() -> new AssertionError(DATASET + " is in the demo open catalog"));
        String id = dataset.getString("id");
        String csv = HEADER + "\n" + IntStream.range(0, RECORDS).mapToObj(PortalOpenPreviewIT::row)
                .collect(Collectors.joining("\n")) + "\n";
        Api.Reply released = Api.send("POST", "/api/v1/open/datasets/" + id + "/releases",
                Api.demoToken("health-cataloguer"), "text/csv", csv);
        assertEquals(201, released.status(), released.toString());
        return id;
    }

    private static String row(int i) {
        return "2025," + (i % 2 == 0 ? "渝中区" : "江北区") + ",医院," + (1000 + i) + "," + (1500 + i) + ","
                + (200 + i) + ",6." + (i % 9 + 1);
    }
}
