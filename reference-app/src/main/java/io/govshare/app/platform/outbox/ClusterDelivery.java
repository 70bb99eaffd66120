package io.govshare.app.platform.outbox;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * One event to one cluster-wide observer, in a transaction of its own: the observer's row is locked (so no other
 * instance handles its events meanwhile), the event is handed over, and its handled mark is written — all of it
 * commits, or none of it.
 */
@ApplicationScoped
class ClusterDelivery {

    enum Outcome { HANDLED, ALREADY_HANDLED, PAUSED }

    @Inject
    OutboxStore store;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Outcome deliver(EventObserver observer, long eventId) {
        OutboxObserverRow row = store.lockObserver(observer.name());
        if (row.paused()) {
            return Outcome.PAUSED;
        }
        if (eventId <= row.handledThrough() || store.handled(observer.name(), eventId)) {
            return Outcome.ALREADY_HANDLED; // another instance was first
        }
        Optional<OutboxEventRow> event = store.event(eventId);
        if (event.isPresent()) {
            observer.on(event.get().toEvent());
        }
        store.markHandled(observer.name(), eventId, Instant.now());
        return Outcome.HANDLED;
    }

    /**
     * Moves the observer's watermark up to the last event it handled before {@code settledBefore}, provided no
     * wanted event below it is unhandled, and forgets the handled marks below it. A transaction still open when an
     * event was handled has ended by {@code settledBefore}, so no event can still appear below the new watermark.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void advance(EventObserver observer, Instant settledBefore) {
        OutboxObserverRow row = store.lockObserver(observer.name());
        Optional<Long> settled = store.lastHandledBefore(observer.name(), settledBefore);
        if (settled.isEmpty()) {
            return;
        }
        long through = settled.get();
        // read after the settled mark: whatever committed below it is visible by now
        var firstUnhandled = store.pending(observer.name(), row.handledThrough(), observer.eventTypes(), 1);
        if (!firstUnhandled.isEmpty() && firstUnhandled.get(0).id() <= through) {
            through = firstUnhandled.get(0).id() - 1;
        }
        if (through > row.handledThrough()) {
            row.advance(through, Instant.now());
            store.pruneHandled(observer.name(), through);
        }
    }

    /** Joins the caller's transaction, so the change and its audit record commit together. */
    @Transactional(Transactional.TxType.REQUIRED)
    void pause(String observer, boolean paused) {
        store.lockObserver(observer).pause(paused, Instant.now());
    }
}
