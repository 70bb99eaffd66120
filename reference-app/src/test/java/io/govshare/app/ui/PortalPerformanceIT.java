package io.govshare.app.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Time to interactive of the search page on localhost, measured in the browser: from navigation start to the
 * moment the results are in the DOM (the page sets the performance mark {@code govshare:search-rendered} after
 * rendering them). The first load is cold (empty cache); the next ones reuse the cached, content-hashed assets.
 * The figures go to {@code target/screenshots/search-tti.txt}.
 */
class PortalPerformanceIT {

    private static final int WARM_RUNS = 7;
    private static final long INITIAL_SCRIPT_BUDGET = 500 * 1024;
    private static final double LIMIT_MS = 5000;
    /** Count, bytes as sent and bytes unpacked of the scripts the page loaded since navigation start. */
    private static final String SCRIPT_SIZES = "const js = performance.getEntriesByType('resource')"
            + ".filter(e => new URL(e.name).pathname.endsWith('.js'));"
            + "return [js.length, js.reduce((n, e) => n + e.encodedBodySize, 0),"
            + " js.reduce((n, e) => n + e.decodedBodySize, 0)]";

    @Test
    void searchResultsAreInteractiveQuickly() throws IOException {
        String query = "/open/datasets?q=" + URLEncoder.encode("人口", StandardCharsets.UTF_8);
        List<Double> warm = new ArrayList<>();
        double cold;
        try (Browser browser = Browser.open()) {
            cold = measure(browser, query);
            for (int i = 0; i < WARM_RUNS; i++) {
                warm.add(measure(browser, query));
            }
            assertTrue(browser.severeConsoleEntries().isEmpty());
        }
        List<Double> sorted = warm.stream().sorted().toList();
        double median = sorted.get(sorted.size() / 2);
        String report = String.format("search page time to interactive (navigation start -> results rendered), %s%n"
                + "cold: %.0f ms; warm median of %d: %.0f ms (min %.0f, max %.0f)%n", query, cold, WARM_RUNS, median,
                sorted.get(0), sorted.get(sorted.size() - 1));
        Files.createDirectories(Browser.SCREENSHOTS);
        Files.writeString(Browser.SCREENSHOTS.resolve("search-tti.txt"), report);
        System.out.print(report);
        assertTrue(cold < LIMIT_MS && median < LIMIT_MS, report);
    }

    /**
     * The sharing portal's catalog search (/share?q=人口) for a signed-in department user: time to interactive, cold
     * and warm, and the script it needs on a cold load as sent (gzip). The page sets the performance mark
     * {@code govshare:catalog-search-rendered} once the results are in the DOM. Figures in
     * {@code target/screenshots/catalog-search-tti.txt}.
     */
    @Test
    void catalogSearchIsInteractiveQuickly() throws IOException {
        String query = "/share?q=" + URLEncoder.encode("人口", StandardCharsets.UTF_8);
        String rendered = "#share-results[data-loaded='true'] .entry-link";
        String mark = "govshare:catalog-search-rendered";
        List<Double> warm = new ArrayList<>();
        double cold;
        List<Number> sizes;
        try (Browser browser = Browser.open()) {
            browser.signIn("consumer", "consumer123");
            // a fresh tab state: the sign-in page loaded the shell, so clear the cache to measure a cold load
            browser.driver.executeCdpCommand("Network.clearBrowserCache", java.util.Map.of());
            cold = measure(browser, query, rendered, mark);
            @SuppressWarnings("unchecked")
            List<Number> js = (List<Number>) browser.script(SCRIPT_SIZES);
            sizes = js;
            for (int i = 0; i < WARM_RUNS; i++) {
                warm.add(measure(browser, query, rendered, mark));
            }
            assertTrue(browser.severeConsoleEntries().isEmpty());
        }
        List<Double> sorted = warm.stream().sorted().toList();
        double median = sorted.get(sorted.size() / 2);
        String report = String.format("catalog search time to interactive (navigation start -> results rendered), %s%n"
                + "cold: %.0f ms; warm median of %d: %.0f ms (min %.0f, max %.0f)%n"
                + "scripts on the cold load: %d files, %.1f KB as sent (gzip), %.1f KB unpacked%n", query, cold,
                WARM_RUNS, median, sorted.get(0), sorted.get(sorted.size() - 1), sizes.get(0).intValue(),
                sizes.get(1).doubleValue() / 1024, sizes.get(2).doubleValue() / 1024);
        Files.createDirectories(Browser.SCREENSHOTS);
        Files.writeString(Browser.SCREENSHOTS.resolve("catalog-search-tti.txt"), report);
        System.out.print(report);
        assertTrue(cold < LIMIT_MS && median < LIMIT_MS, report);
        assertTrue(sizes.get(1).longValue() < INITIAL_SCRIPT_BUDGET, report);
    }

    /**
     * The JavaScript the home page needs before it is usable, as the browser received it (gzip from the server):
     * the budget is 500 KB. Element Plus comes in per component and every other page loads on demand.
     */
    @Test
    void homePageLoadsLessThanHalfAMegabyteOfScript() throws IOException {
        try (Browser browser = Browser.open()) {
            browser.go("/");
            browser.visible(By.cssSelector(".dataset-card"));
            @SuppressWarnings("unchecked")
            List<Number> sizes = (List<Number>) browser.script(SCRIPT_SIZES);
            String report = String.format("home page scripts: %d files, %.1f KB as sent (gzip), %.1f KB unpacked%n",
                    sizes.get(0).intValue(), sizes.get(1).doubleValue() / 1024, sizes.get(2).doubleValue() / 1024);
            Files.createDirectories(Browser.SCREENSHOTS);
            Files.writeString(Browser.SCREENSHOTS.resolve("initial-script.txt"), report);
            System.out.print(report);
            assertTrue(sizes.get(1).longValue() > 0 && sizes.get(1).longValue() < sizes.get(2).longValue(),
                    "scripts are compressed: " + report);
            assertTrue(sizes.get(1).longValue() < INITIAL_SCRIPT_BUDGET, report);
        }
    }

    private static double measure(Browser browser, String path) {
        return measure(browser, path, "#search-results[data-loaded='true'] .dataset-link", "govshare:search-rendered");
    }

    private static double measure(Browser browser, String path, String rendered, String markName) {
        browser.go(path);
        browser.visible(By.cssSelector(rendered));
        Object mark = browser.script("const m = performance.getEntriesByName(arguments[0]);"
                + "return m.length ? m[m.length - 1].startTime : null", markName);
        assertTrue(mark instanceof Number, "the page set no performance mark: " + mark);
        return ((Number) mark).doubleValue();
    }
}
