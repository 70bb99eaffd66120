package io.govshare.opendata.dcat;

import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;

/** Reading the writer's output back with Apache Jena, an independent parser. */
final class Rdf {

    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String DCT = "http://purl.org/dc/terms/";

    private Rdf() {
    }

    /** Parses strictly: a syntax error, or a warning such as a bad IRI or language tag, fails. */
    static Graph parse(String text, RdfFormat format) {
        Lang lang = switch (format) {
            case TURTLE -> Lang.TURTLE;
            case RDF_XML -> Lang.RDFXML;
            case JSON_LD -> Lang.JSONLD11;
        };
        return RDFParser.fromString(text, lang).strict(true).errorHandler(new FailOnWarning()).toGraph();
    }

    static Node iri(String value) {
        return NodeFactory.createURI(value);
    }

    static Set<Node> subjectsOfType(Graph graph, String type) {
        Set<Node> subjects = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
        graph.find(Node.ANY, RDF.type.asNode(), iri(type)).forEach(t -> subjects.add(t.getSubject()));
        return subjects;
    }

    /** The one object of (subject, predicate). */
    static Node object(Graph graph, Node subject, String predicate) {
        var objects = graph.find(subject, iri(predicate), Node.ANY).mapWith(t -> t.getObject()).toList();
        if (objects.size() != 1) {
            throw new AssertionError("expected one " + predicate + " of " + subject + ", found " + objects);
        }
        return objects.get(0);
    }

    private static final class FailOnWarning implements org.apache.jena.riot.system.ErrorHandler {
        @Override
        public void warning(String message, long line, long col) {
            throw new AssertionError("parser warning at " + line + ":" + col + ": " + message);
        }

        @Override
        public void error(String message, long line, long col) {
            throw new AssertionError("parser error at " + line + ":" + col + ": " + message);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new AssertionError("parser fatal error at " + line + ":" + col + ": " + message);
        }
    }
}
