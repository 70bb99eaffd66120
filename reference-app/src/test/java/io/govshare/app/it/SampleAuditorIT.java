package io.govshare.app.it;

import static io.govshare.app.it.ExchangeFixtures.PACKETS;
import static io.govshare.app.it.ExchangeFixtures.approvedNode;
import static io.govshare.app.it.ExchangeFixtures.records;
import static io.govshare.app.it.ExchangeFixtures.registeredPoliceEntry;
import static io.govshare.app.it.ExchangeFixtures.seal;
import static io.govshare.app.it.ExchangeFixtures.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.govshare.security.crypto.CryptoProfiles;
import io.govshare.security.identity.Certificates;
import io.govshare.security.identity.NodeIdentity;

/**
 * samples/auditor/verify.sh against the running hub: a packet the hub accepted, and its receipt, pass every check
 * of the auditor CLI and of plain OpenSSL; a tampered copy fails them.
 */
class SampleAuditorIT {

    private static final Path SCRIPT = Path.of("..", "samples", "auditor", "verify.sh").toAbsolutePath().normalize();
    private static final int CHECKS = 11;

    private static Path cliJar;
    private static String packetId;

    @TempDir
    Path temp;

    @BeforeAll
    static void acceptedPacket() throws IOException {
        Path target = Path.of("..", "sdk-cli", "target").toAbsolutePath().normalize();
        try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
            Optional<Path> jar = files.filter(f -> f.getFileName().toString().matches("govshare-sdk-security-.*-cli\\.jar"))
                    .findFirst();
            Assumptions.assumeTrue(jar.isPresent(), "the auditor CLI jar is not built (" + target
                    + "/govshare-sdk-security-*-cli.jar); run mvn -pl sdk-cli -am package first");
            cliJar = jar.get();
        }
        String cataloguer = Api.demoToken("cataloguer");
        NodeIdentity node = approvedNode(cataloguer, CryptoProfiles.SM);
        X509Certificate hub = Certificates.readCertificate(Api.get("/api/v1/exchange/trust/hub.pem", null).body());
        Api.Reply accepted = submit(cataloguer, seal(node, registeredPoliceEntry(), 1, records(20), hub));
        assertEquals(201, accepted.status(), accepted.toString());
        packetId = accepted.object().getString("packetId");
    }

    private record Run(int exit, String output) {
        long count(String prefix) {
            return output.lines().filter(line -> line.startsWith(prefix)).count();
        }
    }

    private Run verify(String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("bash", SCRIPT.toString(), Api.BASE.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("GOVSHARE_CLI_JAR", cliJar.toString());
        builder.environment().put("GOVSHARE_WORK_DIR", Files.createTempDirectory(temp, "work").toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "verify.sh did not finish: " + output);
        return new Run(process.exitValue(), output);
    }

    @Test
    void anAcceptedPacketAndItsReceiptPassEveryCliAndOpenSslCheck() throws Exception {
        Run run = verify(packetId);
        assertEquals(0, run.exit(), run.output());
        assertEquals(CHECKS, run.count("PASS"), run.output());
        assertTrue(run.output().contains("PASS  OpenSSL: manifest.sig is the signer's signature over manifest.json (SM)"),
                run.output());
        assertTrue(run.output().endsWith("all checks passed\n"), run.output());
    }

    @Test
    void withoutAPacketIdItChecksThePacketAcceptedLast() throws Exception {
        Run run = verify();
        assertEquals(0, run.exit(), run.output());
        assertEquals(CHECKS, run.count("PASS"), run.output());
    }

    @Test
    void aCopyWithAChangedHeaderFailsTheDigestChecksThoughItsSignatureStillVerifies() throws Exception {
        Path tampered = tamper("header.json", header -> header.replace("\"recordCount\":20", "\"recordCount\":19"));

        Run run = verify(packetId, "--packet", tampered.toString());
        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains("FAIL  CLI verify-packet"), run.output());
        assertTrue(run.output().contains("FAIL  OpenSSL: openssl dgst -sm3 -r of every entry equals its manifest digest"),
                run.output());
        assertTrue(run.output().contains("header.json: openssl says"), run.output());
        assertTrue(run.output().contains("PASS  OpenSSL: manifest.sig is the signer's signature"),
                "the manifest itself is untouched: " + run.output());
    }

    @Test
    void aCopyWithAChangedManifestFailsTheSignatureAndTheReceiptBinding() throws Exception {
        Path tampered = tamper("manifest.json", manifest -> manifest.replaceFirst("\"size\":(\\d)", "\"size\":9$1"));

        Run run = verify(packetId, "--packet", tampered.toString());
        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains("FAIL  OpenSSL: manifest.sig is the signer's signature"), run.output());
        assertTrue(run.output().contains("FAIL  OpenSSL: the receipt's manifestDigest is the digest of this manifest.json"),
                run.output());
        assertTrue(run.output().contains("FAIL  CLI verify-packet"), run.output());
    }

    @Test
    void aSignerRevokedAfterTheReceiptPassesAsOfTheReceiptAndFailsTheRevocationChecksAsOfNow() throws Exception {
        String cataloguer = Api.demoToken("cataloguer");
        NodeIdentity node = approvedNode(cataloguer, CryptoProfiles.SM);
        X509Certificate hub = Certificates.readCertificate(Api.get("/api/v1/exchange/trust/hub.pem", null).body());
        Api.Reply accepted = submit(cataloguer, seal(node, registeredPoliceEntry(), 1, records(2), hub));
        assertEquals(201, accepted.status(), accepted.toString());
        String id = accepted.object().getString("packetId");
        Thread.sleep(1100); // the CRL keeps whole seconds: the revocation must fall in a later second than the receipt
        Api.Reply revoked = Api.post(ExchangeFixtures.NODES + "/" + node.nodeId() + "/revoke", Api.demoToken("admin"),
                "{\"reason\":\"key compromised\"}");
        assertEquals(200, revoked.status(), revoked.toString());

        Run asOfReceipt = verify(id);
        assertEquals(0, asOfReceipt.exit(), asOfReceipt.output());

        Run asOfNow = verify(id, "--at", java.time.Instant.now().plusSeconds(1).toString());
        assertEquals(1, asOfNow.exit(), asOfNow.output());
        assertTrue(asOfNow.output().contains("FAIL  CLI verify-packet"), asOfNow.output());
        assertTrue(asOfNow.output().contains("FAIL  OpenSSL: signer.pem chains to the hub CA and is not revoked"),
                asOfNow.output());
        assertTrue(asOfNow.output().contains("is on the hub's CRL, revoked"), asOfNow.output());
        assertEquals(CHECKS - 2, asOfNow.count("PASS"), "only the signer's revocation fails: " + asOfNow.output());
    }

    @Test
    void anUnknownPacketIsAUsageErrorNotAPass() throws Exception {
        Run run = verify("00000000-0000-0000-0000-000000000000");
        assertEquals(2, run.exit(), run.output());
        assertTrue(run.output().contains("answered 404"), run.output());
    }

    /** The hub's stored packet with one entry's text changed, every other entry as it was. */
    private Path tamper(String entryName, UnaryOperator<String> change) throws IOException {
        byte[] original = Api.getBytes(PACKETS + "/" + packetId, Api.demoToken("auditor"));
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        boolean changed = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(original));
             ZipOutputStream out = new ZipOutputStream(copy)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(entryName)) {
                    String text = new String(content, StandardCharsets.UTF_8);
                    String altered = change.apply(text);
                    assertTrue(!altered.equals(text), "the tampering must change " + entryName + ": " + text);
                    content = altered.getBytes(StandardCharsets.UTF_8);
                    changed = true;
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        assertTrue(changed, "the packet has a " + entryName);
        Path file = temp.resolve("tampered-" + entryName + ".gspkt");
        Files.write(file, copy.toByteArray());
        return file;
    }
}
