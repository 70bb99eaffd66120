package io.govshare.security.crypto.internal;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The one Bouncy Castle provider instance the SDK passes explicitly to every JCA call. It is never
 * registered with {@code Security.addProvider}: a library should not change the JVM-wide provider list
 * of the application that embeds it.
 *
 * <p>Internal: not part of the SDK's API (see the package description).
 */
public final class BouncyCastle {

    /** The provider instance the SDK passes explicitly; it is never added to the JVM's provider list. */
    public static final Provider PROVIDER = new BouncyCastleProvider();

    private BouncyCastle() {
    }
}
