package io.govshare.samples.node;

/**
 * A sync cannot go on: a row that does not fit its catalog entry, a refused packet, a delivery that is not what it
 * claims, a hub that is not the one the node registered with. The message says which, and what to do.
 */
public class SyncException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SyncException(String message) {
        super(message);
    }

    public SyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
