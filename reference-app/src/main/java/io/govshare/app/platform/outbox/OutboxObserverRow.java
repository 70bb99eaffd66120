package io.govshare.app.platform.outbox;

import java.time.Instant;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A cluster-wide observer's shared state (table {@code outbox_observer}): locked while one of its events is handled,
 * so one instance at a time handles them; every wanted event up to {@code handledThrough} is handled.
 */
@Entity
@Cacheable(false)
@Table(name = "outbox_observer")
public class OutboxObserverRow {

    @Id
    @Column(name = "name", length = 80)
    private String name;
    @Column(name = "handled_through", nullable = false)
    private long handledThrough;
    @Column(name = "paused", nullable = false)
    private boolean paused;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected OutboxObserverRow() {
    }

    OutboxObserverRow(String name, long handledThrough, Instant now) {
        this.name = name;
        this.handledThrough = handledThrough;
        this.updatedAt = now;
    }

    String name() {
        return name;
    }

    long handledThrough() {
        return handledThrough;
    }

    boolean paused() {
        return paused;
    }

    void advance(long through, Instant now) {
        if (through > handledThrough) {
            handledThrough = through;
            updatedAt = now;
        }
    }

    void pause(boolean paused, Instant now) {
        this.paused = paused;
        this.updatedAt = now;
    }
}
