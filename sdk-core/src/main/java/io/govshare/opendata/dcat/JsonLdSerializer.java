package io.govshare.opendata.dcat;

import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;

/**
 * JSON-LD 1.1: an object with an inline {@code @context} of the {@link Namespace} prefixes and a {@code @graph}
 * array of node objects, one a description. Properties and types are compact IRIs; node identifiers are full IRIs
 * or {@code _:} blank-node labels; every property value is an array of value objects, so the document reads the
 * same with or without a JSON-LD processor's compaction rules.
 */
final class JsonLdSerializer implements RdfSerializer {

    private final JsonGenerator json;

    JsonLdSerializer(Writer out) {
        json = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createGenerator(out);
    }

    @Override
    public void begin() {
        json.writeStartObject().writeStartObject("@context");
        for (Namespace namespace : Namespace.values()) {
            json.write(namespace.prefix, namespace.uri);
        }
        json.writeEnd().writeStartArray("@graph");
    }

    @Override
    public void write(Description description) {
        List<Term> types = new ArrayList<>();
        Map<Term.Iri, List<Term>> values = new LinkedHashMap<>();
        for (Description.Statement statement : description.statements()) {
            if (statement.predicate().equals(Vocabulary.RDF_TYPE)) {
                types.add(statement.object());
            } else {
                values.computeIfAbsent(statement.predicate(), predicate -> new ArrayList<>()).add(statement.object());
            }
        }
        json.writeStartObject().write("@id", id(description.subject()));
        if (!types.isEmpty()) {
            json.writeStartArray("@type");
            types.forEach(type -> json.write(compact((Term.Iri) type)));
            json.writeEnd();
        }
        values.forEach((predicate, objects) -> {
            json.writeStartArray(compact(predicate));
            objects.forEach(this::value);
            json.writeEnd();
        });
        json.writeEnd();
    }

    @Override
    public void end() {
        json.writeEnd().writeEnd();
        json.flush();
    }

    private void value(Term object) {
        if (object instanceof Term.Literal literal) {
            json.writeStartObject().write("@value", literal.lexical());
            if (literal.language() != null) {
                json.write("@language", literal.language());
            } else if (!literal.datatype().equals(Vocabulary.XSD_STRING)) {
                json.write("@type", compact(literal.datatype()));
            }
            json.writeEnd();
        } else {
            json.writeStartObject().write("@id", id(object)).writeEnd();
        }
    }

    private static String id(Term term) {
        return term instanceof Term.BlankNode node ? "_:" + node.label() : ((Term.Iri) term).value();
    }

    private static String compact(Term.Iri iri) {
        Namespace.QName name = Namespace.split(iri);
        return name != null ? name.prefixed() : iri.value();
    }
}
