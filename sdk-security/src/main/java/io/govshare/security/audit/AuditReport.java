package io.govshare.security.audit;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import io.govshare.verification.Finding;
import io.govshare.security.internal.StrictJson;

/**
 * What {@link AuditSegmentVerifier} found. A segment is valid exactly when there are no findings. Entries
 * after the last valid checkpoint are intact as a chain but not yet vouched for by a hub signature; they
 * are counted in {@code uncoveredEntries}, which is a note, not an error: the hub signs periodically, so the
 * newest entries of an export always wait for the next checkpoint.
 *
 * @param valid                  true if nothing is wrong
 * @param findings               each problem with its stable reason code
 * @param firstSequence          the first entry's sequence (0 for an empty segment)
 * @param lastSequence           the last entry's sequence (0 for an empty segment)
 * @param firstPrevHash          the first entry's prevHash: equal to the preceding segment's {@code lastHash}
 *                               when segments are chained (null for an empty segment)
 * @param lastHash               the last entry's hash (null for an empty segment)
 * @param lastCheckpointSequence the sequence of the last checkpoint that verified (0 if none)
 * @param uncoveredEntries       how many trailing entries no verified checkpoint covers yet
 */
public record AuditReport(boolean valid, List<Finding> findings, long firstSequence, long lastSequence,
                          String firstPrevHash, String lastHash, long lastCheckpointSequence, long uncoveredEntries) {

    /** Checks that the report is valid exactly when it has no findings, and copies them. */
    public AuditReport {
        findings = List.copyOf(findings);
        if (valid != findings.isEmpty()) {
            throw new IllegalArgumentException("a report is valid exactly when it has no findings");
        }
    }

    /** The report as compact UTF-8 JSON with the record's component names. */
    public byte[] toJson() {
        JsonArrayBuilder list = StrictJson.arrayBuilder();
        findings.forEach(f -> list.add(StrictJson.objectBuilder().add("reason", f.reason().code()).add("message", f.message())));
        JsonObjectBuilder json = StrictJson.objectBuilder()
                .add("valid", valid)
                .add("findings", list)
                .add("firstSequence", firstSequence)
                .add("lastSequence", lastSequence);
        nullable(json, "firstPrevHash", firstPrevHash);
        nullable(json, "lastHash", lastHash);
        return StrictJson.write(json
                .add("lastCheckpointSequence", lastCheckpointSequence)
                .add("uncoveredEntries", uncoveredEntries)
                .build());
    }

    @Override
    public String toString() {
        String range = firstSequence == 0 ? "empty segment" : "entries " + firstSequence + ".." + lastSequence;
        return valid ? "audit segment valid: " + range + ", " + coverage(uncoveredEntries)
                : "audit segment invalid (" + range + "): "
                + findings.stream().map(Finding::toString).collect(Collectors.joining("; "));
    }

    /** "all entries covered by checkpoints" or "N trailing entries not yet covered by a checkpoint". */
    public static String coverage(long uncoveredEntries) {
        return uncoveredEntries == 0 ? "all entries covered by signed checkpoints"
                : uncoveredEntries + (uncoveredEntries == 1 ? " trailing entry" : " trailing entries")
                + " not yet covered by a checkpoint (not an error)";
    }

    private static void nullable(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}
