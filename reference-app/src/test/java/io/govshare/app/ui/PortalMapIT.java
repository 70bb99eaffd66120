package io.govshare.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.govshare.app.it.Api;

/**
 * The map page (OpenLayers) against the platform's map services. An anonymous visitor sees the population grid
 * drawn in the server's own class colours, the legend of those classes, can switch to the enterprise density and
 * the district totals, gets counts (or "withheld", never a value) by clicking, and is offered no point layer — the
 * server refuses its features and draws its tiles from the aggregate. The police department's reviewer (its
 * department provides the demo population resource) signs in on the page and gets the population points, through
 * the same cookie session; signing out takes them away again.
 */
class PortalMapIT {

    private static final String POINTS_TILE = "/tiles/population-points/12/3325/1627.png";

    @Test
    void anonymousVisitorSeesOnlyAggregates() {
        List<String> gridColours = classColours("population-grid", null);
        assertEquals(5, gridColours.size(), "the population grid has five classes on the server");
        try (Browser browser = Browser.open()) {
            browser.go("/");
            browser.click(By.id("nav-map"));
            browser.waitForPath("/open/map");
            WebElement notice = browser.visible(By.id("map-notice"));
            assertEquals("aggregate", notice.getAttribute("data-view"));
            assertTrue(notice.getText().contains("仅显示脱敏汇总"), notice.getText());

            // legend = the server's classes, and the map shows cells in those very colours
            assertEquals(gridColours, legendColours(browser, "population-grid"));
            assertTrue(browser.visible(By.cssSelector("#map-legend .legend-suppressed")).getText().contains("已抑制"));
            tilesLoaded(browser, "/tiles/population-grid/");
            BufferedImage grid = mapShowsColours(browser, gridColours, 3);
            browser.screenshot("40-map-population-grid");

            // click a withheld cell: "withheld", no number; click a published one: its count
            int grey = rgb(classes("population-grid", null).getString("suppressedColor"));
            int[] withheld = uniformSpot(grid, c -> c == grey);
            assertNotNull(withheld, "the grid shows withheld cells");
            clickMap(browser, grid, withheld);
            String suppressedText = browser.visible(By.id("popup-suppressed")).getText();
            assertFalse(suppressedText.matches("(?s).*\\d.*"), "no value for a withheld cell: " + suppressedText);
            int[] published = uniformSpot(grid, c -> gridColours.stream().skip(1).anyMatch(h -> rgb(h) == c));
            assertNotNull(published, "the grid shows published cells");
            clickMap(browser, grid, published);
            assertTrue(browser.visible(By.id("popup-count")).getText().matches("人口：\\d[\\d,]* 人"),
                    browser.visible(By.id("popup-count")).getText());
            String cell = browser.visible(By.cssSelector("#map-popup strong")).getText();
            assertTrue(cell.matches("\\S+[区县] · AEA500m\\S+"), "a cell is named by its district and id: " + cell);
            browser.screenshot("41-map-popup");

            // the layer switcher: no point layer offered; enterprise density and district totals draw their classes
            List<String> offered = browser.driver.findElements(By.cssSelector("#layer-switcher [data-layer]")).stream()
                    .map(e -> e.getAttribute("data-layer")).toList();
            assertEquals(List.of("population-districts", "population-grid", "enterprise-density"), offered);
            browser.click(By.cssSelector("#layer-switcher [data-layer='enterprise-density']"));
            List<String> firms = classColours("enterprise-density", null);
            assertEquals(firms, legendColours(browser, "enterprise-density"));
            tilesLoaded(browser, "/tiles/enterprise-density/");
            mapShowsColours(browser, firms, 2);
            browser.screenshot("42-map-enterprise-density");
            browser.click(By.cssSelector("#layer-switcher [data-layer='population-districts']"));
            List<String> districts = classColours("population-districts", null);
            assertEquals(districts, legendColours(browser, "population-districts"));
            mapShowsColours(browser, districts, 1);

            // the notice in English too
            browser.click(By.id("locale-switch"));
            assertTrue(browser.textOf(By.id("map-notice"), "Aggregate only").contains("Aggregate only"));
            assertTrue(browser.visible(By.cssSelector("#map-legend .legend-suppressed")).getText().contains("Withheld"));
            browser.click(By.id("locale-switch"));

            // the server, asked directly, refuses the points and draws their tiles from the aggregate
            assertTrue(Api.get("/ogc/features/collections/population-points/items", null).isProblem(401));
            Api.Reply tile = Api.get(POINTS_TILE, null);
            assertEquals(200, tile.status());
            assertEquals("aggregate:population-grid", tile.header("X-GovShare-Rendering").orElse(""));
            assertTrue(Api.get("/tiles/population-points/legend", null).body().contains("\"drawn\":\"population-grid\""));
            assertTrue(Api.get("/tiles/no-such-layer/legend", null).isProblem(404));
            assertTrue(browser.severeConsoleEntries().isEmpty(), browser.severeConsoleEntries().toString());
        }
    }

