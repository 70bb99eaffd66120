package io.govshare.security;

import java.util.Objects;

/**
 * One failure a verification found: its stable reason code and a message naming what and where. Packet reports
 * use the codes of SPEC.md §8, receipt and audit-segment reports those of RECEIPTS-AND-AUDIT.md
 * ({@code receipt.*}, {@code audit.*}).
 */
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
