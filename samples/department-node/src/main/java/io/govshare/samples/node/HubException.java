package io.govshare.samples.node;

/**
 * The hub answered with an error. {@link #rule()} is the first error's rule from the problem+json body (for a
 * refused packet: the SPEC §8 reason code such as {@code records.invalid}), or null when the body had none.
 */
public class HubException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String rule;

    public HubException(int status, String rule, String message) {
        super(message);
        this.status = status;
        this.rule = rule;
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The problem's first error rule, or null. */
    public String rule() {
        return rule;
    }

    /** Whether the hub refused the request for good (4xx): sending the same thing again cannot succeed. */
    public boolean isRefusal() {
        return status >= 400 && status < 500;
    }
}
