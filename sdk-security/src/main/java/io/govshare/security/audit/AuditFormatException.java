package io.govshare.security.audit;

/** Audit-segment JSON, or an entry or checkpoint field, that breaks audit-segment.schema.json; the message names it. */
public class AuditFormatException extends IllegalArgumentException {

    /** Creates the exception with a message naming what failed and where. */
    public AuditFormatException(String message) {
        super(message);
    }

    /** Creates the exception with a message naming what failed and where, and its cause. */
    public AuditFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
