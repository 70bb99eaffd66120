package io.govshare.app.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.govshare.app.audit.AuditLog;
import io.govshare.app.audit.AuditTarget;
import io.govshare.app.platform.domain.Conflict;
import io.govshare.app.platform.domain.InvalidInput;
import io.govshare.app.platform.domain.NotFound;
import io.govshare.app.platform.outbox.Outbox;

/** The short transactions of routing, inbox and push ({@link EmbeddedPacketDelivery}). */
@ApplicationScoped
public class DeliveryLedger {

    @Inject
    Outbox outbox;
    @Inject
    ExchangeRepository repository;

    @Inject
    AuditLog audit;

    /** What routing needs to know about a submission and its targets, read in one transaction. */
    public record RoutingPlan(ExchangePacketRow packet, List<Target> targets) {
    }

    /** One consumer node to deliver to, with its granted items and certificate. */
    public record Target(String nodeId, String certificatePem, List<String> items, boolean push) {
    }

    @Transactional
    public List<String> unrouted(int limit) {
        return repository.unroutedPacketIds(limit);
    }

    /** The plans of several submissions, read in one transaction (a sweep plans its whole batch at once). */
    @Transactional
    public List<RoutingPlan> plans(List<String> packetIds) {
        List<RoutingPlan> plans = new java.util.ArrayList<>();
        for (String packetId : packetIds) {
            plan(packetId).ifPresent(plans::add);
        }
        return plans;
    }

    @Transactional
    public Optional<RoutingPlan> plan(String packetId) {
        Optional<ExchangePacketRow> packet = repository.packet(packetId);
        if (packet.isEmpty() || packet.get().routed()) {
            return Optional.empty();
        }
        List<Target> targets = new java.util.ArrayList<>();
        for (ExchangeGrantRow grant : repository.grants(packet.get().resourceCode())) {
            if (grant.paused()) {
                continue; // its subscription is paused: resuming catches up (EmbeddedPacketDelivery.catchUp)
            }
            List<String> items = GrantService.items(grant);
            for (ExchangeNodeRow node : repository.activeNodes(grant.consumerDepartment())) {
                if (!repository.deliveryExists(node.nodeId(), packetId)) {
                    targets.add(new Target(node.nodeId(), node.certificatePem(), items, node.pushUrl() != null));
                }
            }
        }
        return Optional.of(new RoutingPlan(packet.get(), targets));
    }

    /**
     * The accepted submissions of {@code resourceCode} that the active nodes of {@code consumerDepartment} have not
     * received, oldest first: those received at or after {@code since}, or, with no {@code since}, those from the
     * latest FULL submission on (a new subscriber starts from a complete snapshot). Empty if the grant is missing or
     * paused.
     */
    @Transactional
    public List<RoutingPlan> catchUpPlans(String consumerDepartment, String resourceCode, Instant since) {
        Optional<ExchangeGrantRow> grant = repository.grant(consumerDepartment, resourceCode);
        if (grant.isEmpty() || grant.get().paused()) {
            return List.of();
        }
        List<ExchangePacketRow> packets = repository.packetsOf(resourceCode);
        int from = 0;
        if (since == null) {
            for (int i = 0; i < packets.size(); i++) {
                if ("FULL".equals(packets.get(i).operation())) {
                    from = i;
                }
            }
        }
        List<String> items = GrantService.items(grant.get());
        List<ExchangeNodeRow> nodes = repository.activeNodes(consumerDepartment);
        List<RoutingPlan> plans = new java.util.ArrayList<>();
        for (ExchangePacketRow packet : packets.subList(from, packets.size())) {
            if (since != null && packet.receivedAt().isBefore(since)) {
                continue;
            }
            List<Target> targets = new java.util.ArrayList<>();
            for (ExchangeNodeRow node : nodes) {
                if (!repository.deliveryExists(node.nodeId(), packet.packetId())) {
                    targets.add(new Target(node.nodeId(), node.certificatePem(), items, node.pushUrl() != null));
                }
            }
            if (!targets.isEmpty()) {
                plans.add(new RoutingPlan(packet, targets));
            }
        }
        return plans;
    }

    /** Records one delivery; false (nothing written) if that node already has this submission. */
    @Transactional
    public boolean addDelivery(DeliveryRow delivery) {
        if (repository.deliveryExists(delivery.nodeId(), delivery.sourcePacketId())) {
            return false;
        }
        repository.insert(delivery);
        return true;
    }

