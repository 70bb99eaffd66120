package io.govshare.app.catalog.search;

import static io.govshare.app.catalog.search.TestEntries.HEALTH;
import static io.govshare.app.catalog.search.TestEntries.MARKET_REGULATION;
import static io.govshare.app.catalog.search.TestEntries.PUBLIC_SECURITY;
import static io.govshare.app.catalog.search.TestEntries.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.govshare.catalog.CatalogKind;
import io.govshare.catalog.CatalogStatus;
import io.govshare.catalog.FormatType;
import io.govshare.catalog.OpenType;
import io.govshare.catalog.ShareType;
import io.govshare.catalog.UpdateCycle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogSearchIndexTest {

    private CatalogSearchIndex index;

    @BeforeEach
    void indexDemoCity() {
        index = CatalogSearchIndex.inMemory();
        List<IndexedEntry> city = List.of(
                entry("101001/000001").name("户籍人口基本信息").indexed(1),
                entry("101001/000002").name("流动人口登记信息").items("公民身份号码", "居住地址")
                        .summary("在本市居住半年以上的流动人员登记信息。").indexed(2),
                entry("102001/000001").name("企业法人登记信息").summary("在本市登记注册的企业法人的基本信息。")
                        .provider(MARKET_REGULATION).items("统一社会信用代码", "企业名称")
                        .share(ShareType.UNCONDITIONAL).open(OpenType.UNCONDITIONAL)
                        .systemName("市场主体登记系统").indexed(3),
                entry("202001/000001").name("出生医学证明信息").kind(CatalogKind.THEME).provider(HEALTH)
                        .summary("新生儿出生医学证明签发记录，用于人口出生统计。").items("新生儿姓名", "出生日期")
                        .format(FormatType.SPREADSHEET).updateCycle(UpdateCycle.MONTHLY)
                        .systemName("妇幼保健信息系统").indexed(4),
                entry("301001/000001").name("常住人口统计月报").kind(CatalogKind.DEPARTMENT)
                        .status(CatalogStatus.DRAFT).updateCycle(UpdateCycle.MONTHLY).indexed(5),
                entry("302001/000001").name("食品生产许可证信息").kind(CatalogKind.DEPARTMENT)
                        .provider(MARKET_REGULATION).summary("食品生产企业的许可证发放与变更信息。")
                        .items("许可证编号", "企业名称").share(ShareType.UNCONDITIONAL).open(OpenType.CONDITIONAL)
                        .format(FormatType.SERVICE_INTERFACE).updateCycle(UpdateCycle.REALTIME)
                        .systemName("食品安全监管系统").status(CatalogStatus.SUBMITTED).indexed(6),
                entry("105001/000001").name("营业执照电子证照").provider(MARKET_REGULATION)
                        .summary("企业营业执照的电子证照。").items("证照编号").format(FormatType.IMAGE)
                        .updateCycle(UpdateCycle.YEARLY).systemName("电子证照库").status(CatalogStatus.RETIRED)
                        .indexed(7));
        city.forEach(index::upsert);
        index.commit(7);
    }

    @AfterEach
    void closeIndex() {
        index.close();
    }

    @Test
    void findsChineseWordInsideLongerNames() {
        assertEquals(Set.of("101001/000001", "101001/000002", "202001/000001", "301001/000001"),
                Set.copyOf(codes(search("人口"))));
    }

    @Test
    void ranksNameMatchBeforeSummaryOnlyMatch() {
        List<String> codes = codes(search("人口"));
        assertEquals("202001/000001", codes.get(codes.size() - 1), "出生医学证明 mentions 人口 only in its summary");
    }

    @Test
    void findsByDataItemProviderAndSystemName() {
        assertEquals(List.of("302001/000001"), codes(search("许可证编号")));
        assertEquals(Set.of("202001/000001"), Set.copyOf(codes(search("卫生健康委员会"))));
        assertEquals(List.of("102001/000001"), codes(search("市场主体登记系统")));
    }

    @Test
    void requiresEveryKnownWord() {
        assertEquals(List.of("101001/000002"), codes(search("流动人口")));
    }

    @Test
    void findsEntryByTypedResourceCode() {
        SearchResult result = search("102001/000001");
        assertEquals(1, result.total());
        assertEquals("102001/000001", result.items().get(0).code());
    }

    @Test
    void returnsContractJsonOfEachHit() {
        SearchResult.Hit hit = search("企业法人").items().get(0);
        assertTrue(hit.json().startsWith("{\"code\":\"102001/000001\",\"name\":\"企业法人登记信息\""), hit.json());
        assertTrue(hit.score() > 0);
    }

    @Test
    void emptyTextReturnsEverythingInCodeOrder() {
        SearchResult result = search("");
        assertEquals(7, result.total());
        List<String> codes = codes(result);
        assertEquals(codes.stream().sorted().toList(), codes);
    }

    @ParameterizedTest
    @CsvSource({
            "kind, THEME, 202001/000001",
            "provider, 113301000000000035, 202001/000001",
            "shareType, UNCONDITIONAL, 102001/000001 302001/000001",
            "openType, CONDITIONAL, 302001/000001",
            "format, IMAGE, 105001/000001",
            "updateCycle, MONTHLY, 202001/000001 301001/000001",
            "status, SUBMITTED, 302001/000001",
            "classification, 101, 101001/000001 101001/000002",
            "classification, 3, 301001/000001 302001/000001"})
    void filtersOnEachDimension(String filter, String value, String expectedCodes) {
        String filterValue = filter.equals("provider") ? HEALTH.code() : value;
        SearchResult result = index.search(new SearchQuery("", Map.of(filter, filterValue), Visibility.all(), 1, 20));
        assertEquals(List.of(expectedCodes.split(" ")), codes(result));
        assertEquals(result.items().size(), result.total());
    }

    @Test
    void combinesTextAndFilters() {
        SearchResult result = index.search(new SearchQuery("人口",
                Map.of("kind", "BASE", "shareType", "CONDITIONAL"), Visibility.all(), 1, 20));
        assertEquals(Set.of("101001/000001", "101001/000002"), Set.copyOf(codes(result)));
        assertEquals(Map.of("BASE", 2L), result.facets().get("kind"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "人口", "信息", "企业", "101001/000001", "不存在的词"})
    void facetCountsOfEveryDimensionAddUpToTotal(String text) {
        for (Visibility visibility : List.of(Visibility.all(), Visibility.publishedOnly(),
                Visibility.publishedAndOwn(Set.of(MARKET_REGULATION.code())))) {
            SearchResult result = index.search(new SearchQuery(text, Map.of(), visibility, 1, 2));
            assertEquals(SearchQuery.FACET_DIMENSIONS, List.copyOf(result.facets().keySet()));
            result.facets().forEach((dimension, counts) -> assertEquals(result.total(),
                    counts.values().stream().mapToLong(Long::longValue).sum(), text + " / " + dimension));
        }
    }

    @Test
    void countsEntriesLeavingADimensionEmptyAsUnspecified() {
        index.upsert(entry("101001/000009").name("人口迁移草稿").updateCycle(null).share(null)
                .status(CatalogStatus.DRAFT).indexed(8));
        index.commit(8);
        SearchResult result = search("人口");
        assertEquals(1L, result.facets().get("updateCycle").get(CatalogDocuments.UNSPECIFIED));
        assertEquals(1L, result.facets().get("shareType").get(CatalogDocuments.UNSPECIFIED));
        assertEquals(result.total(), result.facets().get("updateCycle").values().stream().mapToLong(Long::longValue).sum());
        SearchResult unspecified = index.search(new SearchQuery("",
                Map.of("updateCycle", CatalogDocuments.UNSPECIFIED), Visibility.all(), 1, 20));
        assertEquals(List.of("101001/000009"), codes(unspecified));
    }

    @Test
    void ordersFacetValuesByCountDescending() {
        Map<String, Long> providers = search("").facets().get("provider");
        assertEquals(List.of(PUBLIC_SECURITY.code(), MARKET_REGULATION.code(), HEALTH.code()),
                List.copyOf(providers.keySet()), "ties in value order");
        assertEquals(List.of(3L, 3L, 1L), List.copyOf(providers.values()));
        Map<String, Long> kinds = search("").facets().get("kind");
        assertEquals(List.of("BASE", "DEPARTMENT", "THEME"), List.copyOf(kinds.keySet()));
    }

    @Test
    void consumerSeesOnlyPublishedEntriesInResultsAndFacets() {
        SearchResult result = index.search(new SearchQuery("", Map.of(), Visibility.publishedOnly(), 1, 20));
        assertEquals(List.of("101001/000001", "101001/000002", "102001/000001", "202001/000001"), codes(result));
        assertEquals(Map.of("PUBLISHED", 4L), result.facets().get("status"));
        assertEquals(0, index.search(new SearchQuery("常住人口", Map.of(), Visibility.publishedOnly(), 1, 20)).total());
    }

    @Test
    void departmentStaffAlsoSeeTheirOwnEntriesInEveryStatus() {
        SearchResult result = index.search(new SearchQuery("", Map.of(),
                Visibility.publishedAndOwn(Set.of(MARKET_REGULATION.code())), 1, 20));
        assertEquals(List.of("101001/000001", "101001/000002", "102001/000001", "105001/000001", "202001/000001",
                "302001/000001"), codes(result));
        assertEquals(Map.of("PUBLISHED", 4L, "SUBMITTED", 1L, "RETIRED", 1L), result.facets().get("status"));
    }

    @Test
    void administratorsSeeEverything() {
        assertEquals(7, index.search(new SearchQuery("", Map.of(), Visibility.all(), 1, 20)).total());
    }

    @Test
    void pagesDoNotOverlapAndPageBeyondTheEndIsEmpty() {
        List<String> seen = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            SearchResult result = index.search(new SearchQuery("", Map.of(), Visibility.all(), page, 3));
            assertEquals(7, result.total());
            seen.addAll(codes(result));
        }
        assertEquals(codes(search("")), seen);

        SearchResult beyond = index.search(new SearchQuery("人口", Map.of(), Visibility.all(), 1000, 1000));
        assertEquals(List.of(), beyond.items());
        assertEquals(4, beyond.total());
        SearchResult farBeyond = index.search(new SearchQuery("", Map.of(), Visibility.all(), Integer.MAX_VALUE,
                SearchQuery.MAX_SIZE));
        assertEquals(List.of(), farBeyond.items());
        assertEquals(7, farBeyond.total());
        assertEquals(4L, beyond.facets().get("kind").values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void upsertReplacesTheEntryWithTheSameCode() {
        assertTrue(codes(search("基本信息")).contains("101001/000001"));
        index.upsert(entry("101001/000001").name("户籍人口迁移信息").summary("户籍迁入迁出记录。")
                .status(CatalogStatus.RETIRED).indexed(8));
        index.commit(8);

        assertEquals(7, index.count());
        assertFalse(codes(search("基本信息")).contains("101001/000001"), "the old name is gone");
        SearchResult changed = search("迁移");
        assertEquals(List.of("101001/000001"), codes(changed));
        assertTrue(changed.items().get(0).json().contains("户籍人口迁移信息"));
        assertEquals(Map.of("RETIRED", 1L), changed.facets().get("status"));
    }

    @Test
    void deleteRemovesTheEntry() {
        index.delete("102001/000001");
        index.delete("999999/999999");
        index.commit(9);
        assertEquals(6, index.count());
        assertEquals(0, search("企业法人").total());
    }

    @Test
    void changesBecomeVisibleAtCommit() {
        index.upsert(entry("101001/000003").name("人口死亡登记信息").indexed(8));
        index.delete("101001/000001");
        assertEquals(4, search("人口").total());
        index.commit(8);
        assertEquals(Set.of("101001/000002", "101001/000003", "202001/000001", "301001/000001"),
                Set.copyOf(codes(search("人口"))));
    }

    @Test
    void reportsTheChangeSeqOfEveryVisibleEntry() {
        index.upsert(entry("101001/000001").name("户籍人口基本信息").indexed(8));
        index.delete("105001/000001");
        index.commit(9);
        Map<String, Long> seqByCode = index.changeSeqByCode();
        assertEquals(6, seqByCode.size());
        assertEquals(8L, seqByCode.get("101001/000001"));
        assertEquals(2L, seqByCode.get("101001/000002"));
        assertFalse(seqByCode.containsKey("105001/000001"));
    }

    @Test
    void committedChangeSeqNeverGoesDown() {
        assertEquals(7, index.committedChangeSeq());
        index.commit(12);
        index.commit(10);
        assertEquals(12, index.committedChangeSeq());
    }

    @Test
    void rebuildReplacesEveryEntryAtOnce() {
        index.rebuild(List.of(
                entry("103001/000001").name("土地利用现状数据").indexed(20),
                entry("104001/000001").name("企业信用评价结果").indexed(21)).iterator(), 21);
        assertEquals(2, index.count());
        assertEquals(21, index.committedChangeSeq());
        assertEquals(0, search("人口").total());
        assertEquals(List.of("104001/000001"), codes(search("信用")));
    }

    @Test
    void failedRebuildLeavesTheLastCommitInPlace() {
        Iterator<IndexedEntry> failing = new Iterator<>() {
            private int given;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public IndexedEntry next() {
                if (given++ == 1) {
                    throw new IllegalStateException("database connection lost");
                }
                return entry("103001/000001").name("土地利用现状数据").indexed(20);
            }
        };
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> index.rebuild(failing, 21));
        assertEquals("database connection lost", failure.getMessage());
        assertEquals(7, index.count());
        assertEquals(7, index.committedChangeSeq());
        assertEquals(4, search("人口").total());

        index.upsert(entry("101001/000003").name("人口死亡登记信息").indexed(8));
        index.commit(8);
        assertEquals(8, index.count());
    }

    @ParameterizedTest
    @ValueSource(strings = {"人口 AND (", "\"", "人口\"", "*", "?人口", "\\", "~", "[1 TO 2]", "name:人口", "))))", "/",
            "人口 OR", "+-!^{}", "101001/", "　", "' OR 1=1 --", "人口 NOT"})
    void neverThrowsOnQuerySyntaxInUserText(String text) {
        SearchResult result = search(text);
        assertTrue(result.total() >= 0);
    }

    @Test
    void ignoresOperatorWordsThatNoEntryContains() {
        assertEquals(4, search("人口 AND (").total());
    }

    @Test
    void rejectsBadQueriesNamingTheParameter() {
        assertThrows(IllegalArgumentException.class, () -> new SearchQuery("", Map.of(), Visibility.all(), 0, 20),
                "page");
        IllegalArgumentException size = assertThrows(IllegalArgumentException.class,
                () -> new SearchQuery("", Map.of(), Visibility.all(), 1, SearchQuery.MAX_SIZE + 1));
        assertTrue(size.getMessage().startsWith("size must be"));
        IllegalArgumentException filter = assertThrows(IllegalArgumentException.class,
                () -> new SearchQuery("", Map.of("colour", "red"), Visibility.all(), 1, 20));
        assertTrue(filter.getMessage().contains("'colour'"));
    }

    private SearchResult search(String text) {
        return index.search(new SearchQuery(text, Map.of(), Visibility.all(), 1, 20));
    }

    private static List<String> codes(SearchResult result) {
        return codes(result.items());
    }

    private static List<String> codes(Collection<SearchResult.Hit> hits) {
        return hits.stream().map(SearchResult.Hit::code).toList();
    }
}
