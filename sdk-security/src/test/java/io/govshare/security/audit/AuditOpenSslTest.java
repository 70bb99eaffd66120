package io.govshare.security.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.govshare.security.crypto.CryptoProfiles;
import io.govshare.security.identity.OpenSsl;
import io.govshare.security.identity.TestPki;

/** The audit-log recipes of standards/exchange/RECEIPTS-AND-AUDIT.md, run with jq and OpenSSL. */
class AuditOpenSslTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"SM", "INTL"})
    void anAuditorRecomputesALinkAndChecksACheckpointWithOpenSsl(String profileName) throws IOException {
        assumeTrue(OpenSsl.available("jq"), "the auditor's recipe reads JSON fields with jq");
        TestPki pki = new TestPki(CryptoProfiles.named(profileName));
        List<AuditEntry> log = AuditSegmentVerifierTest.chain(pki, 4);
        AuditSegment segment = AuditSegmentVerifierTest.segment(pki, pki.hub, log,
                AuditSegmentVerifierTest.checkpoints(pki.hub, log, 4));
        Files.write(dir.resolve("segment.json"), segment.toJson());
        String dgst = profileName.equals("SM") ? "-sm3" : "-sha256";
        String sigopt = profileName.equals("SM") ? " -sigopt distid:1234567812345678" : "";

        String link = "jq -r '.entries[2].prevHash' segment.json > link.bin"
                + " && jq -cjS '.entries[2].event' segment.json >> link.bin"
                + " && openssl dgst " + dgst + " -r link.bin";
        OpenSsl.Result hashed = OpenSsl.shell(dir, link);
        assertEquals(0, hashed.exitCode(), hashed.output());
        assertEquals(log.get(2).hash(), hashed.output().strip().split("\\s+")[0]);

        String checkpoint = "jq -r .signerCertificate segment.json > hub.pem"
                + " && openssl x509 -in hub.pem -pubkey -noout > hub-pub.pem"
                + " && jq -cjS '.checkpoints[0] | {hash, sequence, signedAt}' segment.json > checkpoint.json"
                + " && jq -r '.checkpoints[0].signature' segment.json | base64 -d > checkpoint.sig"
                + " && openssl dgst " + dgst + sigopt + " -verify hub-pub.pem -signature checkpoint.sig checkpoint.json";
        OpenSsl.Result verified = OpenSsl.shell(dir, checkpoint);
        assertEquals(0, verified.exitCode(), verified.output());
        assertTrue(verified.output().contains("Verified OK"), verified.output());
    }
}
