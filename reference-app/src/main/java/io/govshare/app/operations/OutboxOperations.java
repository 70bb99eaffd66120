package io.govshare.app.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.govshare.app.audit.AuditLog;
import io.govshare.app.audit.AuditTarget;
import io.govshare.app.platform.domain.NotFound;
import io.govshare.app.platform.outbox.OutboxDispatcher;

/**
 * Operators' hand on the outbox: hold a cluster-wide observer's deliveries (the province's platform is down for
 * maintenance, a relay misbehaves) and release them again. The events wait in the outbox meanwhile, across
 * restarts, and are delivered in order once released.
 */
@ApplicationScoped
public class OutboxOperations {

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    AuditLog audit;

    @Transactional
    public void pause(String observer, boolean paused) {
        try {
            dispatcher.pause(observer, paused);
        } catch (IllegalArgumentException e) {
            throw new NotFound("No cluster-wide outbox observer named '" + observer + "'");
        }
        audit.record(paused ? "ops.outbox.pause" : "ops.outbox.resume", AuditTarget.OUTBOX_OBSERVER, observer, null, null,
                null);
    }
}
