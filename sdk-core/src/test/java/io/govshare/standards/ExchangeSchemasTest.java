package io.govshare.standards;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The exchange packet schemas (standards/exchange/schemas) accept the spec's examples and refuse broken ones. */
class ExchangeSchemasTest {

    private static Set<ValidationMessage> validate(String schema, String json) {
        JsonSchema compiled = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(StandardFiles.read("exchange/schemas/" + schema + ".schema.json"),
                        SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        return compiled.validate(json, InputFormat.JSON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"header", "manifest", "receipt"})
    void theSpecExamplesAreValid(String name) {
        assertEquals(Set.of(), validate(name, StandardFiles.read("exchange/examples/" + name + ".json")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"sequence\": 42", "\"operation\": \"INCREMENTAL\"", "\"createdAt\": \"2026-11-22T08:30:00Z\""})
    void aHeaderWithABrokenFieldIsRefused(String field) {
        String header = StandardFiles.read("exchange/examples/header.json");
        String broken = header.replace(field, field.substring(0, field.indexOf(':') + 1) + " \"never\"");
        assertFalse(validate("header", broken).isEmpty(), broken);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"digest\": \"66c7f0f4", "\"name\": \"header.json\""})
    void aManifestWithABadEntryIsRefused(String fragment) {
        String manifest = StandardFiles.read("exchange/examples/manifest.json");
        String broken = fragment.startsWith("\"digest")
                ? manifest.replace(fragment, "\"digest\": \"XYZ")
                : manifest.replace(fragment, "\"name\": \"../etc/passwd\"");
        assertFalse(validate("manifest", broken).isEmpty(), broken);
    }
}
