package io.govshare.app.catalog;

import java.io.StringReader;
import java.util.Map;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import io.govshare.app.platform.outbox.Outbox;
import io.govshare.catalog.CatalogEntry;

/**
 * The catalog's outbox events: one per saved change of an entry, aggregate {@value #AGGREGATE} with the resource
 * code as id. The payload carries the entry as saved, so an observer (the search index, a relay to the province)
 * needs no read of the catalog's tables:
 * <pre>{"code": "…", "version": 3, "status": "PUBLISHED", "changeSeq": 812, "action": "PUBLISH",
 *  "actor": "platform-reviewer", "providerCode": "…", "entry": { …the entry's catalog JSON… }}</pre>
 */
public final class CatalogEvents {

    public static final String AGGREGATE = "catalog-entry";

    public static final String CREATED = "catalog.entry.created";
    public static final String EDITED = "catalog.entry.edited";
    public static final String SUBMITTED = "catalog.entry.submitted";
    public static final String APPROVED = "catalog.entry.approved";
    public static final String REJECTED = "catalog.entry.rejected";
    public static final String PUBLISHED = "catalog.entry.published";
    public static final String RETIRED = "catalog.entry.retired";

    /** Every catalog event type. */
    public static final Set<String> ALL = Set.of(CREATED, EDITED, SUBMITTED, APPROVED, REJECTED, PUBLISHED, RETIRED);

    private static final Map<String, String> TYPE_OF_ACTION = Map.of(
            "CREATE", CREATED, "IMPORT", CREATED, "SEED", CREATED, "EDIT", EDITED,
            "SUBMIT", SUBMITTED, "APPROVE", APPROVED, "REJECT", REJECTED, "PUBLISH", PUBLISHED, "RETIRE", RETIRED);

    private CatalogEvents() {
    }

    static void publish(Outbox outbox, CatalogEntry entry, String document, long changeSeq, String actor,
                        String action) {
        String type = TYPE_OF_ACTION.get(action);
        if (type == null) {
            throw new IllegalArgumentException("no catalog event for action " + action);
        }
        JsonObject parsed;
        try (JsonReader reader = Json.createReader(new StringReader(document))) {
            parsed = reader.readObject();
        }
        var payload = Json.createObjectBuilder()
                .add("code", entry.code().value())
                .add("version", entry.version() == null ? 0 : entry.version())
                .add("status", entry.status() == null ? "" : entry.status().name())
                .add("changeSeq", changeSeq)
                .add("action", action)
                .add("actor", actor);
        if (entry.provider() != null && entry.provider().code() != null) {
            payload.add("providerCode", entry.provider().code());
        }
        // every catalog write holds the catalog write lock: the stream may be created in the same transaction
        outbox.publishSerialized(AGGREGATE, entry.code().value(), type, payload.add("entry", parsed).build());
    }
}
