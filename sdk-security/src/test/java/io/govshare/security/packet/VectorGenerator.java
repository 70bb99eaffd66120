package io.govshare.security.packet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.govshare.catalog.ResourceCode;
import io.govshare.exchange.ManifestEntry;
import io.govshare.exchange.PacketEntries;
import io.govshare.exchange.PacketId;
import io.govshare.exchange.PacketManifest;
import io.govshare.exchange.PacketOperation;
import io.govshare.exchange.internal.RecordLineWriter;
import io.govshare.security.crypto.CryptoProfile;
import io.govshare.security.crypto.CryptoProfiles;
import io.govshare.security.crypto.Pem;
import io.govshare.security.identity.Certificates;
import io.govshare.security.identity.HubCertificateAuthority;
import io.govshare.security.identity.NodeIdentity;
import io.govshare.security.identity.Revocation;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the exchange packet test vectors of standards/exchange/vectors: a hub CA per profile with its CRL,
 * TEST ONLY keys, two valid packets and one broken packet per failure the issue names, and vectors.json,
 * which says what a verifier must answer for each. Keys, IVs and signatures are random, so every run gives
 * new bytes: the vectors are generated once and committed, and {@code ExchangeVectorsTest} checks the
 * committed files. Re-run it only to change the vectors, from /work/main:
 *
 * <pre>mvn -o -q -pl sdk-security test -Dtest=VectorGenerator -Dgovshare.writeVectors=../standards/exchange/vectors</pre>
 */
public class VectorGenerator {

    static final Instant VERIFY_AT = Instant.parse("2026-12-01T00:00:00Z");
    private static final Instant CA_FROM = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant CA_UNTIL = Instant.parse("2046-12-31T00:00:00Z");
    private static final Instant NODE_FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant NODE_UNTIL = Instant.parse("2046-01-01T00:00:00Z");
    private static final Instant CREATED = Instant.parse("2026-11-22T08:30:00Z");
    private static final Instant REVOKED_AT = Instant.parse("2026-06-01T00:00:00Z");
    private static final ResourceCode RESOURCE = ResourceCode.of("101001/000001");
    private static final String SENDER = "node-110105-health";
    private static final String TEST_ONLY = "TEST ONLY: a published GovShare test-vector key that anyone can read."
            + " Never use it outside tests.\n";
    private static final List<JsonObject> RECORDS = Records.people(10);

    private Path out;
    private final JsonArrayBuilder vectors = Json.createArrayBuilder();

    /** Writes the vectors into the folder {@code args[0]} (default: standards/exchange/vectors). */
    public static void main(String[] args) throws IOException {
        new VectorGenerator().generate(Path.of(args.length > 0 ? args[0] : "standards/exchange/vectors"));
    }

    @Test
    @EnabledIfSystemProperty(named = "govshare.writeVectors", matches = ".+")
    void writeVectors() throws IOException {
        main(new String[] {System.getProperty("govshare.writeVectors")});
    }

