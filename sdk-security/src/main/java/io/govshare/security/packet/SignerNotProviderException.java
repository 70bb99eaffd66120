package io.govshare.security.packet;

import io.govshare.verification.Reason;

/**
 * The signer is a trusted node but not the provider of the packet's resource: {@code signer.not-provider}.
 * Only the hub knows who provides what, so only the hub throws this.
 */
public class SignerNotProviderException extends PacketException {

    /** Creates the exception with a message naming what failed and where. */
    public SignerNotProviderException(String message) {
        super(Reason.SIGNER_NOT_PROVIDER, message, null);
    }
}
