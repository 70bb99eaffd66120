package io.govshare.app.opendata.portal;

import io.govshare.app.audit.AuditLog;
import io.govshare.app.audit.AuditTarget;
import io.govshare.app.platform.domain.NotFound;
import io.govshare.app.platform.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** A public user's personal API keys for the data API: issued, listed (prefixes only) and revoked by their owner. */
@ApplicationScoped
class ApiKeyService {

    @Inject
    PortalRepository repository;
    @Inject
    AuditLog audit;
    @Inject
    CurrentActor user;

    private final Clock clock = Clock.systemUTC();

    /** A new personal key for the signed-in user; the only time the key itself is shown. */
    @Transactional
    public String issue() {
        String key = ApiKeys.generate();
        repository.insert(new OpenApiKeyRow(ApiKeys.hash(key), ApiKeys.displayPrefix(key), user.username(), null, null,
                clock.instant()));
        audit.record("open.api-key.issue", AuditTarget.USER, user.username(), null, null, ApiKeys.displayPrefix(key));
        return key;
    }

    /** The signed-in user's keys, revoked ones included. */
    @Transactional
    public List<OpenApiKeyRow> keys() {
        return repository.keysOf(user.username());
    }

    @Transactional
    public void revoke(long id) {
        OpenApiKeyRow key = repository.keysOf(user.username()).stream().filter(k -> k.id() == id).findFirst()
                .orElseThrow(() -> new NotFound("You have no API key with id " + id));
        if (key.revokedAt() == null) {
            key.revoke(clock.instant());
            audit.record("open.api-key.revoke", AuditTarget.USER, user.username(), null, null, key.keyPrefix());
        }
    }
}
