package io.govshare.security.packet;

import java.util.Objects;

/** One failure a verification found: its reason code (SPEC.md §8) and a message naming what and where. */
public record Finding(String reason, String message) {

    public Finding {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return reason + ": " + message;
    }
}
