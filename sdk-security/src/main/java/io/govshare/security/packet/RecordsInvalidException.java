package io.govshare.security.packet;

import io.govshare.verification.Reason;

/**
 * The records break SPEC.md §3: {@code records.invalid} (a line is not a JSON object, or a value does not fit
 * its item), {@code records.item-not-shared} (an item shared with nobody), {@code records.count-mismatch} (the
 * header's recordCount is not the number of lines).
 */
public class RecordsInvalidException extends PacketException {

    /** Creates the exception with its reason, a message naming what failed and where, and its cause. */
    public RecordsInvalidException(Reason reason, String message, Throwable cause) {
        super(reason, message, cause);
        if (!reason.code().startsWith("records.")) {
            throw new IllegalArgumentException("'" + reason + "' is not a records reason");
        }
    }
}
