package io.govshare.app.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.govshare.app.platform.DatabaseReady;

/**
 * Hands outbox events to their observers: at once after the writing transaction commits, and every
 * {@code govshare.outbox.poll-interval} for what another instance wrote, what a crash left undelivered, and what
 * failed before. Each observer gets its events in id order, which is commit order within an aggregate; an event an
 * observer fails on holds back the later events of the same aggregate for that observer until it succeeds.
 * <p>
 * Cluster-wide observers keep their progress in the database ({@code outbox_observer}, {@code outbox_handled}), so
 * an event is handled once whichever instance gets to it, and after a crash the next start carries on. Instance
 * observers keep it in memory: each start replays the last {@code govshare.outbox.settle} of events (they rebuild
 * their state from the source of truth first), then follows new ones.
 * <p>
 * Why a settle window: event ids are taken when a row is written, not when its transaction commits, so an event
 * with a lower id can become visible after one with a higher id. A transaction cannot stay open longer than the
 * transaction timeout (Liberty: 120 s), so an id below one seen more than the settle window ago is either visible
 * by now or never will be.
 */
@ApplicationScoped
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());

    @Inject
    @Any
    Instance<EventObserver> discovered;

    @Inject
    OutboxStore store;

    @Inject
    ClusterDelivery cluster;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    @Inject
    @ConfigProperty(name = "govshare.outbox.poll-interval", defaultValue = "PT1S")
    Duration pollInterval;

    @Inject
    @ConfigProperty(name = "govshare.outbox.settle", defaultValue = "PT5M")
    Duration settle;

    /** Events read per observer and round. */
    @Inject
    @ConfigProperty(name = "govshare.outbox.batch", defaultValue = "500")
    int batch;

    /** How long a committing request waits for this instance's observers (its search index) to catch up. */
    private static final Duration AFTER_COMMIT_WAIT = Duration.ofSeconds(10);

    private volatile boolean started;
    private final Map<String, EventObserver> observers = new LinkedHashMap<>();
    private final Map<String, InstanceProgress> instanceProgress = new ConcurrentHashMap<>();
    private final Map<String, AtomicBoolean> clusterRunning = new ConcurrentHashMap<>();
    private final Map<String, Health> health = new ConcurrentHashMap<>();

    /** An instance observer's progress: every wanted event up to the watermark is handled. */
    private static final class InstanceProgress {
        long watermark;
        long highestSeen;
        /** Handled events above the watermark, with when they were handled. */
        final TreeMap<Long, Instant> handled = new TreeMap<>();
        Instant lastGapScan = Instant.EPOCH;
    }

    /** What this instance saw of an observer: for the operators' view. */
    static final class Health {
        volatile long delivered;
        volatile long failures;
        volatile String lastError;
        volatile Instant lastErrorAt;
        volatile Instant lastDeliveredAt;
    }

    void start(@Observes @Priority(DatabaseReady.START_OUTBOX) DatabaseReady ready) {
        for (EventObserver observer : discovered) {
            EventObserver other = observers.putIfAbsent(observer.name(), observer);
            if (other != null) {
                throw new IllegalStateException("Two outbox observers are named " + observer.name() + ": "
                        + other.getClass().getName() + " and " + observer.getClass().getName());
            }
            if (observer.eventTypes().isEmpty()) {
                throw new IllegalStateException("Outbox observer " + observer.name() + " wants no event type");
            }
            health.put(observer.name(), new Health());
            if (observer.scope() == EventObserver.Scope.CLUSTER) {
                store.createObserver(observer.name());
                clusterRunning.put(observer.name(), new AtomicBoolean());
            } else {
                InstanceProgress progress = new InstanceProgress();
                progress.watermark = store.lastIdBefore(Instant.now().minus(settle));
                progress.highestSeen = progress.watermark;
                instanceProgress.put(observer.name(), progress);
            }
        }
        started = true;
        // the replay of instance observers runs before the platform serves its first request
        instanceObservers().forEach(this::instanceRound);
        long every = pollInterval.toMillis();
        executor.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
        LOG.info(() -> "Outbox dispatcher started: " + observers.values().stream()
                .map(o -> o.name() + " (" + o.scope() + ")").toList() + ", polling every " + pollInterval
                + ", settle window " + settle);
    }

    /**
     * Called once a transaction that wrote events of these types committed. The committing thread waits for this
     * instance's observers that want them (so a search right after a save finds it), not for cluster-wide ones.
     */
    void afterCommit(Set<String> typesWritten) {
        if (!started) {
            return;
        }
        List<EventObserver> instances = wanting(instanceObservers(), typesWritten);
        try {
            executor.submit(() -> wanting(clusterObservers(), typesWritten).forEach(this::clusterRound));
            if (instances.isEmpty()) {
                return;
            }
            Future<?> caughtUp = executor.submit(() -> instances.forEach(this::instanceRound));
            caughtUp.get(AFTER_COMMIT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
            // the executor stops before the application when the server stops: the next start replays
            LOG.log(Level.WARNING, "Instance observers did not catch up after a commit; the next poll retries", e);
        }
    }

    private void poll() {
        try {
            instanceObservers().forEach(this::instanceRound);
            clusterObservers().forEach(this::clusterRound);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox poll failed; the next one retries", e);
        }
    }

    /** Delivers every pending event to one cluster-wide observer, one transaction each. */
    void clusterRound(EventObserver observer) {
        AtomicBoolean running = clusterRunning.get(observer.name());
        if (!running.compareAndSet(false, true)) {
            return; // this instance is at it already; the next poll picks up what it misses
        }
        try {
            while (true) {
                long through = store.observer(observer.name()).map(OutboxObserverRow::handledThrough).orElse(0L);
                List<OutboxStore.Pending> pending = store.pending(observer.name(), through, observer.eventTypes(),
                        batch);
                Set<String> heldBack = new HashSet<>();
                boolean paused = false;
                for (OutboxStore.Pending event : pending) {
                    if (heldBack.contains(event.aggregate())) {
                        continue;
                    }
                    try {
                        ClusterDelivery.Outcome outcome = cluster.deliver(observer, event.id());
                        if (outcome == ClusterDelivery.Outcome.PAUSED) {
                            paused = true;
                            break;
                        }
                        if (outcome == ClusterDelivery.Outcome.HANDLED) {
                            delivered(observer, 1);
                        }
                    } catch (RuntimeException e) {
                        heldBack.add(event.aggregate());
                        failed(observer, event.id(), e);
                    }
                }
                cluster.advance(observer, Instant.now().minus(settle));
                if (paused || pending.size() < batch || !heldBack.isEmpty()) {
                    return;
                }
            }
        } finally {
            running.set(false);
        }
    }

    /** Delivers the pending events to one instance observer; rounds of one observer never overlap. */
    void instanceRound(EventObserver observer) {
        InstanceProgress progress = instanceProgress.get(observer.name());
        synchronized (progress) {
            Instant now = Instant.now();
            List<OutboxEventRow> pending = new ArrayList<>();
            // ids below the highest seen that were not visible then: look again every few seconds
            if (progress.highestSeen > progress.watermark
                    && progress.lastGapScan.isBefore(now.minus(pollInterval.multipliedBy(5)))) {
                for (long id : store.eventIds(progress.watermark, progress.highestSeen, observer.eventTypes())) {
                    if (!progress.handled.containsKey(id)) {
                        store.event(id).ifPresent(pending::add);
                    }
                }
                progress.lastGapScan = now;
            }
            List<OutboxEventRow> fresh = store.events(progress.highestSeen, null, observer.eventTypes(), batch);
            pending.addAll(fresh);
            if (!fresh.isEmpty()) {
                progress.highestSeen = fresh.get(fresh.size() - 1).id();
            }
            pending.sort(Comparator.comparing(OutboxEventRow::id));
            Set<Long> failedIds = deliverInOrder(observer, pending);
            for (OutboxEventRow row : pending) {
                if (!failedIds.contains(row.id())) {
                    progress.handled.put(row.id(), now);
                }
            }
            if (!failedIds.isEmpty()) {
                // a failed event (at or below highestSeen) is picked up again by the next round's gap scan
                progress.lastGapScan = Instant.EPOCH;
            }
            advance(progress, failedIds, now.minus(settle));
        }
    }

    /** All at once when it works; one by one, holding back the failing aggregates, when it does not. */
    private Set<Long> deliverInOrder(EventObserver observer, List<OutboxEventRow> pending) {
        if (pending.isEmpty()) {
            return Set.of();
        }
        try {
            observer.onAll(pending.stream().map(OutboxEventRow::toEvent).toList());
            delivered(observer, pending.size());
            return Set.of();
        } catch (RuntimeException batchFailure) {
            Set<Long> failedIds = new HashSet<>();
            Set<String> heldBack = new HashSet<>();
            for (OutboxEventRow row : pending) {
                String aggregate = row.aggregateType() + ":" + row.aggregateId();
                if (heldBack.contains(aggregate)) {
                    failedIds.add(row.id());
                    continue;
                }
                try {
                    observer.on(row.toEvent());
                    delivered(observer, 1);
                } catch (RuntimeException e) {
                    heldBack.add(aggregate);
                    failedIds.add(row.id());
                    failed(observer, row.id(), e);
                }
            }
            return failedIds;
        }
    }

    private static void advance(InstanceProgress progress, Set<Long> failedIds, Instant settledBefore) {
        long firstFailed = failedIds.stream().min(Long::compare).orElse(Long.MAX_VALUE);
        long through = progress.watermark;
        for (Map.Entry<Long, Instant> handled : progress.handled.entrySet()) {
            if (handled.getKey() >= firstFailed || !handled.getValue().isBefore(settledBefore)) {
                break;
            }
            through = handled.getKey();
        }
        progress.watermark = through;
        progress.handled.headMap(through, true).clear();
        progress.highestSeen = Math.max(progress.highestSeen, through);
    }

    private void delivered(EventObserver observer, long count) {
        Health h = health.get(observer.name());
        h.delivered += count;
        h.lastDeliveredAt = Instant.now();
    }

    private void failed(EventObserver observer, long eventId, RuntimeException e) {
        Health h = health.get(observer.name());
        h.failures++;
        h.lastError = "event " + eventId + ": " + e;
        h.lastErrorAt = Instant.now();
        // the first failure with its stack trace, then a line per failure: a stuck observer must not flood the log
        if (h.failures == 1) {
            LOG.log(Level.WARNING, "Outbox observer " + observer.name() + " failed on event " + eventId
                    + "; it is retried", e);
        } else {
            LOG.warning(() -> "Outbox observer " + observer.name() + " failed on event " + eventId + " ("
                    + h.failures + " failures so far): " + e);
        }
    }

    private static List<EventObserver> wanting(List<EventObserver> observers, Set<String> types) {
        return observers.stream().filter(o -> types.stream().anyMatch(o.eventTypes()::contains)).toList();
    }

    private List<EventObserver> instanceObservers() {
        return observers.values().stream().filter(o -> o.scope() == EventObserver.Scope.INSTANCE).toList();
    }

    private List<EventObserver> clusterObservers() {
        return observers.values().stream().filter(o -> o.scope() == EventObserver.Scope.CLUSTER).toList();
    }

    // ---- for operators ---------------------------------------------------------------------------------------

    /** Every observer's state as this instance sees it. */
    public List<ObserverStatus> status() {
        List<ObserverStatus> list = new ArrayList<>();
        for (EventObserver observer : observers.values()) {
            Health h = health.get(observer.name());
            long through;
            long pending;
            boolean paused = false;
            if (observer.scope() == EventObserver.Scope.CLUSTER) {
                Optional<OutboxObserverRow> row = store.observer(observer.name());
                through = row.map(OutboxObserverRow::handledThrough).orElse(0L);
                paused = row.map(OutboxObserverRow::paused).orElse(false);
                pending = store.pendingCount(observer.name(), through, observer.eventTypes());
            } else {
                InstanceProgress progress = instanceProgress.get(observer.name());
                synchronized (progress) {
                    through = progress.watermark;
                    pending = store.countAfter(progress.highestSeen, observer.eventTypes());
                }
            }
            list.add(new ObserverStatus(observer.name(), observer.scope(), Set.copyOf(observer.eventTypes()), paused,
                    through, pending, h.delivered, h.failures, h.lastDeliveredAt, h.lastError, h.lastErrorAt));
        }
        return list;
    }

    /** Events after {@code afterId}, oldest first, of one aggregate type (and id) when not null. */
    public List<OutboxEvent> events(String aggregateType, String aggregateId, long afterId, int limit) {
        return store.events(aggregateType, aggregateId, afterId, limit).stream().map(OutboxEventRow::toEvent).toList();
    }

    /** The highest event id written so far. */
    public long lastEventId() {
        return store.lastId();
    }

    /**
     * Holds (or releases) a cluster-wide observer's deliveries on every instance: its events wait in the outbox.
     *
     * @throws IllegalArgumentException if no cluster-wide observer has that name
     */
    public void pause(String name, boolean paused) {
        EventObserver observer = observers.get(name);
        if (observer == null || observer.scope() != EventObserver.Scope.CLUSTER) {
            throw new IllegalArgumentException("no cluster-wide outbox observer named " + name);
        }
        cluster.pause(name, paused);
        if (!paused) {
            executor.submit(() -> clusterRound(observer));
        }
    }

    /** An observer's state, for operators. */
    public record ObserverStatus(String name, EventObserver.Scope scope, Set<String> eventTypes, boolean paused,
                                 long handledThrough, long pending, long deliveredHere, long failuresHere,
                                 Instant lastDeliveredAt, String lastError, Instant lastErrorAt) {
    }
}
