package io.govshare.opendata.dcat;

import java.io.Writer;

/** The RDF syntaxes harvesters read, with what an HTTP endpoint needs to serve them. */
public enum RdfFormat {
    TURTLE("text/turtle", "ttl"),
    RDF_XML("application/rdf+xml", "rdf"),
    JSON_LD("application/ld+json", "jsonld");

    private final String mediaType;
    private final String fileExtension;

    RdfFormat(String mediaType, String fileExtension) {
        this.mediaType = mediaType;
        this.fileExtension = fileExtension;
    }

    /** For Content-Type; the charset is always UTF-8. */
    public String mediaType() {
        return mediaType;
    }

    /** Without the dot. */
    public String fileExtension() {
        return fileExtension;
    }

    RdfSerializer serializer(Writer out) {
        return switch (this) {
            case TURTLE -> new TurtleSerializer(out);
            case RDF_XML -> new RdfXmlSerializer(out);
            case JSON_LD -> new JsonLdSerializer(out);
        };
    }
}
