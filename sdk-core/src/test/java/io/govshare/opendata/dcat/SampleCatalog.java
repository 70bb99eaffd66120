package io.govshare.opendata.dcat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.govshare.catalog.ClassificationCode;
import io.govshare.catalog.DepartmentCode;
import io.govshare.catalog.OpenType;
import io.govshare.catalog.ResourceCode;
import io.govshare.catalog.UpdateCycle;

/** A small open catalog that uses every field of the model, and helpers to build more datasets like it. */
final class SampleCatalog {

    static final String BASE = "https://data.example.gov.cn";
    static final Publisher BUREAU = new Publisher("成都市统计局", DepartmentCode.of("11510100MB1535021F"),
            Publisher.Level.LOCAL);
    static final Publisher PORTAL = new Publisher("成都市大数据中心", DepartmentCode.of("12510100MB1C46963T"),
            Publisher.Level.LOCAL);
    static final Theme POPULATION = new Theme(ClassificationCode.of("101001"), "人口");
    static final URI LICENCE = URI.create(BASE + "/licence/open-data-1.0");
    static final URI CHENGDU = URI.create("https://sws.geonames.org/1815286/");
    static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final String SM3 = "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0";

    /** Quotes, a backslash, markup characters, line breaks, a tab, an emoji and CDATA and comment ends. */
    static final String AWKWARD_TEXT = "含\"双引号\"、'单引号'、反斜杠\\、<标签> & 符号；\n第二行\r\n第三行\t制表 😀 ]]> -->";

    static final OpenCatalog CATALOG = OpenCatalog.builder(URI.create(BASE + "/catalog"))
            .title("成都市公共数据开放目录")
            .description("成都市政务部门向社会开放的公共数据资源目录。")
            .publisher(PORTAL)
            .modified(OffsetDateTime.parse("2026-11-20T09:30:00+08:00"))
            .homepage(URI.create(BASE + "/"))
            .issued(LocalDate.of(2024, 1, 1))
            .license(URI.create("https://creativecommons.org/licenses/by/4.0/"))
            .spatial(CHENGDU)
            .dataService(new OpenDataService(URI.create(BASE + "/api"), "成都市公共数据开放接口",
                    URI.create(BASE + "/api/3/action/"), URI.create(BASE + "/api/openapi.json")))
            .build();

    private SampleCatalog() {
    }

    /** Every optional field given, an SM3 and a SHA-256 digest, two distributions. */
    static OpenDataset fullDataset(int n) {
        String id = String.format("%06d", n);
        return OpenDataset.builder(URI.create(BASE + "/dataset/" + id))
                .identifier(ResourceCode.of("101001/" + id))
                .title("常住人口统计 " + n)
                .description("按区（市）县统计的年末常住人口。")
                .keyword("人口")
                .keyword("统计")
                .theme(POPULATION)
                .publisher(BUREAU)
                .contactPoint(new ContactPoint("综合处", "data@stats.chengdu.gov.cn", "+86 28 8888 0000"))
                .issued(LocalDate.of(2025, 3, 1))
                .modified(LocalDate.of(2026, 11, 1))
                .updateCycle(UpdateCycle.YEARLY)
                .access(OpenType.UNCONDITIONAL)
                .license(LICENCE)
                .landingPage(URI.create(BASE + "/dataset/" + id + ".html"))
                .spatial(CHENGDU)
                .distribution(OpenDistribution.builder(URI.create(BASE + "/dataset/" + id + "/csv"))
                        .title("常住人口（CSV）")
                        .accessUrl(URI.create(BASE + "/dataset/" + id + ".html"))
                        .downloadUrl(URI.create(BASE + "/files/" + id + ".csv"))
                        .format(DistributionFormat.CSV)
                        .byteSize(48213)
                        .issued(LocalDate.of(2025, 3, 1))
                        .sha256(SHA256)
                        .sm3(SM3)
                        .build())
                .distribution(OpenDistribution.builder(URI.create(BASE + "/dataset/" + id + "/api"))
                        .accessUrl(URI.create(BASE + "/api/3/action/datastore_search?resource_id=" + id + "&limit=10"))
                        .format(DistributionFormat.JSON)
                        .build())
                .build();
    }

    /** Only the required fields, 有条件开放, and text that needs escaping in every syntax. */
    static OpenDataset minimalDataset(int n, String title) {
        String id = String.format("%06d", n);
        return OpenDataset.builder(URI.create(BASE + "/dataset/" + id))
                .identifier(ResourceCode.of("102003/" + id))
                .title(title)
                .description(AWKWARD_TEXT)
                .theme(new Theme(ClassificationCode.of("102003"), "法人单位"))
                .publisher(new Publisher("四川省市场监督管理局", DepartmentCode.of("11510000MB1596418B"),
                        Publisher.Level.REGIONAL))
                .issued(LocalDate.of(2026, 1, 15))
                .updateCycle(UpdateCycle.REALTIME)
                .access(OpenType.CONDITIONAL)
                .build();
    }

    /** Two datasets that between them use every field: what the shape and syntax tests run on. */
    static List<OpenDataset> datasets() {
        return List.of(fullDataset(1), minimalDataset(2, AWKWARD_TEXT));
    }

    static String write(RdfFormat format) {
        return write(CATALOG, datasets(), format);
    }

    static String write(OpenCatalog catalog, List<OpenDataset> datasets, RdfFormat format) {
        StringWriter out = new StringWriter();
        try {
            DcatWriter.write(catalog, datasets, format, out);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toString();
    }
}
