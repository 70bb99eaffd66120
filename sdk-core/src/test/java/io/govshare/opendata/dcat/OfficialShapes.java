package io.govshare.opendata.dcat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.InfModel;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.reasoner.rulesys.RDFSRuleReasonerFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.ReasonerVocabulary;
import org.apache.jena.vocabulary.XSD;

/**
 * The official DCAT-AP 3.0.0 SHACL shapes, from {@code shared/external/dcat-ap-3.0.0} beside the repository, in
 * the three groups the EU's ITB validator runs them (SEMICeu DCAT-AP 3.0.0 §Validation; ISAITB
 * validator-resources-dcat-ap):
 * <ul>
 * <li><b>full</b>: shapes.ttl (cardinalities, datatypes), range.ttl (classes of values), shapes_recommended.ttl
 * (recommended properties, as warnings) and deprecateduris.ttl;
 * <li><b>controlled vocabularies</b>: mdr-vocabularies.shape.ttl (EU authority tables, ADMS, SPDX);
 * <li><b>individual constraints</b>: dcat-ap-SHACL.ttl, generated from the specification. Its sh:class
 * rdfs:Resource on URL properties holds under RDFS entailment only, so the data graph gets it.
 * </ul>
 * imports.ttl and mdr_imports.ttl only owl:import the vocabularies and authority tables from the web; the output
 * states what the shapes need of them, so validation runs with no background knowledge at all.
 * <p>
 * Two constraints contradict the rest of the release and are corrected in memory, each in exactly one place:
 * <ol>
 * <li>shapes.ttl types dcat:byteSize xsd:decimal (DCAT-AP 2); the 3.0.0 specification, DCAT 3 and
 * dcat-ap-SHACL.ttl say xsd:nonNegativeInteger (SEMICeu/DCAT-AP#399, #422);
 * <li>mdr-vocabularies.shape.ttl wants checksum algorithms to start with {@code https://spdx.org/rdf/terms}, while
 * the SPDX terms it also requires (class spdx:ChecksumAlgorithm) are {@code http://spdx.org/rdf/terms#…}: no
 * algorithm could pass. The pattern is widened to {@code ^https?://}.
 * </ol>
 */
public final class OfficialShapes {

    static final String PROPERTY = "govshare.dcatApShapes";
    private static final String RELATIVE = "shared/external/dcat-ap-3.0.0";
    private static final String SH = "http://www.w3.org/ns/shacl#";

    /** One group of shape files, validated together. */
    public record ShapeSet(String name, Shapes shapes, boolean rdfsEntailment) {
        public ValidationReport validate(Graph data) {
            return ShaclValidator.get().validate(shapes, rdfsEntailment ? entailed(data) : data);
        }
    }

    static final Path DIRECTORY = locate();
    public static final ShapeSet FULL = new ShapeSet("DCAT-AP 3.0.0 full", Shapes.parse(correctedByteSize(
            load("shapes.ttl", "range.ttl", "shapes_recommended.ttl", "deprecateduris.ttl"))), false);
    public static final ShapeSet CONTROLLED_VOCABULARIES = new ShapeSet("DCAT-AP 3.0.0 controlled vocabularies",
            Shapes.parse(correctedChecksumPattern(load("mdr-vocabularies.shape.ttl"))), false);
    public static final ShapeSet INDIVIDUAL_CONSTRAINTS = new ShapeSet("DCAT-AP 3.0.0 individual constraints",
            Shapes.parse(load("dcat-ap-SHACL.ttl")), true);
    public static final List<ShapeSet> ALL = List.of(FULL, CONTROLLED_VOCABULARIES, INDIVIDUAL_CONSTRAINTS);

    private OfficialShapes() {
    }

    /** The same groups as published, without the two corrections: to show that they are needed. */
    static ShapeSet uncorrected(ShapeSet set) {
        if (set == FULL) {
            return new ShapeSet(set.name() + " (as published)", Shapes.parse(
                    load("shapes.ttl", "range.ttl", "shapes_recommended.ttl", "deprecateduris.ttl")), false);
        }
        if (set == CONTROLLED_VOCABULARIES) {
            return new ShapeSet(set.name() + " (as published)",
                    Shapes.parse(load("mdr-vocabularies.shape.ttl")), false);
        }
        return set;
    }

