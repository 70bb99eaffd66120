package io.govshare.security.receipt;

/** Receipt JSON, or a receipt field, that breaks receipt.schema.json; the message names the field and the rule. */
public class ReceiptFormatException extends IllegalArgumentException {

    /** Creates the exception with a message naming what failed and where. */
    public ReceiptFormatException(String message) {
        super(message);
    }

    /** Creates the exception with a message naming what failed and where, and its cause. */
    public ReceiptFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
