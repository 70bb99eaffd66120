package io.govshare.verification;

import java.util.Objects;

/**
 * One failure a verification found: its {@link Reason} and a message naming what and where. The packet, receipt
 * and audit-segment reports all list their failures as findings; in JSON a finding is
 * {@code {"reason": "<code>", "message": "…"}} and as text {@code <code>: <message>}.
 *
 * @param reason  why it failed; its code is stable
 * @param message what failed and where, for a person
 */
public record Finding(Reason reason, String message) {

    /** Checks that both parts are present. */
    public Finding {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return reason.code() + ": " + message;
    }
}
