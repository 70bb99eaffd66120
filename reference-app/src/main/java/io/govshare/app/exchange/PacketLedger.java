package io.govshare.app.exchange;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.govshare.app.audit.AuditLog;
import io.govshare.app.audit.AuditTarget;
import io.govshare.app.platform.outbox.Outbox;
import io.govshare.app.platform.security.CurrentActor;
import io.govshare.catalog.CatalogEntry;

/**
 * The short transactions of packet intake, kept apart from the long verification work so that no transaction
 * (and no database lock) is held while a large packet is read.
 */
@ApplicationScoped
public class PacketLedger {

    @Inject
    Outbox outbox;
    @Inject
    ExchangeRepository repository;

    @Inject
    ExchangeCatalog catalog;

    @Inject
    AuditLog audit;

    @Inject
    CurrentActor user;

    /**
     * What intake needs to know before it decides on a packet, read in one transaction rather than four: the
     * receipt already given for the id, the sending node, the resource's exchangeable entry and the last
     * accepted sequence. The sequence is only a first check; {@link #accept} checks it again under the node's lock.
     */
    @Transactional
    public IntakeFacts facts(String packetId, String sourceNode, String resourceCode) {
        Optional<String> given = receiptOf(packetId);
        if (given.isPresent()) {
            return new IntakeFacts(given, Optional.empty(), Optional.empty(), 0);
        }
        return new IntakeFacts(given, repository.node(sourceNode), catalog.exchangeable(resourceCode),
                repository.lastSequence(sourceNode, resourceCode));
    }

    /** See {@link #facts}; node and entry are empty when a receipt was given already. */
    public record IntakeFacts(Optional<String> givenReceipt, Optional<ExchangeNodeRow> node,
                              Optional<CatalogEntry> entry, long lastSequence) {
    }

    @Transactional
    public Optional<String> receiptOf(String packetId) {
        return repository.packet(packetId).map(ExchangePacketRow::receiptJson);
    }

    @Transactional
    public Optional<ExchangePacketRow> row(String packetId) {
        return repository.packet(packetId);
    }

    @Transactional
    public long lastSequence(String sourceNode, String resourceCode) {
        return repository.lastSequence(sourceNode, resourceCode);
    }

    /**
     * Records an accepted submission; the receipt becomes valid when this commits. Throws (and writes nothing) if
     * the id or the (node, resource, sequence) already exists — the caller decides which it was.
     */
    @Transactional
    public void accept(ExchangePacketRow row) {
        // under the node's lock the sequence check is exact: of two concurrent packets of one node, the one
        // that commits second with a lower sequence is refused, so accepted sequences increase in commit order
        repository.lockNode(row.sourceNode());
        long last = repository.lastSequence(row.sourceNode(), row.resourceCode());
        if (row.sequence() <= last) {
            throw new SequenceOvertaken(last);
        }
        repository.insert(row);
        repository.flush();
        audit.record("exchange.packet.accept", AuditTarget.EXCHANGE_PACKET, row.packetId(), null, null,
                "node " + row.sourceNode() + ", resource " + row.resourceCode() + ", sequence " + row.sequence()
                        + ", " + row.recordCount() + " records, manifest " + row.manifestDigest());
        // last: the resource's event stream stays locked only for the commit
        ExchangeEvents.packetAccepted(outbox, row);
    }

    /** Adds a refused submission to the failure list, in its own transaction (the request itself fails). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void reject(String packetId, String sourceNode, String resourceCode, String reason, String message) {
        repository.insert(new ExchangeRejectionRow(Instant.now(), user.actorName(), packetId, sourceNode,
                resourceCode, reason, message));
    }

    /** A packet of the same node and resource with a higher sequence committed first. */
    public static final class SequenceOvertaken extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final long last;

        SequenceOvertaken(long last) {
            super("sequence overtaken by " + last, null, false, false);
            this.last = last;
        }

        public long last() {
            return last;
        }
    }
}
