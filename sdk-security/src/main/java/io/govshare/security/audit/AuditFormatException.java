package io.govshare.security.audit;

/** Audit-segment JSON, or an entry or checkpoint field, that breaks audit-segment.schema.json; the message names it. */
public class AuditFormatException extends IllegalArgumentException {

    public AuditFormatException(String message) {
        super(message);
    }

    public AuditFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
