package io.govshare.app.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.govshare.app.platform.domain.NotFound;
import io.govshare.app.platform.keys.HubKeys;
import io.govshare.catalog.ResourceCode;
import io.govshare.exchange.PacketId;
import io.govshare.exchange.PacketOperation;
import io.govshare.exchange.PacketOrigin;
import io.govshare.exchange.RecordRules;
import io.govshare.security.identity.Certificates;
import io.govshare.security.packet.OpenedPacket;
import io.govshare.security.packet.PacketOpener;
import io.govshare.security.packet.PacketSealer;
import io.govshare.security.packet.PacketSpec;
import io.govshare.security.packet.PacketWriter;
import io.govshare.security.packet.RecordStream;

/**
 * The embedded {@link PacketDelivery}: inboxes are rows of {@code exchange_delivery}, packets are files of the
 * {@link PacketStore}. Routing runs on the server's managed executor: right after a submission commits, and in a
 * sweep every few seconds that also picks up whatever a crash left unrouted. A push worker posts deliveries to
 * nodes that gave a push URL, with exponential backoff, and moves them to the dead-letter list when the attempts
 * are used up; pull with cursor and ack works whether or not a node is pushed to.
 * <p>
 * A delivery is the submission's granted items, re-sealed by the hub for the consumer node's key; its header
 * names the submission as {@code origin}, and its sequence is the routing time in microseconds, strictly
 * increasing, so it increases per consumer in the order deliveries are made.
 */
@ApplicationScoped
public class EmbeddedPacketDelivery implements PacketDelivery {

    private static final Logger LOG = Logger.getLogger(EmbeddedPacketDelivery.class.getName());
    private static final String PACKET_MEDIA_TYPE = "application/vnd.govshare.packet+zip";

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    @Inject
    DeliveryLedger ledger;

    @Inject
    PacketStore store;

    @Inject
    HubKeys keys;

    @Inject
    ExchangeConfig config;

    private final ReentrantLock routingLock = new ReentrantLock();
    private final AtomicBoolean sweepAgain = new AtomicBoolean();
    private long lastDeliverySequence;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile boolean stopped;

    /** Starts the sweeps; called once at start-up by {@link ExchangeStartup}, after orphan removal. */
    void startWorkers() {
        executor.scheduleWithFixedDelay(this::sweepRouting, 0, 2, TimeUnit.SECONDS);
        executor.scheduleWithFixedDelay(this::sweepPushes, 1, 1, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        stopped = true;
    }

    @Override
    public void submitted(String packetId) {
        executor.execute(this::sweepRouting);
    }

    /**
     * Routes every unrouted submission, one router at a time: a call while another runs makes that one sweep
     * again instead. Within a node and resource, submissions are routed in sequence order (the intake accepts
     * them only in increasing sequence), so each consumer receives them in the order the provider sent them.
     */
    void sweepRouting() {
        if (stopped) {
            return;
        }
        sweepAgain.set(true);
        while (sweepAgain.get() && routingLock.tryLock()) {
            try {
                sweepAgain.set(false);
                List<String> batch;
                do {
                    batch = ledger.unrouted(100);
                    route(batch);
                } while (batch.size() == 100 && !stopped);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Routing sweep failed; it runs again shortly", e);
                return;
            } finally {
                routingLock.unlock();
            }
        }
    }

    @Override
    public int catchUp(String consumerDepartment, String resourceCode, Instant since) {
        // under the routing lock, so the missed submissions reach the nodes before any routed after them
        routingLock.lock();
        try {
            int created = 0;
            for (DeliveryLedger.RoutingPlan plan : ledger.catchUpPlans(consumerDepartment, resourceCode, since)) {
                for (DeliveryLedger.Target target : plan.targets()) {
                    if (deliver(plan.packet(), target)) {
                        created++;
                    }
                }
            }
            return created;
        } finally {
            routingLock.unlock();
        }
    }

    /**
     * Routes a batch of submissions in sequence order; called by the router only. The plans are read in one
     * transaction, and the submissions no grant routes anywhere are marked in one more, so a busy hub does not pay
     * two transactions per packet for resources nobody receives. A failure leaves the rest unrouted for the next sweep.
     */
    private void route(List<String> packetIds) {
        List<String> nowhere = new java.util.ArrayList<>();
        for (DeliveryLedger.RoutingPlan plan : ledger.plans(packetIds)) {
            if (plan.targets().isEmpty()) {
                nowhere.add(plan.packet().packetId());
                continue;
            }
            if (!nowhere.isEmpty()) { // keep the routing marks in sequence order
                ledger.markRoutedNowhere(nowhere);
                nowhere.clear();
            }
            int created = 0;
            for (DeliveryLedger.Target target : plan.targets()) {
                if (deliver(plan.packet(), target)) {
                    created++;
                }
            }
            ledger.markRouted(plan.packet().packetId(), created);
        }
        if (!nowhere.isEmpty()) {
            ledger.markRoutedNowhere(nowhere);
        }
    }

    /** Strictly increasing delivery sequence: routing time in microseconds, one router at a time. */
    private long nextDeliverySequence() {
        Instant now = Instant.now();
        long micros = now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
        lastDeliverySequence = Math.max(micros, lastDeliverySequence + 1);
        return lastDeliverySequence;
    }

    private boolean deliver(ExchangePacketRow submission, DeliveryLedger.Target target) {
        X509Certificate certificate = Certificates.readCertificate(target.certificatePem());
        PacketId deliveryId = PacketId.random();
        Path temp = store.newTemporary();
        long records = 0;
        try {
            // opened at its receive time: the sender was trusted then, whatever happened to its certificate since
            OpenedPacket opened = new PacketOpener(keys.hub(), keys.trustStore())
                    .open(store.submission(submission.packetId()), submission.receivedAt());
            PacketSpec spec = PacketSpec.builder(ResourceCode.of(submission.resourceCode()),
                            PacketOperation.valueOf(submission.operation()))
                    .packetId(deliveryId)
                    .sequence(nextDeliverySequence())
                    .recipient(target.nodeId(), certificate)
                    .origin(new PacketOrigin(PacketId.of(submission.packetId()), submission.sourceNode(), submission.manifestDigest()))
                    .build();
            Set<String> granted = new HashSet<>(target.items());
            try (opened;
                 OutputStream out = Files.newOutputStream(temp);
                 PacketWriter writer = new PacketSealer(keys.hub()).start(out, spec);
                 RecordStream in = opened.records()) {
                while (in.hasNext()) {
                    writer.write(RecordRules.project(in.next(), granted)); // only granted items leave the hub
                    records++;
                }
            }
            long size = Files.size(temp);
            store.keepDelivery(temp, deliveryId.value());
            boolean added = ledger.addDelivery(new DeliveryRow(target.nodeId(), deliveryId.value(),
                    submission.packetId(), submission.resourceCode(), records, size, Instant.now(), target.push()));
            if (!added) {
                store.discard(store.delivery(deliveryId.value()));
            }
            return added;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot write the delivery of " + submission.packetId()
                    + " for node " + target.nodeId(), e);
        } finally {
            store.discard(temp);
        }
    }

