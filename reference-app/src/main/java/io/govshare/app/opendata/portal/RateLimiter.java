package io.govshare.app.opendata.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Requests per API key on the open data API: a token bucket per key holding {@code govshare.open.rate-limit.per-minute}
 * tokens, refilled evenly over the minute. In memory, per server: a cluster divides the limit by its size or puts a
 * gateway in front.
 */
@ApplicationScoped
public class RateLimiter {

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private int perMinute;

    /** For CDI proxies. */
    protected RateLimiter() {
    }

    @Inject
    public RateLimiter(@ConfigProperty(name = "govshare.open.rate-limit.per-minute", defaultValue = "60") int perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("govshare.open.rate-limit.per-minute must be at least 1, got " + perMinute);
        }
        this.perMinute = perMinute;
    }

    /** Takes a token for the key: 0 if the request may go ahead, else the seconds to wait before the next one. */
    public long acquire(String keyHash) {
        return buckets.computeIfAbsent(keyHash, k -> new Bucket(perMinute)).take(System.nanoTime());
    }

    public int perMinute() {
        return perMinute;
    }

    private static final class Bucket {
        private final int capacity;
        private final double tokensPerNano;
        private double tokens;
        private long last;

        Bucket(int capacity) {
            this.capacity = capacity;
            this.tokensPerNano = capacity / 60e9;
            this.tokens = capacity;
            this.last = System.nanoTime();
        }

        synchronized long take(long now) {
            tokens = Math.min(capacity, tokens + (now - last) * tokensPerNano);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / tokensPerNano / 1e9));
        }
    }
}
