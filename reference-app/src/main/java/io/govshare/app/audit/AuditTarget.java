package io.govshare.app.audit;

/**
 * The kinds of object the audit trail records changes of. The wire name is what the trail stores and what auditors
 * filter by ({@code GET /api/v1/audit/events?targetType=}); a new kind of object gets a constant here, so no
 * feature can record under a misspelt or private name.
 */
public enum AuditTarget {
    DEPARTMENT("department"),
    USER("user"),
    CATALOG_RESOURCE("catalog-resource"),
    EXCHANGE_NODE("exchange-node"),
    EXCHANGE_PACKET("exchange-packet"),
    EXCHANGE_DELIVERY("exchange-delivery"),
    EXCHANGE_GRANT("exchange-grant"),
    SHARE_APPLICATION("share-application"),
    SHARE_SUBSCRIPTION("share-subscription"),
    SHARE_DEMAND("share-demand"),
    OPEN_APPLICATION("open-application"),
    OPEN_RELEASE("open-release"),
    MAP_COLLECTION("map-collection"),
    OUTBOX_OBSERVER("outbox-observer");

    private final String wireName;

    AuditTarget(String wireName) {
        this.wireName = wireName;
    }

    /** As stored in the trail and exported in audit segments. */
    public String wireName() {
        return wireName;
    }
}
