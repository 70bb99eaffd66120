package io.govshare.security.audit;

import java.util.Objects;

import jakarta.json.JsonObject;

import io.govshare.security.internal.StrictJson;

/**
 * One link of the audit chain as stored and exported: the event and the hashes around it. The record
 * only checks the shape; whether {@code hash} really is {@link AuditChain#link} of the other two is what
 * {@link AuditSegmentVerifier} checks.
 *
 * @param sequence the entry's place in the log, from 1
 * @param prevHash the previous entry's hash ({@link AuditChain#GENESIS} for sequence 1), 64 lower-case hex
 * @param hash     this entry's hash, 64 lower-case hex
 * @param event    the audited event, any JSON object whose numbers are integers
 */
public record AuditEntry(long sequence, String prevHash, String hash, JsonObject event) {
    /** Checks the components, and copies or normalises them where the class description says so. */
    public AuditEntry {
        if (sequence < 1) {
            throw new AuditFormatException("audit entry sequence must be at least 1, got " + sequence);
        }
        try {
            StrictJson.hexDigest(prevHash, "audit entry " + sequence + " prevHash");
            StrictJson.hexDigest(hash, "audit entry " + sequence + " hash");
        } catch (IllegalArgumentException e) {
            throw e instanceof AuditFormatException ? e : new AuditFormatException(e.getMessage(), e);
        }
        Objects.requireNonNull(event, "event");
    }
}
