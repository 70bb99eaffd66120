package io.govshare.exchange;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A packet's id: unique per sender for all time, 16 to 64 characters of {@code [0-9A-Za-z-]} (a ULID or a
 * UUID fits). The hub answers a repeated id with the receipt it already gave.
 */
public final class PacketId {

    private static final Pattern SHAPE = Pattern.compile("[0-9A-Za-z-]{16,64}");

    private final String value;

    private PacketId(String value) {
        this.value = value;
    }

    /** @throws IllegalArgumentException if {@code text} is not 16 to 64 characters of {@code [0-9A-Za-z-]} */
    public static PacketId of(String text) {
        Objects.requireNonNull(text, "packet id");
        if (!SHAPE.matcher(text).matches()) {
            throw new IllegalArgumentException("packet id must be 16 to 64 characters of [0-9A-Za-z-] (a ULID or"
                    + " UUID), got '" + text + "'");
        }
        return new PacketId(text);
    }

    /** A fresh random id (a UUID). */
    public static PacketId random() {
        return new PacketId(UUID.randomUUID().toString());
    }

    /** The packet id as text. */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PacketId other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
