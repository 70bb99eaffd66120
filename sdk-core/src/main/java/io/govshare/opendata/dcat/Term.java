package io.govshare.opendata.dcat;

import java.util.Objects;

/**
 * An RDF term as the serialisers need it: an IRI, a blank node or a literal. The writer builds terms only from
 * checked model values, so the invariants below hold and the serialisers do no checking of their own.
 */
sealed interface Term permits Term.Iri, Term.BlankNode, Term.Literal {

    /** An IRI, as text, without the characters Turtle and JSON-LD would need to escape (java.net.URI has none). */
    record Iri(String value) implements Term {
        public Iri {
            Objects.requireNonNull(value, "iri");
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c <= ' ' || "<>\"{}|^`\\".indexOf(c) >= 0) {
                    throw new IllegalArgumentException("IRI must not contain '" + c + "': " + value);
                }
            }
        }
    }

    /** A blank node; the label is ASCII letters and digits so that every syntax can write it unchanged. */
    record BlankNode(String label) implements Term {
        public BlankNode {
            if (!label.matches("[A-Za-z][A-Za-z0-9]*")) {
                throw new IllegalArgumentException("blank node label must be ASCII letters and digits, got '"
                        + label + "'");
            }
        }
    }

    /**
     * A literal: either a language-tagged string ({@code language} set, {@code datatype} null) or a typed one
     * ({@code datatype} set, {@code language} null; xsd:string for plain text).
     */
    record Literal(String lexical, Iri datatype, String language) implements Term {
        public Literal {
            Objects.requireNonNull(lexical, "lexical form");
            if ((datatype == null) == (language == null)) {
                throw new IllegalArgumentException("a literal has either a datatype or a language tag");
            }
        }

        static Literal tagged(String text, String language) {
            return new Literal(text, null, language);
        }

        static Literal typed(String lexical, Iri datatype) {
            return new Literal(lexical, datatype, null);
        }
    }
}