    private void generate(Path folder) throws IOException {
        out = Files.createDirectories(folder);
        try (DirectoryStream<Path> old = Files.newDirectoryStream(out, "*.gspkt")) {
            for (Path file : old) {
                Files.delete(file);
            }
        }
        HubCertificateAuthority sm = HubCertificateAuthority.create("GovShare Test Vectors Hub CA SM",
                CryptoProfiles.SM, CA_FROM, CA_UNTIL);
        HubCertificateAuthority intl = HubCertificateAuthority.create("GovShare Test Vectors Hub CA INTL",
                CryptoProfiles.INTL, CA_FROM, CA_UNTIL);
        NodeIdentity hubSm = node(sm, "hub", NODE_FROM, NODE_UNTIL);
        NodeIdentity hubIntl = node(intl, "hub", NODE_FROM, NODE_UNTIL);
        NodeIdentity senderSm = node(sm, SENDER, NODE_FROM, NODE_UNTIL);
        NodeIdentity senderIntl = node(intl, SENDER, NODE_FROM, NODE_UNTIL);
        NodeIdentity expired = node(sm, "node-110105-expired", Instant.parse("2025-01-01T00:00:00Z"),
                Instant.parse("2026-01-01T00:00:00Z"));
        NodeIdentity revoked = node(sm, "node-110105-revoked", NODE_FROM, NODE_UNTIL);
        HubCertificateAuthority rogue = HubCertificateAuthority.create("GovShare Test Vectors Rogue CA",
                CryptoProfiles.SM, CA_FROM, CA_UNTIL);
        NodeIdentity impostor = node(rogue, SENDER, NODE_FROM, NODE_UNTIL);
        NodeIdentity otherKey = node(sm, SENDER, NODE_FROM, NODE_UNTIL);

        Files.writeString(out.resolve("hub-ca.pem"), Certificates.toPem(sm.certificate()));
        Files.writeString(out.resolve("hub-ca-intl.pem"), Certificates.toPem(intl.certificate()));
        Instant crlIssued = Instant.parse("2026-11-22T00:00:00Z");
        Instant crlNext = Instant.parse("2046-12-01T00:00:00Z");
        Files.writeString(out.resolve("hub-crl.pem"), Certificates.toPem(sm.revocationList(
                List.of(new Revocation(revoked.certificate().getSerialNumber(), REVOKED_AT)), crlIssued, crlNext)));
        Files.writeString(out.resolve("hub-crl-intl.pem"),
                Certificates.toPem(intl.revocationList(List.of(), crlIssued, crlNext)));
        writeKey(hubSm, "hub-sm");
        writeKey(hubIntl, "hub-intl");
        writeKey(senderSm, SENDER + "-sm");
        writeKey(senderIntl, SENDER + "-intl");
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        try (RecordLineWriter writer = new RecordLineWriter(lines)) {
            for (JsonObject record : RECORDS) {
                writer.write(record);
            }
        }
        Files.write(out.resolve("records.jsonl"), lines.toByteArray());

        Path validSm = seal("valid-sm.gspkt", senderSm, spec("vector-valid-sm-0001", 1, CREATED).recipient("hub",
                hubSm.certificate()));
        vector("valid-sm.gspkt", "SM", true, null, null, "Encrypted for node 'hub' (hub-sm key) with SM2/SM3/SM4-GCM;"
                + " its records are records.jsonl.");
        seal("valid-intl.gspkt", senderIntl, spec("vector-valid-intl-0001", 1, CREATED).recipient("hub",
                hubIntl.certificate()));
        vector("valid-intl.gspkt", "INTL", true, null, null, "Encrypted for node 'hub' (hub-intl key) with ECDSA"
                + " P-256/SHA-256/AES-256-GCM; its records are records.jsonl.");

        Path plain = seal("plain.tmp", senderSm, spec("vector-tampered-0001", 2, CREATED).recipient("hub"));
        PacketForge.of(plain).edit(PacketEntries.RECORDS, text -> text.replace("居民3", "居民X"))
                .write(out.resolve("tampered-record.gspkt"));
        vector("tampered-record.gspkt", "SM", false, "manifest.digest-mismatch", null, "A plaintext packet whose third"
                + " record was changed after signing (居民3 became 居民X): records.jsonl no longer has its digest.");

        PacketForge.of(validSm).resign(senderSm, manifest -> new PacketManifest(manifest.packetId(),
                manifest.digestAlgorithm(), manifest.entries().stream().map(entry -> entry.name().equals(
                        PacketEntries.HEADER) ? new ManifestEntry(entry.name(), entry.size(), "0".repeat(64)) : entry)
                .toList())).write(out.resolve("wrong-digest.gspkt"));
        vector("wrong-digest.gspkt", "SM", false, "manifest.digest-mismatch", null, "valid-sm with a manifest that lists"
                + " an all-zero digest for header.json, signed again by the sender: the signature is good, the digest"
                + " is not.");

        PacketForge wrongSigner = PacketForge.of(validSm);
        wrongSigner.put(PacketEntries.SIGNATURE, CryptoProfiles.SM.sign(otherKey.privateKey(),
                wrongSigner.get(PacketEntries.MANIFEST))).write(out.resolve("wrong-signer.gspkt"));
        vector("wrong-signer.gspkt", "SM", false, "signature.invalid", null, "valid-sm with manifest.sig made by"
                + " another key than the one in signer.pem (a second certificate of the same node).");

        seal("expired-certificate.gspkt", expired, spec("vector-expired-0001", 1, Instant.parse("2025-06-01T00:00:00Z"))
                .recipient("hub", hubSm.certificate()));
        vector("expired-certificate.gspkt", "SM", false, "signer.expired", null, "Signed in 2025 by a certificate valid"
                + " from 2025-01-01 to 2026-01-01, checked at verifyAt.");

        seal("revoked-certificate.gspkt", revoked, spec("vector-revoked-0001", 1, Instant.parse("2026-07-01T00:00:00Z"))
                .recipient("hub", hubSm.certificate()));
        vector("revoked-certificate.gspkt", "SM", false, "signer.revoked", null, "Signed by a certificate that"
                + " hub-crl.pem revokes as of " + REVOKED_AT + ".");

        seal("untrusted-signer.gspkt", impostor, spec("vector-untrusted-0001", 1, CREATED).recipient("hub",
                hubSm.certificate()));
        vector("untrusted-signer.gspkt", "SM", false, "signer.untrusted", null, "Signed by a certificate for the same"
                + " node id issued by a CA that is not the hub's (the 'Rogue CA', not in this folder).");

        seal("replayed-id.gspkt", senderSm, spec("vector-valid-sm-0001", 2, CREATED.plusSeconds(1800)).recipient("hub",
                hubSm.certificate()));
        vector("replayed-id.gspkt", "SM", false, "packet.replayed", "valid-sm.gspkt", "A validly signed packet reusing"
                + " the packet id of valid-sm (with a higher sequence): valid on its own, refused once valid-sm was"
                + " accepted.");

        PacketForge.of(validSm).put("../../evil.sh", "#!/bin/sh\necho this must never be unzipped outside the folder\n")
                .write(out.resolve("unsafe-entry-name.gspkt"));
        vector("unsafe-entry-name.gspkt", "SM", false, "container.unsafe-entry-name", null, "valid-sm plus an entry"
                + " named ../../evil.sh.");

        PacketForge.of(validSm).put("notes.txt", "an entry that no manifest lists\n")
                .write(out.resolve("unlisted-entry.gspkt"));
        vector("unlisted-entry.gspkt", "SM", false, "manifest.unlisted-entry", null, "valid-sm plus an entry notes.txt"
                + " that the signed manifest does not list.");

        Path counted = seal("count.tmp", senderSm, spec("vector-count-0001", 3, CREATED).recipient("hub"));
        PacketForge.of(counted).edit(PacketEntries.HEADER, text -> text.replace("\"recordCount\":10",
                "\"recordCount\":11")).resign(senderSm).write(out.resolve("count-mismatch.gspkt"));
        vector("count-mismatch.gspkt", "SM", false, "records.count-mismatch", null, "A plaintext packet whose header"
                + " says recordCount 11 over 10 record lines, correctly signed.");
        Files.delete(plain);
        Files.delete(counted);

        writeIndex();
    }

