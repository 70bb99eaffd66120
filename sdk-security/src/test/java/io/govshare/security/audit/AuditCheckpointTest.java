package io.govshare.security.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

import io.govshare.security.crypto.CryptoProfiles;
import io.govshare.security.identity.TestPki;

class AuditCheckpointTest {

    private static final String HASH = "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9";

    private final TestPki pki = new TestPki(CryptoProfiles.SM);

    @Test
    void signsTheCanonicalJsonOfSequenceHashAndTime() {
        AuditCheckpoint checkpoint = AuditCheckpoint.sign(pki.hub, 120, HASH, Instant.parse("2026-11-22T08:30:01.234567Z"));
        assertEquals(Instant.parse("2026-11-22T08:30:01.234Z"), checkpoint.signedAt(), "kept to the millisecond");
        assertEquals("{\"hash\":\"" + HASH + "\",\"sequence\":120,\"signedAt\":\"2026-11-22T08:30:01.234Z\"}",
                new String(checkpoint.signedBytes(), StandardCharsets.UTF_8));
        assertTrue(checkpoint.verify(pki.hub.certificate()));
    }

    @Test
    void doesNotVerifyWithAnotherKeyOrAfterAChange() {
        AuditCheckpoint checkpoint = AuditCheckpoint.sign(pki.hub, 120, HASH, TestPki.NOW);
        assertFalse(checkpoint.verify(pki.node("node-a01").certificate()));
        assertFalse(checkpoint.verify(new TestPki(CryptoProfiles.INTL).hub.certificate()), "another curve");
        AuditCheckpoint moved = new AuditCheckpoint(121, HASH, checkpoint.signedAt(), checkpoint.signature());
        assertFalse(moved.verify(pki.hub.certificate()));
        AuditCheckpoint later = new AuditCheckpoint(120, HASH, checkpoint.signedAt().plusMillis(1), checkpoint.signature());
        assertFalse(later.verify(pki.hub.certificate()));
    }

    @Test
    void refusesMalformedFields() {
        assertThrows(AuditFormatException.class, () -> new AuditCheckpoint(0, HASH, TestPki.NOW, "AA=="));
        assertThrows(AuditFormatException.class, () -> new AuditCheckpoint(1, "abc", TestPki.NOW, "AA=="));
        AuditFormatException e = assertThrows(AuditFormatException.class,
                () -> new AuditCheckpoint(1, HASH, TestPki.NOW, "AA"));
        assertTrue(e.getMessage().contains("audit checkpoint 1 signature"), e.getMessage());
    }
}
