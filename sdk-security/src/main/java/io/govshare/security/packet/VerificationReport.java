package io.govshare.security.packet;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import io.govshare.verification.Finding;
import io.govshare.exchange.PacketHeader;
import io.govshare.verification.Reason;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * The result of verifying a packet: valid when nothing was found. The other fields are what could be read
 * even of an invalid packet, null where it could not; an invalid packet's header and signer are what the
 * packet claims, not facts.
 *
 * @param header            the header, if it could be parsed
 * @param signerSubject     the subject DN of signer.pem, if it is a certificate
 * @param signerSerialHex   its serial, lower-case hex
 * @param manifestDigestHex the digest of manifest.json's bytes, as a receipt binds it, if the manifest parsed
 */
public record VerificationReport(boolean valid, List<Finding> findings, PacketHeader header, String signerSubject,
                                 String signerSerialHex, String manifestDigestHex) {

    /** Checks that the report is valid exactly when it has no findings, and copies them. */
    public VerificationReport {
        findings = List.copyOf(findings);
        if (valid != findings.isEmpty()) {
            throw new IllegalArgumentException("a report is valid exactly when it has no findings");
        }
    }

    /** The reasons of the findings, in the order found. */
    public List<Reason> reasons() {
        return findings.stream().map(Finding::reason).toList();
    }

    /** The report as JSON text: {@code valid}, {@code findings[{reason, message}]}, and the known fields. */
    public String toJson() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        findings.forEach(finding -> list.add(Json.createObjectBuilder()
                .add("reason", finding.reason().code())
                .add("message", finding.message())));
        JsonObjectBuilder json = Json.createObjectBuilder().add("valid", valid).add("findings", list);
        if (header != null) {
            json.add("header", Json.createReader(new StringReader(new String(header.toJson(), StandardCharsets.UTF_8)))
                    .readObject());
        }
        addIfKnown(json, "signerSubject", signerSubject);
        addIfKnown(json, "signerSerialHex", signerSerialHex);
        addIfKnown(json, "manifestDigestHex", manifestDigestHex);
        return json.build().toString();
    }

    private static void addIfKnown(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, Objects.requireNonNull(value));
        }
    }
}
