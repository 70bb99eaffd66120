package io.govshare.benchmarks;

import io.govshare.catalog.ResourceCode;
import io.govshare.exchange.PacketOperation;
import io.govshare.security.crypto.CryptoProfile;
import io.govshare.security.crypto.CryptoProfiles;
import io.govshare.security.crypto.SigningKey;
import io.govshare.security.identity.HubCertificateAuthority;
import io.govshare.security.identity.HubTrustStore;
import io.govshare.security.identity.NodeIdentity;
import io.govshare.security.identity.TrustStore;
import io.govshare.security.packet.OpenedPacket;
import io.govshare.security.packet.PacketOpener;
import io.govshare.security.packet.PacketSealer;
import io.govshare.security.packet.PacketSpec;
import io.govshare.security.packet.PacketWriter;
import io.govshare.security.packet.RecordStream;
import jakarta.json.JsonObject;
import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import javax.crypto.SecretKey;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.X509EncodedKeySpec;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Seal and open throughput of encrypted packets in process, next to the raw Bouncy Castle primitives the SDK
 * builds on, measured in the same run so that their ratio isolates the SDK's own overhead (JSON, ZIP, streams,
 * signatures, key wraps, trust checks). Target: ratio ≥ 0.6 for large packets.
 * <ul>
 *   <li>{@code seal}: a packet of {@code records} records ({@link ExchangeRecords}, ~214 bytes each as JSON lines)
 *   signed by a node and encrypted for the hub; small packets into memory, large ones into a temporary file.</li>
 *   <li>{@code open}: the hub opens a packet sealed in set-up from its file — signature, the signer's chain,
 *   digests, content-key unwrap — and reads every record.</li>
 *   <li>{@code rawEncryptThenDigest} / {@code rawDigestThenDecrypt}: the lightweight Bouncy Castle API over the
 *   same record bytes, in 64 KB chunks — GCM with SM4Engine and SM3Digest (AESEngine and SHA256Digest for INTL),
 *   the algorithms seal and open must run over the records entry in any case.</li>
 *   <li>{@code sm2*}, {@code certificateCheck}: the asymmetric operations a packet costs, for context: a seal
 *   signs once and wraps the key once per recipient; an open verifies the signature and the signer's certificate
 *   and unwraps once; the hub's receipt adds two signatures (the receipt and its RFC 3161 timestamp).</li>
 * </ul>
 * Besides packets/s, each benchmark reports {@code megabytes} (10⁶ bytes of JSON-lines records per second) and
 * {@code records} (records per second). {@link #main} runs them all and prints the ratios.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class PacketCryptoBenchmark {

    private static final int CHUNK = 64 * 1024;
    /** Packets of more records than this are sealed into a file, as a node writing a big extract would. */
    private static final int IN_MEMORY_LIMIT = 1_000;
    private static final ResourceCode RESOURCE = ResourceCode.of("301001/000042");

    /** A sender, the hub as recipient and the records of one packet, for seal, open and the raw baselines. */
    @State(Scope.Benchmark)
    public static class Packets {

        @Param({"10", "100000"})
        int records;

        /** SM (default profile) or INTL; {@code -p profile=SM,INTL} runs both. */
        @Param({"SM"})
        String profile;

        CryptoProfile crypto;
        NodeIdentity sender;
        NodeIdentity hub;
        TrustStore trust;
        List<JsonObject> content;
        /** The records as the packet writer lays them out (JSON lines), for the raw baselines. */
        byte[] lines;
        double megabytes;
        byte[] key;
        byte[] iv;
        byte[] aad;
        /** {@link #lines} encrypted with {@link #key} and {@link #iv}, tag appended. */
        byte[] ciphertext;
        Path directory;
        Path sealed;
        Path sealTarget;
        final AtomicLong sequence = new AtomicLong();
        final ByteArrayOutputStream memory = new ByteArrayOutputStream();

        @Setup(Level.Trial)
        public void prepare() throws IOException, InvalidCipherTextException {
            crypto = CryptoProfiles.named(profile);
            Identities identities = Identities.create(crypto);
            sender = identities.sender;
            hub = identities.hub;
            trust = identities.trust;
            content = new ArrayList<>(records);
            ByteArrayOutputStream all = new ByteArrayOutputStream(records * 220);
            for (int i = 0; i < records; i++) {
                JsonObject record = ExchangeRecords.record(i);
                content.add(record);
                all.write(record.toString().getBytes(StandardCharsets.UTF_8));
                all.write('\n');
            }
            lines = all.toByteArray();
            megabytes = lines.length / 1e6;
            SecretKey contentKey = crypto.generateContentKey();
            key = contentKey.getEncoded();
            iv = crypto.generateIv();
            // the seal's additional data is the packet id, a 36-character UUID
            aad = new byte[36];
            GCMModeCipher gcm = gcm(crypto, true, key, iv, aad);
            ciphertext = new byte[gcm.getOutputSize(lines.length)];
            int n = gcm.processBytes(lines, 0, lines.length, ciphertext, 0);
            gcm.doFinal(ciphertext, n);

            directory = Files.createTempDirectory("govshare-packet-bench");
            sealed = directory.resolve("sealed.gspkt");
            sealTarget = directory.resolve("target.gspkt");
            try (OutputStream out = Files.newOutputStream(sealed)) {
                sealInto(this, out);
            }
            System.out.printf(Locale.ROOT, "%n%s packet of %,d records: %,d bytes of JSON lines, %,d bytes sealed%n",
                    profile, records, lines.length, Files.size(sealed));
        }

        @TearDown(Level.Trial)
        public void cleanUp() throws IOException {
            Files.deleteIfExists(sealed);
            Files.deleteIfExists(sealTarget);
            Files.deleteIfExists(directory);
        }
    }

    /** The counters reported next to packets/s; JMH divides them by the iteration's time. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Volume {
        /** 10⁶ bytes of JSON-lines records. */
        public double megabytes;
        public long records;

        @Setup(Level.Iteration)
        public void reset() {
            megabytes = 0;
            records = 0;
        }

        void add(Packets packets) {
            megabytes += packets.megabytes;
            records += packets.records;
        }
    }

    /** Keys and a manifest-sized message for the asymmetric operations alone. */
    @State(Scope.Benchmark)
    public static class Keys {

        @Param({"SM"})
        String profile;

        CryptoProfile crypto;
        KeyPair keys;
        /** The public key as a certificate carries it (SubjectPublicKeyInfo), decoded anew for each verification. */
        byte[] publicKeyInfo;
        KeyFactory keyFactory;
        X509Certificate certificate;
        TrustStore trust;
        byte[] manifest;
        byte[] signature;
        SecretKey contentKey;
        byte[] wrapped;
        /** The key made ready once, as the hub holds its receipt and timestamp keys. */
        SigningKey keptKey;

        @Setup(Level.Trial)
        public void prepare() {
            crypto = CryptoProfiles.named(profile);
            Identities identities = Identities.create(crypto);
            keys = identities.senderKeys;
            publicKeyInfo = keys.getPublic().getEncoded();
            try {
                keyFactory = KeyFactory.getInstance("EC", new BouncyCastleProvider());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("Bouncy Castle has no EC key factory", e);
            }
            certificate = identities.sender.certificate();
            trust = identities.trust;
            // a manifest of five entries is about 600 bytes
            manifest = "{\"digestAlgorithm\":\"SM3\",\"entries\":[]}".repeat(15).getBytes(StandardCharsets.UTF_8);
            signature = crypto.sign(keys.getPrivate(), manifest);
            contentKey = crypto.generateContentKey();
            wrapped = crypto.wrapKey(keys.getPublic(), contentKey);
            keptKey = crypto.signingKey(keys.getPrivate());
        }
    }

    @Benchmark
    public long seal(Packets packets, Volume volume) throws IOException {
        long size;
        if (packets.records <= IN_MEMORY_LIMIT) {
            packets.memory.reset();
            sealInto(packets, packets.memory);
            size = packets.memory.size();
        } else {
            try (OutputStream out = Files.newOutputStream(packets.sealTarget)) {
                sealInto(packets, out);
            }
            size = Files.size(packets.sealTarget);
        }
        volume.add(packets);
        return size;
    }

    @Benchmark
    public void open(Packets packets, Volume volume, Blackhole blackhole) throws IOException {
        long count = 0;
        try (OpenedPacket packet = new PacketOpener(packets.hub, packets.trust).open(packets.sealed, Instant.now());
             RecordStream records = packet.records()) {
            while (records.hasNext()) {
                blackhole.consume(records.next());
                count++;
            }
        }
        if (count != packets.records) {
            throw new IllegalStateException("opened " + count + " records of " + packets.records);
        }
        volume.add(packets);
    }

    /** What seal cannot avoid: encrypt the records, digest the ciphertext (the manifest digests the entry). */
    @Benchmark
    public byte[] rawEncryptThenDigest(Packets packets, Volume volume) throws InvalidCipherTextException {
        GCMModeCipher gcm = gcm(packets.crypto, true, packets.key, packets.iv, packets.aad);
        Digest digest = digest(packets.crypto);
        byte[] out = new byte[CHUNK + 32];
        byte[] lines = packets.lines;
        for (int offset = 0; offset < lines.length; offset += CHUNK) {
            int n = gcm.processBytes(lines, offset, Math.min(CHUNK, lines.length - offset), out, 0);
            digest.update(out, 0, n);
        }
        digest.update(out, 0, gcm.doFinal(out, 0));
        byte[] result = new byte[digest.getDigestSize()];
        digest.doFinal(result, 0);
        volume.add(packets);
        return result;
    }

    /** What open cannot avoid: digest the ciphertext, decrypt it and check the tag. */
    @Benchmark
    public byte[] rawDigestThenDecrypt(Packets packets, Volume volume) throws InvalidCipherTextException {
        byte[] ciphertext = packets.ciphertext;
        Digest digest = digest(packets.crypto);
        digest.update(ciphertext, 0, ciphertext.length);
        byte[] result = new byte[digest.getDigestSize()];
        digest.doFinal(result, 0);
        GCMModeCipher gcm = gcm(packets.crypto, false, packets.key, packets.iv, packets.aad);
        byte[] out = new byte[CHUNK + 32];
        for (int offset = 0; offset < ciphertext.length; offset += CHUNK) {
            gcm.processBytes(ciphertext, offset, Math.min(CHUNK, ciphertext.length - offset), out, 0);
        }
        gcm.doFinal(out, 0);
        volume.add(packets);
        return result;
    }

    @Benchmark
    public byte[] sm2Sign(Keys keys) {
        return keys.crypto.sign(keys.keys.getPrivate(), keys.manifest);
    }

    /** A signature with a kept {@link SigningKey}: the per-key work (for SM2 d·G and Z) done once. */
    @Benchmark
    public byte[] sm2SignKeptKey(Keys keys) {
        return keys.keptKey.sign(keys.manifest);
    }

    /**
     * With the key decoded for each call, as the signer's key of each packet is: Bouncy Castle keeps point
     * precomputations on a key object, which would make repeated verifications with one object look cheaper.
     */
    @Benchmark
    public boolean sm2Verify(Keys keys) throws InvalidKeySpecException {
        PublicKey key = keys.keyFactory.generatePublic(new X509EncodedKeySpec(keys.publicKeyInfo));
        boolean valid = keys.crypto.verify(key, keys.manifest, keys.signature);
        if (!valid) {
            throw new IllegalStateException("the manifest signature does not verify");
        }
        return valid;
    }

    @Benchmark
    public byte[] sm2WrapKey(Keys keys) {
        return keys.crypto.wrapKey(keys.keys.getPublic(), keys.contentKey);
    }

    @Benchmark
    public SecretKey sm2UnwrapKey(Keys keys) {
        return keys.crypto.unwrapKey(keys.keys.getPrivate(), keys.wrapped);
    }

    /** The trust store's check of a signer: the CA's signature on the certificate, validity, revocation. */
    @Benchmark
    public Object certificateCheck(Keys keys) {
        return keys.trust.check(keys.certificate, Instant.now());
    }

    static void sealInto(Packets packets, OutputStream out) throws IOException {
        PacketSpec spec = PacketSpec.builder(RESOURCE, PacketOperation.INCREMENTAL)
                .sequence(packets.sequence.incrementAndGet())
                .recipient(packets.hub.nodeId(), packets.hub.certificate())
                .build();
        try (PacketWriter writer = new PacketSealer(packets.sender).start(out, spec)) {
            for (JsonObject record : packets.content) {
                writer.write(record);
            }
        }
    }

    static GCMModeCipher gcm(CryptoProfile crypto, boolean encrypt, byte[] key, byte[] iv, byte[] aad) {
        BlockCipher engine = crypto == CryptoProfiles.SM ? new SM4Engine() : AESEngine.newInstance();
        GCMModeCipher gcm = GCMBlockCipher.newInstance(engine);
        gcm.init(encrypt, new AEADParameters(new KeyParameter(key), CryptoProfile.TAG_LENGTH * 8, iv, aad));
        return gcm;
    }

    static Digest digest(CryptoProfile crypto) {
        return crypto == CryptoProfiles.SM ? new SM3Digest() : new SHA256Digest();
    }

    /** A CA, a sender node and the hub, as the hub's PKI would issue them. */
    record Identities(KeyPair senderKeys, NodeIdentity sender, NodeIdentity hub, TrustStore trust) {

        static Identities create(CryptoProfile crypto) {
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            Instant notBefore = now.minus(1, ChronoUnit.DAYS);
            Instant notAfter = now.plus(30, ChronoUnit.DAYS);
            HubCertificateAuthority ca = HubCertificateAuthority.create("GovShare benchmark CA", crypto, notBefore,
                    notAfter);
            KeyPair senderKeys = crypto.generateSigningKeyPair();
            KeyPair hubKeys = crypto.generateSigningKeyPair();
            NodeIdentity sender = new NodeIdentity("bench-sender", senderKeys.getPrivate(),
                    ca.issueNodeCertificate("bench-sender", senderKeys.getPublic(), notBefore, notAfter), crypto);
            NodeIdentity hub = new NodeIdentity("hub", hubKeys.getPrivate(),
                    ca.issueNodeCertificate("hub", hubKeys.getPublic(), notBefore, notAfter), crypto);
            return new Identities(senderKeys, sender, hub, HubTrustStore.of(List.of(ca.certificate()), List.of()));
        }
    }

    /**
     * Runs every benchmark of this class (further JMH options may follow, e.g. {@code -p profile=SM,INTL}) and
     * prints seal and open throughput against the raw primitives over the same bytes.
     */
    public static void main(String[] args) throws Exception {
        CommandLineOptions command = new CommandLineOptions(args);
        OptionsBuilder options = new OptionsBuilder();
        options.parent(command);
        if (command.getIncludes().isEmpty()) {
            options.include(PacketCryptoBenchmark.class.getName() + "\\.");
        }
        printRatios(new Runner(options.build()).run());
    }

    static void printRatios(Collection<RunResult> results) {
        // (profile, records) → method → {MB/s, records/s}
        Map<String, Map<String, double[]>> byPacket = new TreeMap<>();
        for (RunResult run : results) {
            String method = run.getParams().getBenchmark().replaceAll(".*\\.", "");
            String records = run.getParams().getParam("records");
            if (records == null) {
                continue;
            }
            Result<?> megabytes = run.getSecondaryResults().get("megabytes");
            Result<?> perSecond = run.getSecondaryResults().get("records");
            String packet = String.format(Locale.ROOT, "%-4s %,9d records", run.getParams().getParam("profile"),
                    Integer.parseInt(records));
            byPacket.computeIfAbsent(packet, k -> new TreeMap<>())
                    .put(method, new double[] {megabytes.getScore(), perSecond.getScore()});
        }
        System.out.println();
        System.out.println("packet                 |  seal MB/s records/s  raw MB/s  ratio"
                + " |  open MB/s records/s  raw MB/s  ratio");
        byPacket.forEach((packet, methods) -> {
            double[] seal = methods.get("seal");
            double[] open = methods.get("open");
            double[] rawSeal = methods.get("rawEncryptThenDigest");
            double[] rawOpen = methods.get("rawDigestThenDecrypt");
            System.out.printf(Locale.ROOT, "%s | %s | %s%n", packet, row(seal, rawSeal), row(open, rawOpen));
        });
    }

    private static String row(double[] measured, double[] raw) {
        if (measured == null || raw == null) {
            return String.format(Locale.ROOT, "%37s", "(not run)");
        }
        return String.format(Locale.ROOT, "%10.1f %9.0f %9.1f %6.2f", measured[0], measured[1], raw[0],
                measured[0] / raw[0]);
    }
}