    @Override
    public List<InboxItem> inbox(String nodeId, long after, int limit) {
        return ledger.inbox(nodeId, after, limit).stream()
                .map(d -> new InboxItem(d.id(), d.packetId(), d.sourcePacketId(), d.resourceCode(), d.recordCount(),
                        d.byteSize(), d.createdAt()))
                .toList();
    }

    @Override
    public Path packetFile(String nodeId, String deliveryPacketId) {
        return ledger.delivery(deliveryPacketId)
                .filter(d -> d.nodeId().equals(nodeId))
                .map(d -> store.delivery(d.packetId()))
                .orElseThrow(() -> new NotFound("No delivery " + deliveryPacketId + " for node " + nodeId));
    }

    @Override
    public int acknowledge(String nodeId, List<String> deliveryPacketIds) {
        return ledger.acknowledge(nodeId, deliveryPacketIds);
    }

    // --- push

    void sweepPushes() {
        if (stopped) {
            return;
        }
        try {
            for (Long id : ledger.duePushes(Instant.now(), 50)) {
                push(id);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Push sweep failed; it runs again shortly", e);
        }
    }

    private void push(long deliveryId) {
        Optional<DeliveryLedger.PushTarget> target = ledger.pushTarget(deliveryId);
        if (target.isEmpty()) {
            return;
        }
        String packetId = target.get().packetId();
        String nodeId = target.get().nodeId();
        String url = target.get().pushUrl();
        int attempts = target.get().attempts();
        String error;
        if (url == null) {
            error = "node " + nodeId + " has no push URL any more";
        } else {
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", PACKET_MEDIA_TYPE)
                        .header("X-GovShare-Delivery", packetId)
                        .POST(HttpRequest.BodyPublishers.ofFile(store.delivery(packetId)))
                        .build();
                HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() / 100 == 2) {
                    ledger.pushed(deliveryId);
                    return;
                }
                error = "HTTP " + response.statusCode() + " from " + url;
            } catch (IOException e) {
                error = e.getClass().getSimpleName() + ": " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        int made = attempts + 1;
        Instant next = made >= config.pushMaxAttempts() ? null
                : Instant.now().plus(config.pushInitialBackoff().multipliedBy(1L << Math.min(made - 1, 16)));
        ledger.pushFailed(deliveryId, error, next);
    }
}
