package io.govshare.security.audit;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.govshare.verification.Finding;
import io.govshare.security.crypto.CryptoProfile;
import io.govshare.security.crypto.CryptoProfiles;
import io.govshare.security.identity.CertificateStatus;
import io.govshare.security.identity.Certificates;
import io.govshare.security.identity.NodeIds;
import io.govshare.security.identity.TrustStore;
import io.govshare.verification.Reason;

/**
 * Checks an exported audit segment as an auditor would, offline:
 * <ul>
 * <li>sequences are contiguous ({@code audit.sequence-gap});</li>
 * <li>each entry's hash is the link of its prevHash and event ({@code audit.hash-mismatch}), and each
 * prevHash is the previous entry's hash, GENESIS at sequence 1 ({@code audit.chain-broken});</li>
 * <li>each checkpoint lies within the entries ({@code audit.checkpoint-not-in-segment}), names its entry's
 * hash and carries a valid signature by the signer certificate ({@code audit.checkpoint-invalid});</li>
 * <li>the signer certificate is the hub's ({@code CN=hub}) and the trust store accepts it at each
 * checkpoint's signedAt ({@code audit.signer-untrusted}): a later revocation does not undo what the hub
 * signed before it.</li>
 * </ul>
 * Every check runs and every problem is reported; only a malformed segment stops at the first.
 *
 * <p>Thread-safe. The segment is held in memory: the hub exports at most 100,000 entries per segment.
 */
public final class AuditSegmentVerifier {

    private final TrustStore trust;

    /** @param trust the hub CA's trust store (CA certificate and CRL) */
    public AuditSegmentVerifier(TrustStore trust) {
        this.trust = Objects.requireNonNull(trust, "trust");
    }

    /** Reads and checks segment JSON; a segment that cannot be read gives one {@code audit.malformed} finding. */
    public AuditReport verify(byte[] segmentJson) {
        AuditSegment segment;
        try {
            segment = AuditSegment.fromJson(segmentJson);
        } catch (AuditFormatException e) {
            return malformed(e.getMessage());
        }
        return verify(segment);
    }

    /** Verifies an already parsed segment; what {@link #verify(byte[])} does after reading. */
    public AuditReport verify(AuditSegment segment) {
        Objects.requireNonNull(segment, "segment");
        CryptoProfile profile = CryptoProfiles.named(segment.cryptoProfile());
        X509Certificate signer;
        try {
            signer = Certificates.readCertificate(segment.signerCertificatePem());
            CryptoProfile signerProfile = Certificates.profile(signer);
            if (!signerProfile.name().equals(profile.name())) {
                return malformed("segment.signerCertificate has a " + signerProfile.name()
                        + " key but the segment's cryptoProfile is " + profile.name());
            }
        } catch (IllegalArgumentException e) {
            return malformed("segment.signerCertificate: " + e.getMessage());
        }

        List<Finding> findings = new ArrayList<>();
        List<AuditEntry> entries = segment.entries();
        Map<Long, String> hashes = checkChain(profile, entries, findings);
        long lastCheckpoint = checkCheckpoints(segment.checkpoints(), signer, hashes, entries, findings);

        long first = entries.isEmpty() ? 0 : entries.get(0).sequence();
        long last = entries.isEmpty() ? 0 : entries.get(entries.size() - 1).sequence();
        long uncovered = entries.stream().filter(e -> e.sequence() > lastCheckpoint).count();
        return new AuditReport(findings.isEmpty(), findings, first, last,
                entries.isEmpty() ? null : entries.get(0).prevHash(),
                entries.isEmpty() ? null : entries.get(entries.size() - 1).hash(), lastCheckpoint, uncovered);
    }

