package io.govshare.app.platform.outbox;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An aggregate's event counter (table {@code outbox_stream}); writers lock it to number events in commit order. */
@Entity
@Cacheable(false)
@Table(name = "outbox_stream")
public class OutboxStreamRow {

    @Id
    @Column(name = "stream_key", length = 141)
    private String streamKey;
    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    protected OutboxStreamRow() {
    }

    OutboxStreamRow(String streamKey) {
        this.streamKey = streamKey;
    }

    long next() {
        return ++lastSeq;
    }
}
