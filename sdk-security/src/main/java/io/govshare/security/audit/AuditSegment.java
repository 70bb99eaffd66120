package io.govshare.security.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import io.govshare.security.crypto.CryptoProfiles;
import io.govshare.security.internal.StrictJson;

/**
 * An exported range of the hub's audit log, self-contained for an auditor: the entries in sequence order,
 * the hub's checkpoints over them, the profile whose digest links the chain, and the certificate of the
 * key that signed the checkpoints. JSON form: standards/exchange/schemas/audit-segment.schema.json.
 *
 * <p>The first entry's prevHash links to what came before the segment; it can be checked only against the
 * preceding segment's last hash (or {@link AuditChain#GENESIS} when the segment starts at sequence 1).
 * This record checks only the shape; {@link AuditSegmentVerifier} checks sequences, links and signatures.
 *
 * @param cryptoProfile        "SM" or "INTL"
 * @param signerCertificatePem the hub certificate that signed the checkpoints, PEM
 * @param entries              contiguous entries, oldest first
 * @param checkpoints          checkpoints whose sequence lies within the entries
 */
public record AuditSegment(String cryptoProfile, String signerCertificatePem, List<AuditEntry> entries,
                           List<AuditCheckpoint> checkpoints) {

    /** The schemaVersion this SDK writes and reads. */
    public static final String SCHEMA_VERSION = "1";

    private static final Set<String> FIELDS = Set.of("schemaVersion", "cryptoProfile", "signerCertificate",
            "checkpoints", "entries");
    private static final Set<String> ENTRY_FIELDS = Set.of("sequence", "prevHash", "hash", "event");
    private static final Set<String> CHECKPOINT_FIELDS = Set.of("sequence", "hash", "signedAt", "signature");

    /** Checks the components, and copies or normalises them where the class description says so. */
    public AuditSegment {
        if (!CryptoProfiles.SM.name().equals(cryptoProfile) && !CryptoProfiles.INTL.name().equals(cryptoProfile)) {
            throw new AuditFormatException("audit segment cryptoProfile must be \"SM\" or \"INTL\", got "
                    + (cryptoProfile == null ? "null" : "'" + cryptoProfile + "'"));
        }
        if (signerCertificatePem == null || signerCertificatePem.isBlank()) {
            throw new AuditFormatException("audit segment signerCertificate must be a PEM certificate");
        }
        entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
        checkpoints = List.copyOf(Objects.requireNonNull(checkpoints, "checkpoints"));
    }

    /**
     * Compact UTF-8 JSON. Checkpoints come before entries so that a streaming reader knows which hashes to
     * keep before it meets them.
     */
    public byte[] toJson() {
        JsonArrayBuilder checkpointArray = StrictJson.arrayBuilder();
        for (AuditCheckpoint checkpoint : checkpoints) {
            checkpointArray.add(StrictJson.objectBuilder()
                    .add("sequence", checkpoint.sequence())
                    .add("hash", checkpoint.hash())
                    .add("signedAt", checkpoint.signedAt().toString())
                    .add("signature", checkpoint.signature()));
        }
        JsonArrayBuilder entryArray = StrictJson.arrayBuilder();
        for (AuditEntry entry : entries) {
            entryArray.add(StrictJson.objectBuilder()
                    .add("sequence", entry.sequence())
                    .add("prevHash", entry.prevHash())
                    .add("hash", entry.hash())
                    .add("event", entry.event()));
        }
        return StrictJson.write(StrictJson.objectBuilder()
                .add("schemaVersion", SCHEMA_VERSION)
                .add("cryptoProfile", cryptoProfile)
                .add("signerCertificate", signerCertificatePem)
                .add("checkpoints", checkpointArray)
                .add("entries", entryArray)
                .build());
    }

    /**
     * Reads segment JSON strictly: UTF-8, one object, no duplicate or unknown member, every field as the
     * schema says.
     *
     * @throws AuditFormatException naming the field and the rule
     */
    public static AuditSegment fromJson(byte[] json) {
        try {
            StrictJson.Fields segment = new StrictJson.Fields(StrictJson.parseObject(json, "audit segment"),
                    "segment");
            segment.allowOnly(FIELDS);
            if (!SCHEMA_VERSION.equals(segment.string("schemaVersion"))) {
                throw segment.fail("schemaVersion", "must be \"" + SCHEMA_VERSION + "\"");
            }
            JsonArray entryArray = segment.array("entries");
            List<AuditEntry> entries = new ArrayList<>(entryArray.size());
            for (int i = 0; i < entryArray.size(); i++) {
                StrictJson.Fields entry = element(entryArray, i, "segment.entries[" + i + "]");
                entry.allowOnly(ENTRY_FIELDS);
                entries.add(new AuditEntry(entry.integer("sequence", 1), entry.hexDigest("prevHash"),
                        entry.hexDigest("hash"), entry.object("event")));
            }
            JsonArray checkpointArray = segment.array("checkpoints");
            List<AuditCheckpoint> checkpoints = new ArrayList<>(checkpointArray.size());
            for (int i = 0; i < checkpointArray.size(); i++) {
                StrictJson.Fields checkpoint = element(checkpointArray, i, "segment.checkpoints[" + i + "]");
                checkpoint.allowOnly(CHECKPOINT_FIELDS);
                checkpoints.add(new AuditCheckpoint(checkpoint.integer("sequence", 1), checkpoint.hexDigest("hash"),
                        checkpoint.instant("signedAt"), checkpoint.base64("signature")));
            }
            return new AuditSegment(segment.string("cryptoProfile"), segment.string("signerCertificate"), entries,
                    checkpoints);
        } catch (IllegalArgumentException e) {
            throw e instanceof AuditFormatException ? e : new AuditFormatException(e.getMessage(), e);
        }
    }

    private static StrictJson.Fields element(JsonArray array, int index, String where) {
        JsonValue value = array.get(index);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new AuditFormatException(where + " must be an object, got " + value.getValueType());
        }
        return new StrictJson.Fields((JsonObject) value, where);
    }
}
