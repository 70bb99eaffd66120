package io.govshare.security.receipt;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import io.govshare.security.internal.StrictJson;
import io.govshare.verification.Finding;

/**
 * What {@link ReceiptVerifier} found. A receipt is valid exactly when there are no findings.
 *
 * @param valid          true if nothing is wrong
 * @param findings       each problem with its stable reason code, in the order checked
 * @param timestampedAt  the genTime of the receipt's timestamp token if the token verified, else null
 */
public record ReceiptReport(boolean valid, List<Finding> findings, Instant timestampedAt) {

    /** Checks that the report is valid exactly when it has no findings, and copies them. */
    public ReceiptReport {
        findings = List.copyOf(findings);
        if (valid != findings.isEmpty()) {
            throw new IllegalArgumentException("a report is valid exactly when it has no findings");
        }
    }

    /** {@code {"valid":…,"findings":[{"reason":…,"message":…}],"timestampedAt":…|null}}, compact UTF-8. */
    public byte[] toJson() {
        JsonArrayBuilder list = StrictJson.arrayBuilder();
        findings.forEach(f -> list.add(StrictJson.objectBuilder().add("reason", f.reason().code()).add("message", f.message())));
        JsonObjectBuilder json = StrictJson.objectBuilder().add("valid", valid).add("findings", list);
        if (timestampedAt == null) {
            json.addNull("timestampedAt");
        } else {
            json.add("timestampedAt", timestampedAt.toString());
        }
        return StrictJson.write(json.build());
    }

    @Override
    public String toString() {
        return valid ? "receipt valid, timestamped at " + timestampedAt
                : "receipt invalid: " + findings.stream().map(Finding::toString).collect(Collectors.joining("; "));
    }
}
