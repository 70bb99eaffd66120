package io.govshare.app.audit;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.govshare.app.platform.DatabaseReady;

/**
 * Keeps the audit chain up to date: chains new events every second and signs a checkpoint every
 * {@code govshare.audit.checkpoint-interval} (default one minute) when the chain has grown.
 */
@ApplicationScoped
public class AuditChainWorker {

    private static final Logger LOG = Logger.getLogger(AuditChainWorker.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    @Inject
    AuditChainer chainer;

    @Inject
    @ConfigProperty(name = "govshare.audit.checkpoint-interval", defaultValue = "PT60S")
    String checkpointInterval;

    void start(@Observes @Priority(DatabaseReady.CHAIN_AUDIT_LOG) DatabaseReady ready) {
        // what start-up itself recorded is chained and signed before the first request
        while (chainer.chainPending() > 0) {
            // batches of 500
        }
        chainer.checkpoint();
        long every = Duration.parse(checkpointInterval).toMillis();
        executor.scheduleWithFixedDelay(this::chain, 1, 1, TimeUnit.SECONDS);
        executor.scheduleWithFixedDelay(this::checkpoint, every, every, TimeUnit.MILLISECONDS);
    }

    private void chain() {
        try {
            while (chainer.chainPending() > 0) {
                // until caught up
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Audit chaining failed; it runs again in a second", e);
        }
    }

    private void checkpoint() {
        try {
            chain();
            chainer.checkpoint();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Audit checkpoint failed; it runs again at the next interval", e);
        }
    }
}
