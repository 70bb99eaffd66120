package io.govshare.app.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebUiFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api", "/api/v1/open/datasets", "/api/3/action/package_list", "/openapi", "/openapi/ui/",
        "/health/ready", "/dcat/catalog.ttl", "/ogc/collections", "/tiles/x/0/0/0.mvt", "/wms"})
    void machineInterfacesKeepTheirPaths(String path) {
        assertTrue(WebUiFilter.isMachinePath(path), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/open/datasets", "/open/datasets/101001-000004", "/login", "/console/users", "/403"})
    void pagesOfTheApplicationAreAnsweredWithIndexHtml(String path) {
        assertFalse(WebUiFilter.isMachinePath(path), path);
        assertTrue(WebUiFilter.isPagePath(path), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/robots.txt", "/assets/x.js", "/WEB-INF/beans", "/META-INF/MANIFEST", "/a/../WEB-INF"})
    void filesAndPrivateFoldersAreNotPages(String path) {
        assertFalse(WebUiFilter.isPagePath(path), path);
    }
}
