package io.govshare.opendata.dcat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import io.govshare.catalog.ClassificationCode;
import io.govshare.catalog.OpenType;
import io.govshare.catalog.UpdateCycle;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class DcatWriterTest {

    private static final Node DATASET_1 = Rdf.iri(SampleCatalog.BASE + "/dataset/000001");
    private static final Node DATASET_2 = Rdf.iri(SampleCatalog.BASE + "/dataset/000002");
    private static final Node CSV = Rdf.iri(SampleCatalog.BASE + "/dataset/000001/csv");

    @Test
    void writesTheSameGraphInTurtleRdfXmlAndJsonLd() {
        Graph turtle = Rdf.parse(SampleCatalog.write(RdfFormat.TURTLE), RdfFormat.TURTLE);
        Graph rdfXml = Rdf.parse(SampleCatalog.write(RdfFormat.RDF_XML), RdfFormat.RDF_XML);
        Graph jsonLd = Rdf.parse(SampleCatalog.write(RdfFormat.JSON_LD), RdfFormat.JSON_LD);

        assertTrue(turtle.size() > 100, "the sample should say a lot, got " + turtle.size() + " triples");
        assertTrue(turtle.isIsomorphicWith(rdfXml), "RDF/XML differs from Turtle");
        assertTrue(turtle.isIsomorphicWith(jsonLd), "JSON-LD differs from Turtle");
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void keepsQuotesLineBreaksMarkupAndChineseExactly(RdfFormat format) {
        Graph graph = Rdf.parse(SampleCatalog.write(format), format);

        Node title = Rdf.object(graph, DATASET_2, Rdf.DCT + "title");
        assertEquals(SampleCatalog.AWKWARD_TEXT, title.getLiteralLexicalForm());
        assertEquals("zh", title.getLiteralLanguage());
        Node accessUrl = Rdf.object(graph, Rdf.iri(SampleCatalog.BASE + "/dataset/000001/api"),
                Rdf.DCAT + "accessURL");
        assertEquals(SampleCatalog.BASE + "/api/3/action/datastore_search?resource_id=000001&limit=10",
                accessUrl.getURI());
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void typesDatesSizesAndDigests(RdfFormat format) {
        Graph graph = Rdf.parse(SampleCatalog.write(format), format);

        assertLiteral("2025-03-01", XSDDatatype.XSDdate, Rdf.object(graph, DATASET_1, Rdf.DCT + "issued"));
        assertLiteral("2026-11-20T09:30:00+08:00", XSDDatatype.XSDdateTime,
                Rdf.object(graph, Rdf.iri(SampleCatalog.BASE + "/catalog"), Rdf.DCT + "modified"));
        assertLiteral("48213", XSDDatatype.XSDnonNegativeInteger, Rdf.object(graph, CSV, Rdf.DCAT + "byteSize"));
        Node checksum = Rdf.object(graph, CSV, "http://spdx.org/rdf/terms#checksum");
        assertEquals("http://spdx.org/rdf/terms#checksumAlgorithm_sha256",
                Rdf.object(graph, checksum, "http://spdx.org/rdf/terms#algorithm").getURI());
        assertLiteral(SampleCatalog.SHA256, XSDDatatype.XSDhexBinary,
                Rdf.object(graph, checksum, "http://spdx.org/rdf/terms#checksumValue"));
        assertLiteral(SampleCatalog.SM3, XSDDatatype.XSDhexBinary,
                Rdf.object(graph, CSV, "https://govshare.io/ns/opendata#sm3"));
        assertLiteral("101001/000001", XSDDatatype.XSDstring, Rdf.object(graph, DATASET_1, Rdf.DCT + "identifier"));
    }

    @ParameterizedTest
    @CsvSource({"REALTIME, CONT", "DAILY, DAILY", "WEEKLY, WEEKLY", "MONTHLY, MONTHLY", "QUARTERLY, QUARTERLY",
            "HALF_YEARLY, ANNUAL_2", "YEARLY, ANNUAL", "IRREGULAR, IRREG"})
    void mapsTheUpdateCycleToTheEuFrequencyTable(UpdateCycle cycle, String frequency) {
        OpenDataset dataset = OpenDataset.builder(URI.create(SampleCatalog.BASE + "/dataset/x"))
                .identifier(SampleCatalog.fullDataset(1).identifier()).title("t").description("d")
                .theme(SampleCatalog.POPULATION).publisher(SampleCatalog.BUREAU)
                .issued(SampleCatalog.fullDataset(1).issued()).updateCycle(cycle).access(OpenType.UNCONDITIONAL)
                .build();
        Graph graph = Rdf.parse(SampleCatalog.write(SampleCatalog.CATALOG, List.of(dataset), RdfFormat.TURTLE),
                RdfFormat.TURTLE);

        Node value = Rdf.object(graph, Rdf.iri(SampleCatalog.BASE + "/dataset/x"), Rdf.DCT + "accrualPeriodicity");
        assertEquals("http://publications.europa.eu/resource/authority/frequency/" + frequency, value.getURI());
        assertEquals(List.of(), OfficialShapes.CONTROLLED_VOCABULARIES.validate(graph).getEntries().stream()
                .filter(e -> e.severity().equals(Severity.Violation)).toList());
    }

    @Test
    void mapsUnconditionalToPublicAndConditionalToRestricted() {
        Graph graph = Rdf.parse(SampleCatalog.write(RdfFormat.TURTLE), RdfFormat.TURTLE);

        String accessRight = "http://publications.europa.eu/resource/authority/access-right/";
        assertEquals(accessRight + "PUBLIC", Rdf.object(graph, DATASET_1, Rdf.DCT + "accessRights").getURI());
        assertEquals(accessRight + "RESTRICTED", Rdf.object(graph, DATASET_2, Rdf.DCT + "accessRights").getURI());
    }

    @Test
    void describesAPublisherSharedByManyDatasetsOnce() {
        List<OpenDataset> datasets = List.of(SampleCatalog.fullDataset(1), SampleCatalog.fullDataset(2),
                SampleCatalog.fullDataset(3));
        Graph graph = Rdf.parse(SampleCatalog.write(SampleCatalog.CATALOG, datasets, RdfFormat.TURTLE),
                RdfFormat.TURTLE);

        Set<Node> agents = Rdf.subjectsOfType(graph, "http://xmlns.com/foaf/0.1/Agent");
        assertEquals(2, agents.size(), "the portal and the bureau, each once: " + agents);
        assertEquals(1, Rdf.subjectsOfType(graph, "http://www.w3.org/2006/vcard/ns#Kind").size());
        assertEquals(3, Rdf.subjectsOfType(graph, Rdf.DCAT + "Dataset").size());
    }

    /** Datasets from a lazy iterable: the output grows to megabytes, yet no single write is large. */
    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void streamsDatasetsInSmallWrites(RdfFormat format) throws IOException {
        ChunkCountingWriter out = new ChunkCountingWriter();

        DcatWriter.write(SampleCatalog.CATALOG, () -> datasets(2_000), format, out);

        assertTrue(out.largestWrite < 64 * 1024, "largest single write " + out.largestWrite + " chars");
        assertTrue(out.total > 4_000_000, "output " + out.total + " chars");
    }

    @Test
    void readsBackEveryOfTenThousandDatasets() throws IOException {
        StringWriter out = new StringWriter();
        DcatWriter.write(SampleCatalog.CATALOG, () -> datasets(10_000), RdfFormat.TURTLE, out);

        Map<String, Integer> typed = new HashMap<>();
        Set<Node> catalogued = new HashSet<>();
        RDFParser.fromString(out.toString(), Lang.TURTLE).parse(new StreamRDFBase() {
            @Override
            public void triple(Triple triple) {
                if (triple.getPredicate().equals(RDF.type.asNode())) {
                    typed.merge(triple.getObject().getURI(), 1, Integer::sum);
                } else if (triple.getPredicate().getURI().equals(Rdf.DCAT + "dataset")) {
                    catalogued.add(triple.getObject());
                }
            }
        });
        assertEquals(10_000, typed.get(Rdf.DCAT + "Dataset"));
        assertEquals(20_000, typed.get(Rdf.DCAT + "Distribution"));
        assertEquals(10_000, catalogued.size());
        assertEquals(2, typed.get("http://xmlns.com/foaf/0.1/Agent"), "shared publishers are described once");
    }

    @Test
    void writesUtf8ToAnOutputStream() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DcatWriter.write(SampleCatalog.CATALOG, SampleCatalog.datasets(), RdfFormat.RDF_XML, bytes);

        assertEquals(SampleCatalog.write(RdfFormat.RDF_XML), bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void refusesTwoDatasetsWithOneIri() {
        List<OpenDataset> datasets = List.of(SampleCatalog.fullDataset(7), SampleCatalog.minimalDataset(7, "同号"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DcatWriter.write(SampleCatalog.CATALOG, datasets, RdfFormat.TURTLE, new StringWriter()));
        assertEquals("dataset " + SampleCatalog.BASE + "/dataset/000007 has the IRI of another resource of the"
                + " catalog", e.getMessage());
    }

    @Test
    void refusesOneThemeCodeWithTwoLabels() {
        OpenDataset relabelled = OpenDataset.builder(URI.create(SampleCatalog.BASE + "/dataset/other"))
                .identifier(SampleCatalog.fullDataset(1).identifier()).title("t").description("d")
                .theme(new Theme(ClassificationCode.of("101001"), "人口信息")).publisher(SampleCatalog.BUREAU)
                .issued(SampleCatalog.fullDataset(1).issued()).updateCycle(UpdateCycle.DAILY)
                .access(OpenType.UNCONDITIONAL).build();
        List<OpenDataset> datasets = List.of(SampleCatalog.fullDataset(1), relabelled);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DcatWriter.write(SampleCatalog.CATALOG, datasets, RdfFormat.TURTLE, new StringWriter()));
        assertEquals("dataset " + SampleCatalog.BASE + "/dataset/other: theme 101001 is labelled '人口信息' but an"
                + " earlier dataset labelled it '人口'", e.getMessage());
    }

    private static Iterator<OpenDataset> datasets(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(SampleCatalog::fullDataset).iterator();
    }

    private static void assertLiteral(String lexical, XSDDatatype datatype, Node literal) {
        assertEquals(lexical, literal.getLiteralLexicalForm());
        assertEquals(datatype.getURI(), literal.getLiteralDatatypeURI());
    }

    /** Counts what is written and remembers the largest single write; keeps nothing. */
    private static final class ChunkCountingWriter extends Writer {
        long total;
        int largestWrite;

        @Override
        public void write(char[] buffer, int offset, int length) {
            count(length);
        }

        @Override
        public void write(String string, int offset, int length) {
            count(length);
        }

        private void count(int length) {
            largestWrite = Math.max(largestWrite, length);
            total += length;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
