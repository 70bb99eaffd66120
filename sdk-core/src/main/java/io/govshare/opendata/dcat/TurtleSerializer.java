package io.govshare.opendata.dcat;

import java.io.IOException;
import java.io.Writer;

/**
 * Turtle (RDF 1.1): the prefixes of {@link Namespace}, then one block a description, with the objects of one
 * predicate in a row joined by commas. Strings are written between
 * double quotes with quote, backslash and line breaks escaped; every other character, Chinese included, as is.
 */
final class TurtleSerializer implements RdfSerializer {

    private final Writer out;

    TurtleSerializer(Writer out) {
        this.out = out;
    }

    @Override
    public void begin() throws IOException {
        for (Namespace namespace : Namespace.values()) {
            out.write("@prefix " + namespace.prefix + ": <" + namespace.uri + "> .\n");
        }
    }

    @Override
    public void write(Description description) throws IOException {
        StringBuilder block = new StringBuilder("\n").append(term(description.subject()));
        Term.Iri previous = null;
        for (Description.Statement statement : description.statements()) {
            Term.Iri predicate = statement.predicate();
            if (predicate.equals(previous)) {
                block.append(", ");
            } else {
                block.append(previous == null ? " " : " ;\n    ")
                        .append(predicate.equals(Vocabulary.RDF_TYPE) ? "a" : term(predicate))
                        .append(' ');
            }
            block.append(term(statement.object()));
            previous = predicate;
        }
        out.write(block.append(" .\n").toString());
    }

    @Override
    public void end() throws IOException {
        out.flush();
    }

    private static String term(Term term) {
        if (term instanceof Term.Iri iri) {
            return iri(iri);
        }
        if (term instanceof Term.BlankNode node) {
            return "_:" + node.label();
        }
        return literal((Term.Literal) term);
    }

    private static String iri(Term.Iri iri) {
        Namespace.QName name = Namespace.split(iri);
        return name != null ? name.prefixed() : "<" + iri.value() + ">";
    }

    private static String literal(Term.Literal literal) {
        String quoted = quote(literal.lexical());
        if (literal.language() != null) {
            return quoted + "@" + literal.language();
        }
        return literal.datatype().equals(Vocabulary.XSD_STRING) ? quoted : quoted + "^^" + iri(literal.datatype());
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
