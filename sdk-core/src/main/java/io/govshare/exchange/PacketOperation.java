package io.govshare.exchange;

/** What the receiver does with a packet's records (SPEC.md §2). */
public enum PacketOperation {
    /** The records replace everything the receiver holds of the resource. */
    FULL,
    /** Insert or update each record by its key. */
    INCREMENTAL,
    /** Delete each record by its key; records carry only their keys. */
    DELETE
}
