package io.govshare.app.exchange;

/** Where a node's registration stands. Only ACTIVE nodes may send or receive packets. */
public enum NodeStatus {
    /** Its certificate request waits for an admin. */
    PENDING,
    /** Certificate issued. */
    ACTIVE,
    /** Request refused by an admin; no certificate was issued. */
    REJECTED,
    /** Certificate revoked; it is on the hub's revocation list from then on. */
    REVOKED
}