    /** Marks submissions that no grant routes anywhere, in one transaction. */
    @Transactional
    public void markRoutedNowhere(List<String> packetIds) {
        packetIds.forEach(packetId -> markRouted(packetId, 0));
    }

    @Transactional
    public void markRouted(String packetId, int deliveries) {
        repository.lockPacket(packetId).ifPresent(row -> {
            if (!row.routed()) {
                row.markRouted();
                audit.record("exchange.packet.route", AuditTarget.EXCHANGE_PACKET, packetId, null, null,
                        deliveries + " delivery(ies) created");
            }
        });
    }

    @Transactional
    public List<DeliveryRow> inbox(String nodeId, long after, int limit) {
        return repository.inbox(nodeId, after, limit);
    }

    @Transactional
    public Optional<DeliveryRow> delivery(String packetId) {
        return repository.delivery(packetId);
    }

    @Transactional
    public int acknowledge(String nodeId, List<String> packetIds) {
        Instant now = Instant.now();
        int acknowledged = 0;
        for (String id : packetIds) {
            Optional<DeliveryRow> row = repository.delivery(id).filter(d -> d.nodeId().equals(nodeId));
            if (row.isEmpty()) {
                throw new io.govshare.app.platform.domain.InvalidInput("packetIds", "exchange.delivery-unknown",
                        "'" + id + "' is not a delivery of node " + nodeId);
            }
            if (row.get().ackedAt() == null) {
                row.get().ack(now);
                ExchangeEvents.deliveryAcknowledged(outbox, row.get());
                acknowledged++;
            }
        }
        if (acknowledged > 0) {
            audit.record("exchange.inbox.ack", AuditTarget.EXCHANGE_NODE, nodeId, null, null,
                    acknowledged + " delivery(ies) acknowledged");
        }
        return acknowledged;
    }

    @Transactional
    public List<Long> duePushes(Instant now, int limit) {
        return repository.duePushes(now, limit);
    }

    /** A delivery waiting for a push, with where to push it. */
    public record PushTarget(String packetId, String nodeId, String pushUrl, int attempts) {
    }

    /** The delivery and its node's push URL, if it still waits for a push. */
    @Transactional
    public Optional<PushTarget> pushTarget(long deliveryId) {
        return repository.lockDelivery(deliveryId)
                .filter(d -> d.pushState() == DeliveryRow.PushState.PENDING)
                .flatMap(d -> repository.node(d.nodeId())
                        .map(n -> new PushTarget(d.packetId(), d.nodeId(), n.pushUrl(), d.pushAttempts())));
    }

    @Transactional
    public void pushed(long deliveryId) {
        repository.lockDelivery(deliveryId).ifPresent(d -> d.pushed(Instant.now()));
    }

    @Transactional
    public void pushFailed(long deliveryId, String error, Instant nextAttempt) {
        repository.lockDelivery(deliveryId).ifPresent(d -> {
            d.pushFailed(error, nextAttempt);
            if (nextAttempt == null) {
                audit.record("exchange.push.dead-letter", AuditTarget.EXCHANGE_DELIVERY, d.packetId(), null, null,
                        "gave up after " + d.pushAttempts() + " attempts: " + error);
            }
        });
    }

    @Transactional
    public List<DeliveryRow> deadLetters(int offset, int limit) {
        return repository.deadLetters(offset, limit);
    }

    @Transactional
    public DeliveryRow retry(String packetId) {
        DeliveryRow row = repository.delivery(packetId).orElseThrow(() ->
                new io.govshare.app.platform.domain.NotFound("No delivery " + packetId));
        if (row.pushState() != DeliveryRow.PushState.DEAD) {
            throw new io.govshare.app.platform.domain.Conflict("Delivery " + packetId + " is "
                    + row.pushState() + ", not on the dead-letter list");
        }
        row.retryPush(Instant.now());
        audit.record("exchange.push.retry", AuditTarget.EXCHANGE_DELIVERY, packetId, null, null, null);
        return row;
    }

    @Transactional
    public java.util.Set<String> knownSubmissions() {
        return new java.util.HashSet<>(repository.allPacketIds());
    }

    @Transactional
    public java.util.Set<String> knownDeliveries() {
        return new java.util.HashSet<>(repository.allDeliveryPacketIds());
    }
}
