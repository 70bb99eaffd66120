package io.govshare.benchmarks;

import io.govshare.catalog.ResourceCode;
import io.govshare.exchange.PacketOperation;
import io.govshare.security.crypto.CryptoProfiles;
import io.govshare.security.identity.NodeIdentity;
import io.govshare.security.packet.PacketSealer;
import io.govshare.security.packet.PacketSpec;
import io.govshare.security.packet.PacketWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hub ingest end to end over HTTP: {@code POST /api/v1/exchange/packets} of packets sealed (signed, encrypted for
 * the hub) by department nodes, several client threads at once. Per packet the hub stores the upload, opens it
 * (signature, chain and revocation, digests, key unwrap, decryption), checks the sender and every record against
 * the catalog entry, checks the sequence, signs a timestamped receipt, forces the file to disk and commits the row
 * before it answers 201. Targets on the 2-core machine: ≥ 1,000 small packets/s, ≥ 50,000 records/s.
 * <p>
 * Set-up (not measured): a REGISTERED entry of the demo cataloguer's department for {@link ExchangeRecords}, and
 * one node per client thread (CSR → the administrator approves), since the hub requires strictly increasing
 * sequences per node and resource. Before each iteration, while no thread submits, every node's packets are
 * sealed ahead — twice what its thread took in its busiest iteration so far — so the client spends its CPU on
 * HTTP only while measuring. Should a thread run out, it seals the rest inline and says so at the end.
 * <p>
 * {@code smallPackets}: 10 records each, scored in packets/s; {@code largePackets}: 1,000 records each (about
 * 214 KB of records), scored in records/s. Needs a running platform with the exchange hub (see BENCHMARKS.md);
 * parameter {@code platform}; {@code -t} changes the number of client threads.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx2g", "-Dhttp.maxConnections=64"})
@Threads(4)
public class HubIngestBenchmark {

    private static final String PACKET_TYPE = "application/vnd.govshare.packet+zip";

    /** The platform, the accounts, the hub's certificate and the catalog entry the packets carry records of. */
    @State(Scope.Benchmark)
    public static class Platform {

        @Param("http://localhost:9080/")
        String platform;

        PlatformClient client;
        URL packets;
        String cataloguer;
        String admin;
        X509Certificate hubCertificate;
        ResourceCode resource;
        /** Distinguishes this run's node ids from earlier runs' against the same database. */
        String run;

        @Setup(Level.Trial)
        public void prepare() throws Exception {
            client = new PlatformClient(URI.create(platform));
            cataloguer = client.token("cataloguer", "cataloguer123");
            admin = client.token("admin", "admin123");
            String reviewer = client.token("reviewer", "reviewer123");
            hubCertificate = client.hubCertificate();
            run = UUID.randomUUID().toString().substring(0, 8);
            resource = ResourceCode.of(client.registeredEntry(cataloguer, reviewer, "基准户籍人口变更信息（" + run + "）"));
            packets = client.base().resolve("api/v1/exchange/packets").toURL();
            System.out.println("\nresource " + resource + ", hub " + hubCertificate.getSubjectX500Principal());
        }
    }

    /** One node per client thread, each with its packets sealed ahead; a thread keeps its node for the trial. */
    public abstract static class Senders {

        private final List<Sender> senders = new ArrayList<>();
        private final AtomicInteger claimed = new AtomicInteger();
        private final ThreadLocal<Sender> own = ThreadLocal.withInitial(() -> senders.get(claimed.getAndIncrement()));

        abstract int recordsPerPacket();

        @Setup(Level.Trial)
        public void register(Platform platform, BenchmarkParams params) throws Exception {
            for (int i = 0; i < params.getThreads(); i++) {
                String nodeId = "bench-" + platform.run + "-" + (i + 1);
                senders.add(new Sender(platform.client.approvedNode(platform.cataloguer, platform.admin, nodeId,
                        CryptoProfiles.SM), recordsPerPacket()));
            }
        }

        /** JMH runs this before any thread starts the iteration, so sealing never overlaps submitting. */
        @Setup(Level.Iteration)
        public void sealAhead(Platform platform) {
            senders.parallelStream().forEach(sender -> sender.sealAhead(platform));
        }

