package io.govshare.exchange;

import java.util.Objects;

/**
 * A packet, or a part of one, breaks the exchange standard. {@link #reason()} is one of the codes of
 * {@link PacketReasons} (SPEC.md §8); the message names the entry, field or line and the rule it breaks.
 *
 * <p>sdk-security turns these into its specific {@code PacketException} subclasses; code that only reads
 * containers or records can catch this one.
 */
public class PacketFormatException extends RuntimeException {

    private final String reason;

    public PacketFormatException(String reason, String message) {
        this(reason, message, null);
    }

    public PacketFormatException(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The stable reason code, e.g. {@code records.invalid}. */
    public String reason() {
        return reason;
    }

    @Override
    public String toString() {
        return reason + ": " + getMessage();
    }
}
