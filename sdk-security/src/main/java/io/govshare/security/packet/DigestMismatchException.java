package io.govshare.security.packet;

import io.govshare.verification.Reason;

/** An entry's size or digest is not the one the signed manifest lists: {@code manifest.digest-mismatch}. */
public class DigestMismatchException extends PacketException {

    /** Creates the exception with a message naming what failed and where, and its cause. */
    public DigestMismatchException(String message, Throwable cause) {
        super(Reason.MANIFEST_DIGEST_MISMATCH, message, cause);
    }
}