    /**
     * {@code -Dgovshare.dcatApShapes=DIR}, else the first {@code shared/external/dcat-ap-3.0.0} found in
     * user.dir or above it (CI clones the shared repository beside this one).
     */
    private static Path locate() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null) {
            Path directory = Path.of(configured);
            if (!Files.isRegularFile(directory.resolve("shapes.ttl"))) {
                throw new IllegalStateException("-D" + PROPERTY + "=" + configured + " holds no shapes.ttl");
            }
            return directory;
        }
        List<Path> tried = new ArrayList<>();
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null;
                dir = dir.getParent()) {
            Path candidate = dir.resolve(RELATIVE);
            if (Files.isRegularFile(candidate.resolve("shapes.ttl"))) {
                return candidate;
            }
            tried.add(candidate);
        }
        throw new IllegalStateException("The official DCAT-AP 3.0.0 SHACL shapes were not found; looked in " + tried
                + ". Clone the shared repository beside this one (../shared) or set -D" + PROPERTY + "=<dir>.");
    }

    private static Graph load(String... files) {
        Graph graph = GraphFactory.createDefaultGraph();
        for (String file : files) {
            Path path = DIRECTORY.resolve(file);
            if (!Files.isRegularFile(path)) {
                throw new IllegalStateException("DCAT-AP shape file missing: " + path);
            }
            RDFDataMgr.read(graph, path.toUri().toString());
        }
        return graph;
    }

    private static Graph correctedByteSize(Graph shapes) {
        Node path = NodeFactory.createURI(SH + "path");
        Node datatype = NodeFactory.createURI(SH + "datatype");
        Node byteSize = NodeFactory.createURI("http://www.w3.org/ns/dcat#byteSize");
        List<Node> wrong = shapes.find(Node.ANY, path, byteSize).mapWith(Triple::getSubject)
                .filterKeep(shape -> shapes.contains(shape, datatype, XSD.decimal.asNode())).toList();
        replaceOne(shapes, wrong, datatype, XSD.decimal.asNode(), XSD.nonNegativeInteger.asNode(), "byteSize");
        return shapes;
    }

    private static Graph correctedChecksumPattern(Graph shapes) {
        Node pattern = NodeFactory.createURI(SH + "pattern");
        Node published = NodeFactory.createLiteralString("^https://spdx.org/rdf/terms");
        List<Node> wrong = shapes.find(Node.ANY, pattern, published).mapWith(Triple::getSubject).toList();
        replaceOne(shapes, wrong, pattern, published, NodeFactory.createLiteralString("^https?://spdx.org/rdf/terms"),
                "checksum algorithm pattern");
        return shapes;
    }

    /** Fails if the published defect is not there exactly once: a new release may have fixed it. */
    private static void replaceOne(Graph shapes, List<Node> subjects, Node predicate, Node from, Node to,
                                   String what) {
        if (subjects.size() != 1) {
            throw new IllegalStateException("expected the known " + what + " defect once in the DCAT-AP shapes,"
                    + " found it " + subjects.size() + " times: review the correction");
        }
        shapes.delete(subjects.get(0), predicate, from);
        shapes.add(subjects.get(0), predicate, to);
    }

    /** The data with its RDFS entailments, among them that every IRI is an rdfs:Resource. */
    private static Graph entailed(Graph data) {
        Model config = ModelFactory.createDefaultModel();
        var reasoner = RDFSRuleReasonerFactory.theInstance().create(
                config.createResource().addProperty(ReasonerVocabulary.PROPsetRDFSLevel, "full"));
        InfModel inferred = ModelFactory.createInfModel(reasoner, ModelFactory.createModelForGraph(data));
        Model materialised = ModelFactory.createDefaultModel().add(inferred);
        return materialised.getGraph();
    }
}
