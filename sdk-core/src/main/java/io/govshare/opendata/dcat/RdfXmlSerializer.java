package io.govshare.opendata.dcat;

import java.io.IOException;
import java.io.Writer;

/**
 * RDF/XML: one {@code rdf:Description} a description, with {@code rdf:about} or {@code rdf:nodeID}; every
 * statement is a property element, rdf:type included, so the output needs no abbreviation rules. The XML
 * declaration says UTF-8: the writer must encode UTF-8.
 */
final class RdfXmlSerializer implements RdfSerializer {

    private final Writer out;

    RdfXmlSerializer(Writer out) {
        this.out = out;
    }

    @Override
    public void begin() throws IOException {
        StringBuilder header = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rdf:RDF");
        for (Namespace namespace : Namespace.values()) {
            header.append("\n    xmlns:").append(namespace.prefix).append("=\"").append(attribute(namespace.uri))
                    .append('"');
        }
        out.write(header.append(">\n").toString());
    }

    @Override
    public void write(Description description) throws IOException {
        StringBuilder element = new StringBuilder("  <rdf:Description ").append(reference(description.subject(),
                "rdf:about")).append(">\n");
        for (Description.Statement statement : description.statements()) {
            String property = qualifiedName(statement.predicate());
            element.append("    <").append(property);
            if (statement.object() instanceof Term.Literal literal) {
                if (literal.language() != null) {
                    element.append(" xml:lang=\"").append(attribute(literal.language())).append('"');
                } else if (!literal.datatype().equals(Vocabulary.XSD_STRING)) {
                    element.append(" rdf:datatype=\"").append(attribute(literal.datatype().value())).append('"');
                }
                element.append('>').append(text(literal.lexical())).append("</").append(property).append(">\n");
            } else {
                element.append(' ').append(reference(statement.object(), "rdf:resource")).append("/>\n");
            }
        }
        out.write(element.append("  </rdf:Description>\n").toString());
    }

    @Override
    public void end() throws IOException {
        out.write("</rdf:RDF>\n");
        out.flush();
    }

    /** {@code rdf:about="…"} / {@code rdf:resource="…"} for an IRI, {@code rdf:nodeID="…"} for a blank node. */
    private static String reference(Term term, String iriAttribute) {
        if (term instanceof Term.BlankNode node) {
            return "rdf:nodeID=\"" + node.label() + "\"";
        }
        return iriAttribute + "=\"" + attribute(((Term.Iri) term).value()) + "\"";
    }

    /** Property elements need a QName; the writer uses properties of {@link Namespace} only. */
    private static String qualifiedName(Term.Iri predicate) {
        Namespace.QName name = Namespace.split(predicate);
        if (name == null) {
            throw new IllegalStateException("property " + predicate.value() + " has no prefix for RDF/XML");
        }
        return name.prefixed();
    }

    /** Element content; a carriage return becomes a reference because XML parsers turn a raw one into a line feed. */
    private static String text(String value) {
        return escape(value, false);
    }

    private static String attribute(String value) {
        return escape(value, true);
    }

    private static String escape(String value, boolean inAttribute) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '\r' -> escaped.append("&#13;");
                case '"' -> escaped.append(inAttribute ? "&quot;" : "\"");
                case '\n' -> escaped.append(inAttribute ? "&#10;" : "\n");
                case '\t' -> escaped.append(inAttribute ? "&#9;" : "\t");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
