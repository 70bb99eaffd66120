package io.govshare.opendata.dcat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.govshare.catalog.OpenType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of the open-catalog model: bad input is refused with a message naming the field and the rule. */
class OpenDatasetTest {

    private static final URI DATASET = URI.create(SampleCatalog.BASE + "/dataset/1");
    private static final URI DISTRIBUTION = URI.create(SampleCatalog.BASE + "/dataset/1/csv");

    @Test
    void namesEveryMissingRequiredField() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> OpenDataset.builder(DATASET).title("常住人口").build());

        assertEquals("dataset " + DATASET + " needs identifier, description, theme, publisher, issued, updateCycle,"
                + " access", e.getMessage());
    }

    @Test
    void refusesAResourceThatIsNotOpened() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OpenDataset.builder(DATASET).access(OpenType.NONE));

        assertEquals("dataset.access must be UNCONDITIONAL or CONDITIONAL: a 不予开放 (NONE) resource is not published"
                + " in the open catalog", e.getMessage());
    }

    @Test
    void refusesAChangeBeforeThePublication() {
        OpenDataset.Builder builder = builderFrom(SampleCatalog.fullDataset(1)).modified(LocalDate.of(2025, 2, 28));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
        assertEquals("dataset.modified 2025-02-28 must not be before dataset.issued 2025-03-01", e.getMessage());
    }

    @Test
    void refusesControlCharactersThatXmlCannotCarry() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OpenDataset.builder(DATASET).title("人口\u0001统计"));

        assertEquals("dataset.title must not contain the control character U+0001 (at index 2)", e.getMessage());
    }

    @Test
    void refusesAnUnpairedSurrogate() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OpenDataset.builder(DATASET).description("摘要\uD83D"));

        assertEquals("dataset.description has an unpaired surrogate U+D83D (at index 2)", e.getMessage());
    }

    @Test
    void acceptsTabsLineBreaksAndCharactersBeyondTheBasicPlane() {
        String text = "第一行\r\n第二行\t😀";

        OpenDataset dataset = builderFrom(SampleCatalog.fullDataset(1)).description(text).build();
        assertEquals(text, dataset.description());
    }

    @Test
    void refusesBlankText() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OpenDataset.builder(DATASET).keyword(" \t"));

        assertEquals("dataset.keyword must not be blank", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://data.example.gov.cn/x.csv", "/dataset/1.html", "mailto:data@example.gov.cn",
            "https:relative"})
    void refusesLinksAHarvesterCannotFollow(String link) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OpenDataset.builder(DATASET).landingPage(URI.create(link)));

        assertEquals("dataset.landingPage must be an absolute http or https URL with a host, got '" + link + "'",
                e.getMessage());
    }

    @Test
    void keepsARepeatedKeywordOnce() {
        OpenDataset dataset = builderFrom(SampleCatalog.fullDataset(1)).keyword("人口").keyword("户籍").build();

        assertEquals(List.of("人口", "统计", "户籍"), dataset.keywords());
    }

    @Test
    void refusesTwoDistributionsWithOneIri() {
        OpenDistribution distribution = OpenDistribution.builder(DISTRIBUTION).accessUrl(DISTRIBUTION)
                .format(DistributionFormat.CSV).build();
        OpenDataset.Builder builder = OpenDataset.builder(DATASET).distribution(distribution);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> builder.distribution(distribution));
        assertEquals("dataset.distribution " + DISTRIBUTION + " is given twice", e.getMessage());
    }

    @Test
    void namesTheMissingFieldsOfADistribution() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> OpenDistribution.builder(DISTRIBUTION).build());

        assertEquals("distribution " + DISTRIBUTION + " needs accessUrl, format", e.getMessage());
    }

    @Test
    void keepsDigestsInLowerCase() {
        OpenDistribution distribution = OpenDistribution.builder(DISTRIBUTION).accessUrl(DISTRIBUTION)
                .format(DistributionFormat.CSV).sha256(SampleCatalog.SHA256.toUpperCase()).build();

        assertEquals(SampleCatalog.SHA256, distribution.sha256());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0g"})
    void refusesADigestThatIsNot256BitsOfHex(String hex) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OpenDistribution.builder(DISTRIBUTION).sm3(hex));

        assertEquals("distribution.sm3 must be 64 hexadecimal digits (a 256-bit digest), got '" + hex + "'",
                e.getMessage());
    }

    @Test
    void refusesANegativeByteSize() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OpenDistribution.builder(DISTRIBUTION).byteSize(-1));

        assertEquals("distribution.byteSize must not be negative, got -1", e.getMessage());
    }

    @Test
    void needsAWayToReachTheContactPoint() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ContactPoint("综合处", null, null));

        assertEquals("contactPoint needs an email or a telephone", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"data", "data@", "da ta@example.gov.cn", "data@example", "<data@example.gov.cn>"})
    void refusesAMalformedEmail(String email) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ContactPoint("综合处", email, null));

        assertEquals("contactPoint.email must be an address like name@example.gov.cn, got '" + email + "'",
                e.getMessage());
    }

    @Test
    void writesTheTelephoneAsATelUriWithoutSpaces() {
        ContactPoint contact = new ContactPoint("综合处", "数据@统计.政务.cn", "+86 28 8888-0000");

        assertEquals(URI.create("tel:+86-28-8888-0000"), contact.telephoneUri());
        assertEquals(URI.create("mailto:数据@统计.政务.cn"), contact.emailUri());
    }

    @Test
    void namesTheMissingFieldsOfACatalog() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> OpenCatalog.builder(URI.create(SampleCatalog.BASE + "/catalog")).title("目录").build());

        assertEquals("catalog " + SampleCatalog.BASE + "/catalog needs description, publisher, modified",
                e.getMessage());
    }

    @Test
    void namesTheThemeSchemeAfterTheCatalog() {
        OpenCatalog catalog = OpenCatalog.builder(URI.create(SampleCatalog.BASE + "/catalog/")).title("目录")
                .description("说明").publisher(SampleCatalog.PORTAL).modified(SampleCatalog.CATALOG.modified())
                .build();

        assertEquals(URI.create(SampleCatalog.BASE + "/catalog/themes"), catalog.themeScheme());
    }

    /** A builder holding all of {@code dataset}'s fields, to change one of them. */
    private static OpenDataset.Builder builderFrom(OpenDataset dataset) {
        OpenDataset.Builder builder = OpenDataset.builder(dataset.uri()).identifier(dataset.identifier())
                .title(dataset.title()).description(dataset.description()).theme(dataset.theme())
                .publisher(dataset.publisher()).contactPoint(dataset.contactPoint()).issued(dataset.issued())
                .modified(dataset.modified()).updateCycle(dataset.updateCycle()).access(dataset.access())
                .license(dataset.license()).landingPage(dataset.landingPage()).spatial(dataset.spatial());
        dataset.keywords().forEach(builder::keyword);
        dataset.distributions().forEach(builder::distribution);
        return builder;
    }
}
