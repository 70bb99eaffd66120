package io.govshare.security.receipt;

/** Receipt JSON, or a receipt field, that breaks receipt.schema.json; the message names the field and the rule. */
public class ReceiptFormatException extends IllegalArgumentException {

    public ReceiptFormatException(String message) {
        super(message);
    }

    public ReceiptFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
