package io.govshare.app.opendata.portal;

import io.govshare.app.platform.FieldError;
import io.govshare.app.platform.ProblemException;
import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.OpenType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/**
 * Who may take data from the open-data portal. 无条件开放 files are free to download; the data API always needs an
 * API key (it is rate-limited per key); 有条件开放 data needs a key whose owner's application for that dataset was
 * approved by the providing department.
 */
@ApplicationScoped
class OpenAccess {

    @Inject
    PortalRepository repository;
    @Inject
    RateLimiter rateLimiter;

    /**
     * Checks a download or data-API call; throws 401 (no or unknown key), 403 (no approved application) or 429
     * (rate limit) as problem+json.
     *
     * @param keyRequired whether even 无条件开放 data needs a key (the data API)
     */
    @Transactional
    public void check(CatalogEntry entry, String apiKey, boolean keyRequired) {
        boolean conditional = entry.open().type() == OpenType.CONDITIONAL;
        if (!conditional && !keyRequired) {
            return;
        }
        if (apiKey == null || apiKey.isBlank()) {
            throw new ProblemException(401, "Unauthorized", (conditional
                    ? "有条件开放 data needs the API key issued when your application was approved"
                    : "The data API needs an API key (POST /api/v1/open/api-keys after registering)")
                    + ": send it in the " + ApiKeys.HEADER + " header",
                    List.of(new FieldError(ApiKeys.HEADER, "open.api-key-required", "an API key is required")));
        }
        OpenApiKeyRow key = ApiKeys.looksLikeKey(apiKey.strip())
                ? repository.activeKey(ApiKeys.hash(apiKey.strip())).orElse(null) : null;
        if (key == null) {
            throw new ProblemException(401, "Unauthorized", "The API key is unknown or revoked",
                    List.of(new FieldError(ApiKeys.HEADER, "open.api-key-unknown", "unknown or revoked API key")));
        }
        if (conditional && !repository.hasApproved(key.owner(), entry.code().value())) {
            throw new ProblemException(403, "Forbidden", "有条件开放: the key's owner has no approved application for "
                    + entry.code().value(), List.of(new FieldError(ApiKeys.HEADER, "open.application-required",
                    "apply for this dataset and wait for the provider's approval")));
        }
        long wait = rateLimiter.acquire(key.keyHash());
        if (wait > 0) {
            throw new RateLimited(wait, rateLimiter.perMinute());
        }
    }

    /** 429 with a Retry-After header. */
    public static final class RateLimited extends ProblemException {
        private static final long serialVersionUID = 1L;
        private final long retryAfterSeconds;

        RateLimited(long retryAfterSeconds, int perMinute) {
            super(429, "Too Many Requests", "This API key may make " + perMinute
                    + " requests a minute; retry in " + retryAfterSeconds + " s",
                    List.of(new FieldError(ApiKeys.HEADER, "open.rate-limited", "rate limit reached")));
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }

        @Override
        public Map<String, Object> headers() {
            return Map.of("Retry-After", retryAfterSeconds);
        }
    }
}
