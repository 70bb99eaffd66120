package io.govshare.app.platform.outbox;

import java.util.List;
import java.util.Set;

/**
 * Reacts to outbox events. Implement it as an {@code @ApplicationScoped} bean; the {@link OutboxDispatcher} finds
 * every one. Delivery is at least once, after the change committed, in order per aggregate — so an observer must
 * be idempotent: receiving the same event twice must leave the same result as receiving it once.
 * <p>
 * Say which kind of observer it is with {@link #scope()}: a {@link Scope#CLUSTER} observer's work is done once for
 * the whole platform, whichever instance does it (lineage, relay to the province, notifications); a
 * {@link Scope#INSTANCE} observer keeps state of its own instance (its search index, its caches), so every
 * instance applies every event.
 */
public interface EventObserver {

    /** Which instances handle an event. */
    enum Scope {
        /**
         * Exactly one platform instance handles each event. {@link #on} runs in a transaction of its own, which also
         * records the event as handled: what the observer writes to the database commits if and only if the event
         * counts as handled, so a crash mid-way leaves it to be handled again, once.
         */
        CLUSTER,
        /**
         * Every instance handles each event that happens while it runs; at start it must build its state from the
         * source of truth (the outbox replays only the last few minutes, for changes still settling).
         */
        INSTANCE
    }

    /** A stable name, dotted, feature first: {@code catalog.search-index}. Kept with the handled marks. */
    String name();

    Scope scope();

    /** The event types it wants; others are never delivered to it. */
    Set<String> eventTypes();

    /** Handles one event. An exception leaves it (and later events of its aggregate) to be delivered again. */
    void on(OutboxEvent event);

    /**
     * Handles consecutive events in order (an instance observer gets the events of one round together, so a
     * bulk import costs one index commit). By default one at a time.
     */
    default void onAll(List<OutboxEvent> events) {
        events.forEach(this::on);
    }
}
