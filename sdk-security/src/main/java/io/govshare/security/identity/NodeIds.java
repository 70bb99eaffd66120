package io.govshare.security.identity;

import java.util.regex.Pattern;

/**
 * The node-id rule: lower-case letters, digits and hyphens, 3 to 63 characters, starting with a letter or
 * digit ({@value #PATTERN_TEXT}). A node id is the subject CN of the node's certificate, a packet's
 * {@code sourceNode} and a recipient name, so it must be safe in a DN, a file name and a URL.
 *
 * <p>{@value #HUB} is reserved for the exchange hub: it is the recipient of every submission and the signer
 * of receipts and audit checkpoints, so no department node may register under that name.
 */
public final class NodeIds {

    /** The node id of the exchange hub itself. */
    public static final String HUB = "hub";

    static final String PATTERN_TEXT = "^[a-z0-9][a-z0-9-]{2,62}$";
    private static final Pattern PATTERN = Pattern.compile(PATTERN_TEXT);

    private NodeIds() {
    }

    /** True if {@code id} follows the node-id rule (the hub's own id included). */
    public static boolean isWellFormed(String id) {
        return id != null && PATTERN.matcher(id).matches();
    }

    /** True if a department node may register as {@code id}: well-formed and not {@value #HUB}. */
    public static boolean isRegistrable(String id) {
        return isWellFormed(id) && !HUB.equals(id);
    }

    /**
     * Returns {@code id} if it is well-formed.
     *
     * @throws IllegalArgumentException naming the rule otherwise
     */
    public static String requireWellFormed(String id) {
        if (!isWellFormed(id)) {
            throw new IllegalArgumentException("node id " + (id == null ? "null" : "'" + id + "'")
                    + " must match " + PATTERN_TEXT + " (lower-case letters, digits, '-'; 3 to 63 characters)");
        }
        return id;
    }

    /**
     * Returns {@code id} if a department node may register under it.
     *
     * @throws IllegalArgumentException if it is malformed or is the reserved {@value #HUB}
     */
    public static String requireRegistrable(String id) {
        requireWellFormed(id);
        if (HUB.equals(id)) {
            throw new IllegalArgumentException("node id '" + HUB + "' is reserved for the exchange hub itself");
        }
        return id;
    }
}
