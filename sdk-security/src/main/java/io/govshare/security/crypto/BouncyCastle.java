package io.govshare.security.crypto;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The one Bouncy Castle provider instance the SDK passes explicitly to every JCA call. It is never
 * registered with {@code Security.addProvider}: a library should not change the JVM-wide provider list
 * of the application that embeds it.
 */
final class BouncyCastle {

    static final Provider PROVIDER = new BouncyCastleProvider();

    private BouncyCastle() {
    }
}