        @TearDown(Level.Iteration)
        public void count() {
            senders.forEach(Sender::endIteration);
        }

        @TearDown(Level.Trial)
        public void report() {
            senders.forEach(Sender::report);
        }

        Sender own() {
            return own.get();
        }
    }

    @State(Scope.Benchmark)
    public static class SmallPackets extends Senders {
        @Override
        int recordsPerPacket() {
            return 10;
        }
    }

    @State(Scope.Benchmark)
    public static class LargePackets extends Senders {
        static final int RECORDS = 1_000;

        @Override
        int recordsPerPacket() {
            return RECORDS;
        }
    }

    /** A node, its next sequence and record, and its packets sealed ahead. Used by one client thread. */
    static final class Sender {

        private static final int INITIAL_POOL = 200;

        private final NodeIdentity node;
        private final int records;
        private final Queue<byte[]> ready = new ConcurrentLinkedQueue<>();
        private long sequence;
        private long nextRecord;
        private volatile int takenThisIteration;
        private int mostTaken;
        private volatile int sealedInline;
        private volatile long packetsSent;
        private volatile long bytesSent;

        Sender(NodeIdentity node, int records) {
            this.node = node;
            this.records = records;
        }

        void sealAhead(Platform platform) {
            int target = Math.max(INITIAL_POOL, 2 * mostTaken);
            while (ready.size() < target) {
                ready.add(seal(platform));
            }
        }

        void endIteration() {
            mostTaken = Math.max(mostTaken, takenThisIteration);
            takenThisIteration = 0;
        }

        byte[] next(Platform platform) {
            takenThisIteration++;
            byte[] packet = ready.poll();
            if (packet == null) {
                sealedInline++;
                packet = seal(platform);
            }
            packetsSent++;
            bytesSent += packet.length;
            return packet;
        }

        void report() {
            System.out.printf(Locale.ROOT, "%n%s: %,d packets sent, %,d bytes on average, %d sealed inline%n",
                    node.nodeId(), packetsSent, packetsSent == 0 ? 0 : bytesSent / packetsSent, sealedInline);
        }

        private synchronized byte[] seal(Platform platform) {
            PacketSpec spec = PacketSpec.builder(platform.resource, PacketOperation.INCREMENTAL)
                    .sequence(++sequence)
                    .recipient("hub", platform.hubCertificate)
                    .build();
            ByteArrayOutputStream out = new ByteArrayOutputStream(records * 230 + 4096);
            try (PacketWriter writer = new PacketSealer(node).start(out, spec)) {
                for (int i = 0; i < records; i++) {
                    writer.write(ExchangeRecords.record(nextRecord++));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("sealing into memory failed", e);
            }
            return out.toByteArray();
        }
    }

    /** Packets of 10 records; the score is packets/s (records/s = 10 × the score). */
    @Benchmark
    public int smallPackets(Platform platform, SmallPackets senders) throws IOException {
        return submit(platform, senders.own().next(platform));
    }

    /** Packets of 1,000 records; the score is records/s (packets/s = the score ÷ 1,000). */
    @Benchmark
    @OperationsPerInvocation(LargePackets.RECORDS)
    public int largePackets(Platform platform, LargePackets senders) throws IOException {
        return submit(platform, senders.own().next(platform));
    }

    /** One submission on a kept-alive connection; anything but 201 with a receipt fails the benchmark. */
    private static int submit(Platform platform, byte[] packet) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) platform.packets.openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("Authorization", "Bearer " + platform.cataloguer);
        connection.setRequestProperty("Content-Type", PACKET_TYPE);
        connection.setRequestProperty("Accept", "application/json");
        connection.setFixedLengthStreamingMode(packet.length);
        try (OutputStream out = connection.getOutputStream()) {
            out.write(packet);
        }
        int status = connection.getResponseCode();
        try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            byte[] answer = body == null ? new byte[0] : body.readAllBytes();
            if (status != 201) {
                throw new IllegalStateException("submission answered " + status + " (expected 201 with a receipt): "
                        + new String(answer, StandardCharsets.UTF_8));
            }
            return answer.length;
        }
    }
}
