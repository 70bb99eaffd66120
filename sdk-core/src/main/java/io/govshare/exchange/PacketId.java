package io.govshare.exchange;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A packet's id: unique per sender for all time, 16 to 64 characters of {@code [0-9A-Za-z-]} (a ULID or a
 * UUID fits). The hub answers a repeated id with the receipt it already gave.
 *
 * @param value the packet id as text
 */
public record PacketId(String value) {

    private static final Pattern SHAPE = Pattern.compile("[0-9A-Za-z-]{16,64}");

    /**
     * Checks the shape; {@link #of(String)} is the same check under the name the rest of the SDK uses.
     *
     * @param value the packet id as text
     * @throws IllegalArgumentException if {@code value} is not 16 to 64 characters of {@code [0-9A-Za-z-]}
     */
    public PacketId {
        Objects.requireNonNull(value, "packet id");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("packet id must be 16 to 64 characters of [0-9A-Za-z-] (a ULID or"
                    + " UUID), got '" + value + "'");
        }
    }

    /**
     * The packet id {@code text}.
     *
     * @param text the packet id as text
     * @return the id
     * @throws IllegalArgumentException if {@code text} is not 16 to 64 characters of {@code [0-9A-Za-z-]}
     */
    public static PacketId of(String text) {
        return new PacketId(text);
    }

    /**
     * A fresh random id (a UUID).
     *
     * @return a new id
     */
    public static PacketId random() {
        return new PacketId(UUID.randomUUID().toString());
    }

    /** The id itself, as it appears in the header and on the wire. */
    @Override
    public String toString() {
        return value;
    }
}
