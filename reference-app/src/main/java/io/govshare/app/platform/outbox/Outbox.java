package io.govshare.app.platform.outbox;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Where a feature writes the events others may react to. Call {@link #publish} in the transaction of the change:
 * the event is stored if and only if the change commits, and once it has, the {@link OutboxDispatcher} hands it to
 * the observers that want it.
 * <p>
 * Events of one aggregate are numbered 1, 2, 3 … in commit order: the aggregate's stream row is locked until the
 * change commits, so a concurrent change of the same aggregate waits and takes the next number.
 */
@ApplicationScoped
public class Outbox {

    /** Longest aggregate type and id the table holds. */
    static final int MAX_TYPE = 40;
    static final int MAX_ID = 100;
    private static final String TYPES_WRITTEN = Outbox.class.getName() + ".typesWritten";

    @Inject
    OutboxStore store;

    @Inject
    OutboxDispatcher dispatcher;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * Writes an event in the caller's transaction (there must be one).
     *
     * @param aggregateType what changed, e.g. {@code exchange-resource} (at most 40 characters)
     * @param aggregateId   which one, e.g. a resource code (at most 100 characters)
     * @param type          the event type, e.g. {@code exchange.packet.accepted} (at most 60 characters)
     * @param payload       the event's facts
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String aggregateType, String aggregateId, String type, JsonObject payload) {
        write(aggregateType, aggregateId, type, payload, false);
    }

    /**
     * Like {@link #publish}, for a caller that already serialises every writer of this aggregate (it holds the
     * aggregate's row lock, or a lock over all of them, or has just created the aggregate under a unique key): the
     * aggregate's first event then creates its stream in the caller's transaction instead of a separate one, which
     * keeps a bulk import of new entries to one transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishSerialized(String aggregateType, String aggregateId, String type, JsonObject payload) {
        write(aggregateType, aggregateId, type, payload, true);
    }

    private void write(String aggregateType, String aggregateId, String type, JsonObject payload,
                       boolean serializedByCaller) {
        Objects.requireNonNull(payload, "payload");
        if (aggregateType.length() > MAX_TYPE || aggregateId.length() > MAX_ID || type.length() > 60) {
            throw new IllegalArgumentException("outbox event names too long: " + aggregateType + " " + aggregateId
                    + " " + type);
        }
        String streamKey = aggregateType + ":" + aggregateId;
        OutboxStreamRow stream;
        if (serializedByCaller) {
            stream = store.lockStream(streamKey);
            if (stream == null) {
                stream = store.newStream(streamKey);
            }
        } else {
            // created apart, so two writers racing to an aggregate's first event both find it and queue on its lock
            if (!store.streamExists(streamKey)) {
                store.createStream(streamKey);
            }
            stream = store.lockStream(streamKey);
        }
        long seq = stream.next();
        // microseconds: what PostgreSQL keeps, so both databases return the same instant
        store.insert(new OutboxEventRow(aggregateType, aggregateId, seq, type, payload.toString(),
                Instant.now().truncatedTo(ChronoUnit.MICROS)));
        dispatchAfterCommit(type);
    }

    /** Once per transaction: after it commits, the dispatcher runs at once instead of at its next poll. */
    @SuppressWarnings("unchecked")
    private void dispatchAfterCommit(String type) {
        Set<String> types = (Set<String>) transactions.getResource(TYPES_WRITTEN);
        if (types != null) {
            types.add(type);
            return;
        }
        Set<String> written = new HashSet<>();
        written.add(type);
        transactions.putResource(TYPES_WRITTEN, written);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    dispatcher.afterCommit(written);
                }
            }
        });
    }
}
