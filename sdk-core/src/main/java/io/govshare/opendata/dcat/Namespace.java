package io.govshare.opendata.dcat;

import java.util.regex.Pattern;

/**
 * The vocabularies the DCAT output uses, with the prefixes all three serialisations declare. An IRI in one of
 * these namespaces whose rest is a simple name is written as a prefixed name (a QName in RDF/XML, a compact IRI
 * in JSON-LD); any other IRI is written in full.
 */
enum Namespace {
    RDF("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    XSD("xsd", "http://www.w3.org/2001/XMLSchema#"),
    DCAT("dcat", "http://www.w3.org/ns/dcat#"),
    DCT("dct", "http://purl.org/dc/terms/"),
    FOAF("foaf", "http://xmlns.com/foaf/0.1/"),
    SKOS("skos", "http://www.w3.org/2004/02/skos/core#"),
    SPDX("spdx", "http://spdx.org/rdf/terms#"),
    VCARD("vcard", "http://www.w3.org/2006/vcard/ns#"),
    /** GovShare's own terms, for what DCAT-AP has no property for (the SM3 digest). */
    GOVSHARE("govshare", "https://govshare.io/ns/opendata#");

    /** A name every syntax accepts after a prefix: Turtle PN_LOCAL, an XML NCName and a JSON-LD compact IRI. */
    private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    final String prefix;
    final String uri;

    Namespace(String prefix, String uri) {
        this.prefix = prefix;
        this.uri = uri;
    }

    Term.Iri term(String localName) {
        return new Term.Iri(uri + localName);
    }

    /** A namespace and local name that together spell an IRI. */
    record QName(Namespace namespace, String localName) {
        String prefixed() {
            return namespace.prefix + ":" + localName;
        }
    }

    /** The prefixed form of {@code iri}, or null if it must be written in full. */
    static QName split(Term.Iri iri) {
        String value = iri.value();
        for (Namespace namespace : values()) {
            if (value.startsWith(namespace.uri)) {
                String local = value.substring(namespace.uri.length());
                if (SIMPLE_NAME.matcher(local).matches()) {
                    return new QName(namespace, local);
                }
            }
        }
        return null;
    }
}
