package io.govshare.standards;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
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
    @ValueSource(strings = {"header", "header-delivery", "manifest", "recipients", "receipt", "audit-segment"})
    void theSpecExamplesAreValid(String name) {
        String schema = name.startsWith("header") ? "header" : name;
        assertEquals(Set.of(), validate(schema, StandardFiles.read("exchange/examples/" + name + ".json")));
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

    @ParameterizedTest
    @ValueSource(strings = {"\"manifestDigest\": \"b94d", "\"sourceNode\": \"node-1139050001390501xr-01\""})
    void aDeliveryWithABrokenOriginIsRefused(String fragment) {
        String delivery = StandardFiles.read("exchange/examples/header-delivery.json");
        String broken = fragment.startsWith("\"manifestDigest")
                ? delivery.replace(fragment, "\"manifestDigest\": \"B94D")
                : delivery.replace(fragment, "\"sourceNode\": \"node-1\", \"note\": \"x\"");
        assertFalse(validate("header", broken).isEmpty(), broken);
    }

    @Test
    void anAuditSegmentWithAMalformedHashIsRefused() {
        String segment = StandardFiles.read("exchange/examples/audit-segment.json");
        String broken = segment.replaceFirst("\"hash\":\"[0-9a-f]{64}\"", "\"hash\":\"not-a-digest\"");
        assertFalse(broken.equals(segment), "the example has a hash to break");
        assertFalse(validate("audit-segment", broken).isEmpty(), broken);
    }

    @Test
    void recipientsWithoutAWrappedKeyAreRefused() {
        String recipients = StandardFiles.read("exchange/examples/recipients.json");
        String broken = recipients.replaceAll(",\\s*\"wrappedKey\": \"[^\"]*\"", "");
        assertFalse(validate("recipients", broken).isEmpty(), broken);
    }
}
