package io.govshare.app.platform.outbox;

import java.time.Instant;

import jakarta.json.JsonObject;

/**
 * An event as observers receive it: something a feature changed that others may care about, written in the same
 * transaction as the change.
 *
 * @param id            the event's number, unique platform-wide; a later commit of the same aggregate has a higher one
 * @param aggregateType what changed: {@code catalog-entry}, {@code exchange-resource}, {@code exchange-grant} …
 * @param aggregateId   which one: a resource code, a grant id …
 * @param aggregateSeq  1, 2, 3 … per aggregate, in commit order: observers may use it to spot a repeat
 * @param type          the event type, dotted: {@code catalog.entry.published}
 * @param payload       the event's facts as JSON (see reference-app/README.md, "Events")
 * @param occurredAt    when the change was made
 */
public record OutboxEvent(long id, String aggregateType, String aggregateId, long aggregateSeq, String type,
                          JsonObject payload, Instant occurredAt) {
}
