package io.govshare.security.packet;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.govshare.verification.Finding;
import io.govshare.catalog.CatalogEntry;
import io.govshare.exchange.PacketFormatException;
import io.govshare.exchange.RecordRules;
import io.govshare.security.identity.Certificates;
import io.govshare.security.identity.TrustStore;
import io.govshare.verification.Reason;

/**
 * Verifies a packet as an auditor would, without a key: the checks of {@link PacketOpener} in the same
 * order, but collecting every failure it can still see instead of stopping at the first (a packet can have
 * an untrusted signer and a tampered entry). For a plaintext packet whose signature, signer, digests and
 * header are good it also reads the records: well-formed JSON Lines, their number equal to recordCount and,
 * given the catalog entry, each record against its data items. An encrypted packet's records cannot be read
 * without a key; their integrity is still proven by the digest of the ciphertext.
 *
 * <p>Never throws for a bad packet, or a missing or unreadable file: everything is a {@link Finding}.
 * Replays cannot be judged from one packet; that is a {@link ReplayGuard}'s business. Thread-safe.
 */
public final class PacketVerifier {

    private final TrustStore trust;

    /** A verifier that checks signers against {@code trust}. */
    public PacketVerifier(TrustStore trust) {
        this.trust = Objects.requireNonNull(trust, "trust");
    }

    /** Verifies {@code packet} with the signer's certificate checked at {@code at}. */
    public VerificationReport verify(Path packet, Instant at) {
        return verify(packet, at, null);
    }

    /** As {@link #verify(Path, Instant)}, also checking a plaintext packet's records against {@code entry}. */
    public VerificationReport verify(Path packet, Instant at, CatalogEntry entry) {
        Objects.requireNonNull(packet, "packet");
        Objects.requireNonNull(at, "at");
        List<Finding> findings = new ArrayList<>();
        PacketInspection inspection;
        try {
            inspection = PacketInspection.open(packet);
        } catch (RuntimeException e) {
            findings.add(finding(e));
            return new VerificationReport(false, findings, null, null, null, null);
        }
        try (inspection) {
            // Without the manifest or the signer's certificate nothing else can be judged.
            if (!step(findings, inspection::readManifest) || !step(findings, inspection::readSigner)) {
                return report(findings, inspection);
            }
            step(findings, inspection::verifySignature);
            step(findings, () -> inspection.checkSigner(trust, at));
            step(findings, inspection::verifyDigests);
            if (step(findings, inspection::readHeader)) {
                step(findings, inspection::checkHeader);
            }
            if (findings.isEmpty() && !inspection.header.encrypted()) {
                RecordRules rules = entry == null ? null : RecordRules.of(entry, inspection.header.operation());
                step(findings, () -> {
                    try (RecordStream records = new OpenedPacket(inspection, null, false).records(rules)) {
                        while (records.hasNext()) {
                            records.next();
                        }
                    }
                });
            }
            return report(findings, inspection);
        }
    }

    private static VerificationReport report(List<Finding> findings, PacketInspection inspection) {
        String subject = inspection.signer == null ? null : inspection.signer.getSubjectX500Principal().getName();
        String serial = inspection.signer == null ? null : Certificates.serialHex(inspection.signer);
        String digest = inspection.manifestJson == null || inspection.profile == null ? null
                : inspection.manifestDigestHex();
        return new VerificationReport(findings.isEmpty(), findings, inspection.header, subject, serial, digest);
    }

    /** Runs one check; a failure becomes a finding. True if it passed. */
    private static boolean step(List<Finding> findings, Runnable check) {
        try {
            check.run();
            return true;
        } catch (RuntimeException e) {
            findings.add(finding(e));
            return false;
        }
    }

    private static Finding finding(RuntimeException e) {
        if (e instanceof PacketException packet) {
            return new Finding(packet.reason(), packet.getMessage());
        }
        if (e instanceof PacketFormatException format) {
            return new Finding(format.reason(), format.getMessage());
        }
        // Not a failure the checks name: still the packet cannot be shown valid, so say what happened.
        return new Finding(Reason.CONTAINER_MALFORMED, "the packet could not be checked: " + e);
    }
}