    private static NodeIdentity node(HubCertificateAuthority ca, String nodeId, Instant from, Instant until) {
        CryptoProfile profile = ca.profile();
        KeyPair keys = profile.generateSigningKeyPair();
        X509Certificate certificate = ca.issueNodeCertificate(nodeId, keys.getPublic(), from, until);
        return new NodeIdentity(nodeId, keys.getPrivate(), certificate, profile);
    }

    private static PacketSpec.Builder spec(String packetId, long sequence, Instant createdAt) {
        return PacketSpec.builder(RESOURCE, PacketOperation.INCREMENTAL).packetId(PacketId.of(packetId))
                .sequence(sequence).createdAt(createdAt);
    }

    private Path seal(String name, NodeIdentity sender, PacketSpec.Builder spec) throws IOException {
        Path file = out.resolve(name);
        PacketSealer.seal(sender, spec.build(), RECORDS, file);
        return file;
    }

    /** The key in the layout KeyStores reads (key.pem, certificate.pem), the key file marked TEST ONLY. */
    private void writeKey(NodeIdentity identity, String name) throws IOException {
        Path directory = Files.createDirectories(out.resolve("TEST-ONLY-keys").resolve(name));
        Files.writeString(directory.resolve("key.pem"), TEST_ONLY + Pem.write(identity.privateKey()));
        Files.writeString(directory.resolve("certificate.pem"), Certificates.toPem(identity.certificate()));
    }

    private void vector(String file, String profile, boolean valid, String reason, String after, String note) {
        JsonObjectBuilder expected = Json.createObjectBuilder().add("valid", valid);
        if (reason == null) {
            expected.addNull("reason");
        } else {
            expected.add("reason", reason);
        }
        expected.add("note", note);
        if (after != null) {
            expected.add("after", after);
        }
        vectors.add(Json.createObjectBuilder().add("file", file).add("profile", profile).add("expected", expected));
    }

    private void writeIndex() throws IOException {
        JsonObject index = Json.createObjectBuilder()
                .add("description", "GovShare exchange packet v1 test vectors (standards/exchange/SPEC.md). Verify"
                        + " each file at verifyAt with a trust store of the CAs and CRLs below; open the valid ones"
                        + " as node 'hub' with the TEST-ONLY key of the vector's profile.")
                .add("verifyAt", VERIFY_AT.toString())
                .add("trust", Json.createObjectBuilder()
                        .add("cas", Json.createArrayBuilder().add("hub-ca.pem").add("hub-ca-intl.pem"))
                        .add("crls", Json.createArrayBuilder().add("hub-crl.pem").add("hub-crl-intl.pem")))
                .add("recipients", Json.createObjectBuilder()
                        .add("SM", "TEST-ONLY-keys/hub-sm")
                        .add("INTL", "TEST-ONLY-keys/hub-intl"))
                .add("records", "records.jsonl")
                .add("vectors", vectors)
                .build();
        JsonWriterFactory pretty = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        try (OutputStream file = Files.newOutputStream(out.resolve("vectors.json"))) {
            pretty.createWriter(file, StandardCharsets.UTF_8).write(index);
            file.write('\n');
        }
    }
}
