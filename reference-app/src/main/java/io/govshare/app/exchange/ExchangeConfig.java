package io.govshare.app.exchange;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.govshare.security.crypto.CryptoProfile;
import io.govshare.security.crypto.CryptoProfiles;

/** The exchange hub's settings (MicroProfile Config; each also as an environment variable, e.g. GOVSHARE_EXCHANGE_MAX_PACKET_BYTES). */
@ApplicationScoped
public class ExchangeConfig {

    private long maxPacketBytes;
    private CryptoProfile hubProfile;
    private int pushMaxAttempts;
    private Duration pushInitialBackoff;
    private Duration certificateValidity;

    /** For CDI proxies. */
    protected ExchangeConfig() {
    }

    @Inject
    public ExchangeConfig(
            @ConfigProperty(name = "govshare.exchange.max-packet-bytes", defaultValue = "268435456") long maxPacketBytes,
            @ConfigProperty(name = "govshare.exchange.crypto-profile", defaultValue = "SM") String hubProfile,
            @ConfigProperty(name = "govshare.exchange.push.max-attempts", defaultValue = "6") int pushMaxAttempts,
            @ConfigProperty(name = "govshare.exchange.push.initial-backoff", defaultValue = "PT2S") String pushInitialBackoff,
            @ConfigProperty(name = "govshare.exchange.certificate-validity", defaultValue = "P730D") String certificateValidity) {
        this.maxPacketBytes = maxPacketBytes;
        this.hubProfile = CryptoProfiles.named(hubProfile);
        this.pushMaxAttempts = pushMaxAttempts;
        this.pushInitialBackoff = Duration.parse(pushInitialBackoff);
        this.certificateValidity = Duration.parse(certificateValidity);
    }

    /** Largest packet upload accepted; larger ones get 413 without being kept. */
    public long maxPacketBytes() {
        return maxPacketBytes;
    }

    /** Algorithms of the hub's own CA, signing and timestamp keys (SM by default). */
    public CryptoProfile hubProfile() {
        return hubProfile;
    }

    /** Push attempts before a delivery goes to the dead-letter list. */
    public int pushMaxAttempts() {
        return pushMaxAttempts;
    }

    /** Wait before the second push attempt; doubled for each further one. */
    public Duration pushInitialBackoff() {
        return pushInitialBackoff;
    }

    /** How long a node certificate issued at approval is valid. */
    public Duration certificateValidity() {
        return certificateValidity;
    }
}