    /** Checks sequences and links; returns each entry's hash by sequence for the checkpoints. */
    private static Map<Long, String> checkChain(CryptoProfile profile, List<AuditEntry> entries,
                                                List<Finding> findings) {
        Map<Long, String> hashes = new HashMap<>();
        AuditEntry previous = null;
        for (AuditEntry entry : entries) {
            long sequence = entry.sequence();
            if (previous == null) {
                if (sequence == 1 && !AuditChain.GENESIS.equals(entry.prevHash())) {
                    findings.add(finding(Reason.AUDIT_CHAIN_BROKEN, sequence, "the log's first entry must link to"
                            + " GENESIS (64 zeros), its prevHash is " + entry.prevHash()));
                }
            } else if (sequence != previous.sequence() + 1) {
                // the link across a gap cannot be checked: the gap itself is the finding
                findings.add(finding(Reason.AUDIT_SEQUENCE_GAP, sequence, "follows entry " + previous.sequence()
                        + " (expected " + (previous.sequence() + 1) + ")"));
            } else if (!entry.prevHash().equals(previous.hash())) {
                findings.add(finding(Reason.AUDIT_CHAIN_BROKEN, sequence, "prevHash " + entry.prevHash()
                        + " is not the hash of entry " + previous.sequence() + " (" + previous.hash() + ")"));
            }
            try {
                String expected = AuditChain.link(profile, entry.prevHash(), entry.event());
                if (!expected.equals(entry.hash())) {
                    findings.add(finding(Reason.AUDIT_HASH_MISMATCH, sequence, "hash " + entry.hash()
                            + " is not the link of its prevHash and event (" + expected + "): the event or the"
                            + " hash was changed"));
                }
            } catch (IllegalArgumentException e) {
                findings.add(finding(Reason.AUDIT_MALFORMED, sequence, "event cannot be hashed: " + e.getMessage()));
            }
            hashes.putIfAbsent(sequence, entry.hash());
            previous = entry;
        }
        return hashes;
    }

    /** Checks the checkpoints; returns the highest sequence a valid checkpoint covers (0 if none). */
    private long checkCheckpoints(List<AuditCheckpoint> checkpoints, X509Certificate signer, Map<Long, String> hashes,
                                  List<AuditEntry> entries, List<Finding> findings) {
        String commonName = Certificates.nodeId(signer);
        boolean isHub = NodeIds.HUB.equals(commonName);
        if (!isHub && !checkpoints.isEmpty()) {
            findings.add(new Finding(Reason.AUDIT_SIGNER_UNTRUSTED, "signer certificate CN=" + commonName
                    + " is not the hub's (CN=" + NodeIds.HUB + ")"));
        }
        Map<CertificateStatus, List<AuditCheckpoint>> untrusted = new EnumMap<>(CertificateStatus.class);
        long covered = 0;
        for (AuditCheckpoint checkpoint : checkpoints) {
            long sequence = checkpoint.sequence();
            String entryHash = hashes.get(sequence);
            if (entryHash == null) {
                findings.add(finding(Reason.AUDIT_CHECKPOINT_NOT_IN_SEGMENT, sequence, "checkpoint is outside the"
                        + " segment's entries " + range(entries) + " and cannot be checked here"));
                continue;
            }
            if (!entryHash.equals(checkpoint.hash())) {
                findings.add(finding(Reason.AUDIT_CHECKPOINT_INVALID, sequence, "checkpoint hash " + checkpoint.hash()
                        + " is not the entry's hash " + entryHash));
                continue;
            }
            if (!checkpoint.verify(signer)) {
                findings.add(finding(Reason.AUDIT_CHECKPOINT_INVALID, sequence, "checkpoint signature does not verify"
                        + " with the key of signer certificate serial " + Certificates.serialHex(signer)));
                continue;
            }
            CertificateStatus status = trust.check(signer, checkpoint.signedAt());
            if (status != CertificateStatus.VALID) {
                untrusted.computeIfAbsent(status, s -> new ArrayList<>()).add(checkpoint);
                continue;
            }
            if (isHub) {
                covered = Math.max(covered, sequence);
            }
        }
        untrusted.forEach((status, list) -> findings.add(new Finding(Reason.AUDIT_SIGNER_UNTRUSTED,
                "signer certificate serial " + Certificates.serialHex(signer) + " was " + status
                        + " when checkpoint " + list.get(0).sequence() + " was signed (" + list.get(0).signedAt() + ")"
                        + (list.size() > 1 ? " and at " + (list.size() - 1) + " more checkpoints" : ""))));
        return covered;
    }

    private static String range(List<AuditEntry> entries) {
        return entries.isEmpty() ? "(none)"
                : entries.get(0).sequence() + ".." + entries.get(entries.size() - 1).sequence();
    }

    private static Finding finding(Reason reason, long sequence, String message) {
        return new Finding(reason, "at sequence " + sequence + ": " + message);
    }

    private static AuditReport malformed(String message) {
        return new AuditReport(false, List.of(new Finding(Reason.AUDIT_MALFORMED, message)), 0, 0, null,
                null, 0, 0);
    }
}
