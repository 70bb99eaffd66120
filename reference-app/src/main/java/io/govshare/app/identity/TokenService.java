package io.govshare.app.identity;

import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.govshare.app.platform.PlatformConfig;

/**
 * Owns the signing key pair (under {@code <data dir>/keys}) and issues tokens with the issuer that mpJwt checks.
 * The key pair is prepared when the application starts, so the public key file exists before Liberty verifies
 * the first token.
 */
@ApplicationScoped
public class TokenService {

    private static final Logger LOG = Logger.getLogger(TokenService.class.getName());

    @Inject
    PlatformConfig config;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "govshare.token.lifetime.seconds", defaultValue = "28800")
    long lifetimeSeconds;

    private TokenIssuer tokenIssuer;

    void prepareKeys(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        issuer();
    }

    /** The issuer, created with the key pair on first use. */
    public synchronized TokenIssuer issuer() {
        if (tokenIssuer == null) {
            KeyPair keys = SigningKeys.loadOrCreate(config.dataDir().resolve("keys"));
            tokenIssuer = new TokenIssuer(keys.getPrivate(), issuer, Duration.ofSeconds(lifetimeSeconds),
                    Clock.systemUTC());
            LOG.info(() -> "Token signing key ready in " + config.dataDir().resolve("keys") + ", issuer " + issuer);
        }
        return tokenIssuer;
    }
}
