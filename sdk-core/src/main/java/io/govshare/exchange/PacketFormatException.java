package io.govshare.exchange;

import java.util.Objects;

import io.govshare.verification.Reason;

/**
 * A packet, or a part of one, breaks the exchange standard. {@link #reason()} is a packet
 * {@link Reason} (its code one of SPEC.md §8); the message names the entry, field or line and the rule it breaks.
 *
 * <p>sdk-security turns these into its specific {@code PacketException} subclasses; code that only reads
 * containers or records can catch this one.
 */
public class PacketFormatException extends RuntimeException {

    private final Reason reason;

    /** Creates the exception with its reason and a message naming what failed and where. */
    public PacketFormatException(Reason reason, String message) {
        this(reason, message, null);
    }

    /** Creates the exception with its reason, a message naming what failed and where, and its cause. */
    public PacketFormatException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Why the packet was refused, e.g. {@link Reason#RECORDS_INVALID}; its code is stable. */
    public Reason reason() {
        return reason;
    }

    @Override
    public String toString() {
        return reason.code() + ": " + getMessage();
    }
}
