package io.govshare.security.receipt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.govshare.catalog.ResourceCode;
import io.govshare.exchange.PacketOperation;
import io.govshare.security.crypto.CryptoProfiles;
import io.govshare.security.identity.Certificates;
import io.govshare.security.identity.NodeIdentity;
import io.govshare.security.identity.OpenSsl;
import io.govshare.security.identity.TestPki;
import io.govshare.security.packet.PacketSealer;
import io.govshare.security.packet.PacketSpec;
import io.govshare.security.packet.SealedPacket;

/** The receipt recipes of standards/exchange/RECEIPTS-AND-AUDIT.md, run as an auditor would run them. */
class ReceiptOpenSslTest {

    private static final String SM2_ID = "-sigopt distid:1234567812345678";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"SM", "INTL"})
    void openSslVerifiesTheHubSignatureOverTheSignedBytes(String profileName) throws IOException {
        TestPki pki = new TestPki(CryptoProfiles.named(profileName));
        Receipt receipt = ReceiptVerifierTest.issue(pki, ReceiptVerifierTest.digest(pki));
        Files.write(dir.resolve("receipt.json"), receipt.toJson());
        Files.write(dir.resolve("signed.json"), receipt.signedBytes());
        Files.writeString(dir.resolve("hub.pem"), Certificates.toPem(pki.hub.certificate()));
        String digest = profileName.equals("SM") ? "-sm3 " + SM2_ID : "-sha256";
        String recipe = "jq -r .hubSignature receipt.json | base64 -d > sig.der"
                + " && openssl x509 -in hub.pem -pubkey -noout > hub-pub.pem"
                + " && openssl dgst " + digest + " -verify hub-pub.pem -signature sig.der signed.json";

        OpenSsl.Result verified = recipe(recipe);
        assertTrue(verified.output().contains("Verified OK"), verified.output());

        Files.writeString(dir.resolve("signed.json"),
                Files.readString(dir.resolve("signed.json")).replace("\"recordCount\":1000", "\"recordCount\":1001"));
        OpenSsl.Result refused = OpenSsl.shell(dir, recipe);
        assertNotEquals(0, refused.exitCode(), refused.output());
    }

    @ParameterizedTest
    @ValueSource(strings = {"SM", "INTL"})
    void jqWritesTheSignedBytes(String profileName) throws IOException {
        TestPki pki = new TestPki(CryptoProfiles.named(profileName));
        Receipt receipt = ReceiptVerifierTest.issue(pki, ReceiptVerifierTest.digest(pki));
        Files.write(dir.resolve("receipt.json"), receipt.toJson());
        recipe("jq -cjS 'del(.hubSignature)' receipt.json > signed.json");
        assertArrayEquals(receipt.signedBytes(), Files.readAllBytes(dir.resolve("signed.json")));
    }

    @Test
    void openSslVerifiesTheTimestampTokenOfAnIntlReceipt() throws IOException {
        TestPki pki = new TestPki(CryptoProfiles.INTL);
        Receipt receipt = ReceiptVerifierTest.issue(pki, ReceiptVerifierTest.digest(pki));
        Files.write(dir.resolve("receipt.json"), receipt.toJson());
        Files.writeString(dir.resolve("hub-ca.pem"), Certificates.toPem(pki.ca.certificate()));
        Files.writeString(dir.resolve("tsa.pem"), Certificates.toPem(pki.tsa.certificate()));
        OpenSsl.Result verified = recipe("jq -r .timestampToken receipt.json | base64 -d > token.der"
                + " && openssl ts -verify -digest $(jq -r .manifestDigest receipt.json) -in token.der -token_in"
                + " -CAfile hub-ca.pem -untrusted tsa.pem -attime " + TestPki.NOW.getEpochSecond());
        assertTrue(verified.output().contains("Verification: OK"), verified.output());
    }

    @ParameterizedTest
    @ValueSource(strings = {"SM", "INTL"})
    void theManifestDigestIsTheDigestOfTheManifestEntry(String profileName) throws IOException {
        TestPki pki = new TestPki(CryptoProfiles.named(profileName));
        NodeIdentity node = pki.node("node-a01");
        PacketSpec spec = PacketSpec.builder(ResourceCode.of("101001/000001"), PacketOperation.FULL).sequence(1)
                .recipient("hub").build();
        SealedPacket sealed = PacketSealer.seal(node, spec,
                List.of(Json.createObjectBuilder().add("id", 1).build()), dir.resolve("packet.gspkt"));
        Receipt receipt = ReceiptVerifierTest.issue(pki, sealed.manifestDigestHex());
        Files.write(dir.resolve("receipt.json"), receipt.toJson());

        String digest = profileName.equals("SM") ? "-sm3" : "-sha256";
        OpenSsl.Result computed = recipe("unzip -p packet.gspkt manifest.json | openssl dgst " + digest + " -r");
        assertEquals(receipt.manifestDigest(), computed.output().strip().split("\\s+")[0]);
    }

    private OpenSsl.Result recipe(String script) {
        assumeTrue(!script.contains("jq ") || OpenSsl.available("jq"), "the auditor's recipe reads JSON fields with jq");
        assumeTrue(!script.contains("unzip ") || OpenSsl.available("unzip"), "the auditor's recipe unpacks with unzip");
        OpenSsl.Result result = OpenSsl.shell(dir, script);
        assertTrue(result.exitCode() == 0, script + "\n" + result.output());
        return result;
    }
}
