package io.govshare.app.platform.outbox;

import java.io.StringReader;
import java.time.Instant;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One outbox event as stored (table {@code outbox_event}). Not in JPA's shared cache: a committing request waits
 * (after its commit) for this instance's observers, which read these rows, while EclipseLink still holds the cache
 * locks of what that request wrote — a cached row would make the two wait for each other.
 */
@Entity
@Cacheable(false)
@Table(name = "outbox_event")
public class OutboxEventRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;
    @Column(name = "aggregate_type", nullable = false, length = 40)
    private String aggregateType;
    @Column(name = "aggregate_id", nullable = false, length = 100)
    private String aggregateId;
    @Column(name = "aggregate_seq", nullable = false)
    private long aggregateSeq;
    @Column(name = "event_type", nullable = false, length = 60)
    private String eventType;
    @Column(name = "payload", nullable = false)
    private String payload;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected OutboxEventRow() {
    }

    OutboxEventRow(String aggregateType, String aggregateId, long aggregateSeq, String eventType, String payload,
                   Instant occurredAt) {
        this.aggregateType = aggregateType;
        this.aggregateId = aggregateId;
        this.aggregateSeq = aggregateSeq;
        this.eventType = eventType;
        this.payload = payload;
        this.occurredAt = occurredAt;
    }

    Long id() {
        return id;
    }

    String eventType() {
        return eventType;
    }

    String aggregateType() {
        return aggregateType;
    }

    String aggregateId() {
        return aggregateId;
    }

    OutboxEvent toEvent() {
        try (JsonReader reader = Json.createReader(new StringReader(payload))) {
            return new OutboxEvent(id, aggregateType, aggregateId, aggregateSeq, eventType, reader.readObject(),
                    occurredAt);
        }
    }
}
