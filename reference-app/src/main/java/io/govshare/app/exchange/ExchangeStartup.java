package io.govshare.app.exchange;

import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.govshare.app.platform.DatabaseReady;

/**
 * Brings the hub back to a consistent state at every start: the revocation list from the database, then removal
 * of packet files no committed row refers to (uploads cut off by a crash, which never got a receipt), then the
 * routing and push workers, whose first sweep routes submissions a crash left unrouted.
 */
@ApplicationScoped
public class ExchangeStartup {

    private static final Logger LOG = Logger.getLogger(ExchangeStartup.class.getName());

    @Inject
    NodeRegistry nodes;

    @Inject
    DeliveryLedger ledger;

    @Inject
    PacketStore store;

    @Inject
    EmbeddedPacketDelivery delivery;

    void recover(@Observes @Priority(DatabaseReady.RECOVER_EXCHANGE) DatabaseReady ready) {
        nodes.publishRevocations();
        int removed = store.removeOrphans(ledger.knownSubmissions(), ledger.knownDeliveries());
        if (removed > 0) {
            LOG.info(() -> "Exchange: removed " + removed + " packet file(s) of work interrupted before it committed");
        }
        delivery.startWorkers();
    }
}