    @Test
    void entitledReviewerSeesThePointsThroughTheSession() {
        try (Browser browser = Browser.open()) {
            browser.go("/login?redirect=/open/map");
            browser.type(By.id("login-username"), "reviewer");
            browser.type(By.id("login-password"), Api.demoPassword("reviewer"));
            browser.click(By.id("login-submit"));
            browser.waitForPath("/open/map");
            assertEquals("公安局审核员", browser.textOf(By.id("current-user"), "公安局审核员"));
            waitFor(browser, d -> "full".equals(d.findElement(By.id("map-notice")).getAttribute("data-view")));

            // 市公安局 provides the population resource, not the enterprise register
            browser.click(By.cssSelector("#layer-switcher [data-layer='population-points']"));
            assertTrue(browser.driver.findElements(By.cssSelector("[data-layer='enterprise-points']")).isEmpty());
            WebElement legend = browser.visible(By.cssSelector("#map-legend[data-layer='population-points']"));
            assertEquals("full", legend.getAttribute("data-view"));
            assertEquals("population-points", legend.getAttribute("data-drawn"));
            browser.visible(By.cssSelector("#map-legend .gradient"));
            tilesLoaded(browser, "/tiles/population-points/");
            browser.screenshot("43-map-population-points");

            // the cookie session is what reaches /tiles and /ogc: with it the server draws points, without it not
            String cookie = "Bearer=" + browser.cookie("Bearer").getValue();
            Api.Reply tile = Api.sendWithHeader("GET", POINTS_TILE, "Cookie", cookie);
            assertEquals("full:population-points", tile.header("X-GovShare-Rendering").orElse(""));
            assertTrue(tile.header("Cache-Control").orElse("").startsWith("private"));
            assertTrue(tile.header("Vary").orElse("").contains("Cookie"), "a browser must not reuse it after sign-out");
            assertEquals(200, Api.sendWithHeader("GET", "/ogc/features/collections/population-points/items?limit=1",
                    "Cookie", cookie).status());
            assertTrue(browser.severeConsoleEntries().isEmpty(), browser.severeConsoleEntries().toString());

            // signing out takes the point layer away at once
            browser.click(By.id("logout"));
            browser.waitForPath("/");
            browser.visible(By.id("login-link"));
            browser.go("/open/map");
            waitFor(browser, d -> "aggregate".equals(d.findElement(By.id("map-notice")).getAttribute("data-view")));
            assertTrue(browser.driver.findElements(By.cssSelector("[data-layer='population-points']")).isEmpty());
        }
    }

    /** The legend the server publishes for the layer (as this token sees it). */
    private static JsonObject classes(String layer, String token) {
        return Api.get("/tiles/" + layer + "/legend", token).object().getJsonObject("choropleth");
    }

    private static List<String> classColours(String layer, String token) {
        return classes(layer, token).getJsonArray("classes").stream()
                .map(c -> c.asJsonObject().getString("color")).toList();
    }

    private static List<String> legendColours(Browser browser, String layer) {
        browser.visible(By.cssSelector("#map-legend[data-layer='" + layer + "']"));
        return browser.driver.findElements(By.cssSelector("#map-legend .legend-class")).stream()
                .map(e -> e.getAttribute("data-color")).toList();
    }

    /** Waits until the page fetched tiles under the prefix, and every one of them answered 200. */
    private static void tilesLoaded(Browser browser, String prefix) {
        waitFor(browser, d -> {
            @SuppressWarnings("unchecked")
            List<Number> statuses = (List<Number>) browser.script("return performance.getEntriesByType('resource')"
                    + ".filter(e => e.name.includes(arguments[0])).map(e => e.responseStatus)", prefix);
            return !statuses.isEmpty() && statuses.stream().allMatch(s -> s.intValue() == 200);
        });
    }

    /**
     * Waits until at least {@code atLeast} of the colours cover a visible area (50 pixels each) of the map, and
     * returns the map's picture.
     */
    private static BufferedImage mapShowsColours(Browser browser, List<String> colours, int atLeast) {
        BufferedImage[] last = new BufferedImage[1];
        Map<Integer, Long>[] counts = new Map[1];
        try {
            waitFor(browser, d -> {
                last[0] = mapImage(browser);
                counts[0] = histogram(last[0]);
                return colours.stream().filter(c -> counts[0].getOrDefault(rgb(c), 0L) >= 50).count() >= atLeast;
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the map does not show " + atLeast + " of " + colours + "; most frequent: "
                    + counts[0].entrySet().stream().sorted(Map.Entry.<Integer, Long>comparingByValue().reversed())
                    .limit(8).map(en -> String.format("#%06x=%d", en.getKey(), en.getValue()))
                    .collect(Collectors.joining(", ")), e);
        }
        return last[0];
    }

    private static BufferedImage mapImage(Browser browser) {
        byte[] png = browser.driver.findElement(By.id("map")).getScreenshotAs(OutputType.BYTES);
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<Integer, Long> histogram(BufferedImage image) {
        Map<Integer, Long> counts = new java.util.HashMap<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                counts.merge(image.getRGB(x, y) & 0xffffff, 1L, Long::sum);
            }
        }
        return counts;
    }

    /** A pixel whose 3×3 neighbourhood all passes the test (inside a cell, off its antialiased edges and labels). */
    private static int[] uniformSpot(BufferedImage image, java.util.function.IntPredicate colour) {
        for (int y = 60; y < image.getHeight() - 60; y += 2) {
            for (int x = 60; x < image.getWidth() - 60; x += 2) {
                boolean all = true;
                for (int dy = -1; dy <= 1 && all; dy++) {
                    for (int dx = -1; dx <= 1 && all; dx++) {
                        all = colour.test(image.getRGB(x + dx, y + dy) & 0xffffff);
                    }
                }
                if (all) {
                    return new int[] {x, y};
                }
            }
        }
        return null;
    }

    private static void clickMap(Browser browser, BufferedImage image, int[] xy) {
        WebElement map = browser.driver.findElement(By.id("map"));
        new Actions(browser.driver).moveToElement(map, xy[0] - image.getWidth() / 2, xy[1] - image.getHeight() / 2)
                .click().perform();
    }

    private static int rgb(String hex) {
        return Integer.parseInt(hex.substring(1, 7), 16);
    }

    private static void waitFor(Browser browser, Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(condition::apply);
    }
}
