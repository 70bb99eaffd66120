package io.govshare.security.timestamp;

/**
 * An RFC 3161 timestamp token that does not prove what it should: not a token, signed by another key than
 * the TSA certificate's, a signature that does not verify, a TSA certificate not fit for timestamping or
 * not valid at the token's time, or a message imprint other than the one expected. The message says which.
 */
public class TimestampException extends RuntimeException {

    /** Creates the exception with a message naming what is wrong and where. */
    public TimestampException(String message) {
        super(message);
    }

    /** Creates the exception with a message naming what is wrong and where, and its cause. */
    public TimestampException(String message, Throwable cause) {
        super(message, cause);
    }
}
