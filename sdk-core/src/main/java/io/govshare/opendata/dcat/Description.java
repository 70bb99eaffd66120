package io.govshare.opendata.dcat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the output says about one subject: its statements in the order they were added. It is the unit all three
 * serialisations share (a Turtle block, an rdf:Description element, a JSON-LD node object), so the writer can
 * stream a catalog one description at a time. A subject may have several descriptions in one document; they
 * add up to one node of the graph.
 */
final class Description {

    /** A predicate and its object. */
    record Statement(Term.Iri predicate, Term object) {
    }

    private final Term subject;
    private final List<Statement> statements = new ArrayList<>();

    Description(Term subject) {
        if (subject instanceof Term.Literal) {
            throw new IllegalArgumentException("a literal cannot be a subject");
        }
        this.subject = subject;
    }

    Description add(Term.Iri predicate, Term object) {
        statements.add(new Statement(Objects.requireNonNull(predicate), Objects.requireNonNull(object)));
        return this;
    }

    Term subject() {
        return subject;
    }

    List<Statement> statements() {
        return statements;
    }
}
