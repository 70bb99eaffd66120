package io.govshare.app.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;

import io.govshare.app.platform.FieldError;
import io.govshare.app.platform.ProblemException;
import io.govshare.app.platform.domain.Conflict;
import io.govshare.app.platform.domain.ValidationFailed;
import io.govshare.app.platform.keys.HubKeys;
import io.govshare.app.platform.security.CurrentActor;
import io.govshare.app.platform.security.Role;
import io.govshare.catalog.CatalogEntry;
import io.govshare.exchange.PacketFormatException;
import io.govshare.exchange.PacketHeader;
import io.govshare.exchange.RecordRules;
import io.govshare.security.identity.Certificates;
import io.govshare.security.packet.OpenedPacket;
import io.govshare.security.packet.PacketException;
import io.govshare.security.packet.PacketOpener;
import io.govshare.security.packet.RecordStream;
import io.govshare.security.receipt.Receipt;
import io.govshare.verification.Reason;

/**
 * Packet intake (POST /api/v1/exchange/packets). In order:
 * <ol>
 *   <li>the upload goes to a temporary file, refused past the size limit;</li>
 *   <li>the packet is opened: container, manifest, signature, the signer's chain and revocation, digests,
 *       decryption with the hub's key (the SDK's {@link PacketOpener});</li>
 *   <li>the sender: an ACTIVE registered node whose certificate is the one that signed, of the department of the
 *       signed-in account, and that department provides the resource;</li>
 *   <li>the records: each one conforms to the catalog entry's data items, and no 不予共享 item is present;</li>
 *   <li>replay: a sequence not above the last accepted one of that node and resource is refused;</li>
 *   <li>the file is forced to disk and moved into the store, the row with the receipt commits, and only then is
 *       the receipt returned. A repeated packet id gets the receipt already given.</li>
 * </ol>
 * Every refusal is answered as problem+json whose error rule is the SPEC §8 reason code, and is added to the
 * failure list.
 */
@ApplicationScoped
public class PacketIntake {

    private static final Logger LOG = Logger.getLogger(PacketIntake.class.getName());
    /** Report at most this many record violations; the sender fixes its extract and sends again. */
    private static final int MAX_RECORD_ERRORS = 20;
    /** Commits tried before a transient database failure is answered 503. */
    private static final int ACCEPT_ATTEMPTS = 3;

    @Inject
    PacketStore store;

    @Inject
    PacketLedger ledger;

    @Inject
    HubKeys keys;

    @Inject
    ExchangeConfig config;

    @Inject
    CurrentActor user;

    @Inject
    PacketDelivery delivery;

    /** The outcome: the receipt JSON and whether it was given before (a repeated packet id). */
    public record Outcome(String receiptJson, boolean repeated) {
    }

    public Outcome submit(InputStream body) {
        Path temp = store.receive(body, config.maxPacketBytes());
        try {
            return submitFile(temp);
        } finally {
            store.discard(temp);
        }
    }

    private Outcome submitFile(Path temp) {
        Instant receivedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        OpenedPacket packet;
        try {
            packet = new PacketOpener(keys.hub(), keys.trustStore()).open(temp, receivedAt);
        } catch (PacketException e) {
            throw refuse(null, e.reason().code(), e.getMessage());
        }
        PacketHeader header = packet.header();
        String packetId = header.packetId().value();
        String source = header.sourceNode();
        String resource = header.resourceCode().toString();
        String departmentCode;
        String manifestDigest = packet.manifestDigestHex();
        try (packet) {
            PacketLedger.IntakeFacts facts = ledger.facts(packetId, source, resource);
            if (facts.givenReceipt().isPresent()) {
                return new Outcome(facts.givenReceipt().get(), true);
            }
            ExchangeNodeRow node = checkSender(packet, header, facts.node());
            departmentCode = node.departmentCode();
            if (!header.recipients().contains(HubKeys.HUB_NODE_ID)) {
                throw refusal("header.invalid", "A submission must be addressed to 'hub'; recipients are "
                        + header.recipients());
            }
            CatalogEntry entry = facts.entry().orElseThrow(() -> refusal("resource.not-exchangeable",
                    "No REGISTERED or PUBLISHED catalog entry " + resource));
            if (entry.provider() == null || !departmentCode.equals(entry.provider().code())) {
                throw refusal("signer.not-provider", "Node " + source + " belongs to department "
                        + departmentCode + ", which does not provide " + resource);
            }
            checkRecords(packet, entry, header);
            if (header.sequence() <= facts.lastSequence()) {
                throw refusal("packet.replayed", "Sequence " + header.sequence() + " is not above "
                        + facts.lastSequence() + ", the last accepted from " + source + " for " + resource);
            }
        } catch (Refusal r) {
            throw refuse(header, r.reason, r.getMessage(), r.details);
        }
        Receipt receipt = keys.receiptIssuer().issue(packetId, manifestDigest, source, resource,
                header.sequence(), header.recordCount(), receivedAt);
        String receiptJson = new String(receipt.toJson(), StandardCharsets.UTF_8);
        long size;
        try {
            size = Files.size(temp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // on disk first, then the row: a row (and so a receipt) never exists without its file
        boolean kept;
        try {
            kept = store.keepSubmission(temp, packetId);
        } catch (PacketStore.ConcurrentUpload e) {
            kept = false;
        }
        if (!kept) {
            return ledger.receiptOf(packetId).map(given -> new Outcome(given, true))
                    .orElseThrow(() -> new Conflict("Packet " + packetId + " is being accepted from "
                            + "another upload right now; send it again in a moment to get its receipt"));
        }
        for (int attempt = 1; ; attempt++) {
            try {
                ledger.accept(new ExchangePacketRow(packetId, source, departmentCode, resource, header.sequence(),
                        header.operation().name(), header.recordCount(), size, manifestDigest, receivedAt,
                        receiptJson));
                break;
            } catch (PacketLedger.SequenceOvertaken e) {
                store.discard(store.submission(packetId));
                throw refuse(header, "packet.replayed", "Sequence " + header.sequence() + " is not above "
                        + e.last() + ", accepted from " + source + " for " + resource + " meanwhile");
            } catch (PersistenceException | jakarta.transaction.TransactionalException e) {
                Optional<Outcome> settled = afterFailedCommit(packetId, source, resource, header.sequence(),
                        attempt, e);
                if (settled.isPresent()) {
                    return settled.get();
                }
            }
        }
        delivery.submitted(packetId);
        return new Outcome(receiptJson, false);
    }

    /**
     * The accept transaction failed. Either the same id committed concurrently (answer its receipt), or a packet
     * with this sequence or a later one did (a replay), or the database could not commit in time (Derby's lock
     * timeout under load): then the commit is tried again, and after the last attempt the sender gets 503 with
     * Retry-After — sending the same packet again is safe, and nothing was stored.
     *
     * @return the outcome to answer, or empty to try the commit again
     */
    private Optional<Outcome> afterFailedCommit(String packetId, String source, String resource, long sequence,
                                                int attempt, RuntimeException failure) {
        Optional<String> given = ledger.receiptOf(packetId);
        if (given.isPresent()) {
            return Optional.of(new Outcome(given.get(), true));
        }
        long last = ledger.lastSequence(source, resource);
        if (sequence <= last) {
            store.discard(store.submission(packetId));
            throw refuse(null, "packet.replayed", "Sequence " + sequence + " of " + source + " for " + resource
                    + " is not above " + last + ", accepted meanwhile");
        }
        if (attempt >= ACCEPT_ATTEMPTS) {
            store.discard(store.submission(packetId));
            LOG.log(java.util.logging.Level.WARNING, "Packet " + packetId + " could not be committed after "
                    + attempt + " attempts; the sender is asked to send it again", failure);
            throw ProblemException.serviceUnavailable("The hub's database could not record packet " + packetId
                    + " in time; nothing was stored — send the same packet again", 1);
        }
        LOG.fine(() -> "Commit of packet " + packetId + " failed (" + failure + "); attempt " + (attempt + 1));
        try {
            Thread.sleep(20L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    private ExchangeNodeRow checkSender(OpenedPacket packet, PacketHeader header, Optional<ExchangeNodeRow> registered) {
        String source = header.sourceNode();
        ExchangeNodeRow node = registered.orElseThrow(() -> refusal("signer.untrusted",
                "No node '" + source + "' is registered at this hub"));
        if (node.status() != NodeStatus.ACTIVE) {
            throw refusal(node.status() == NodeStatus.REVOKED ? "signer.revoked" : "signer.untrusted",
                    "Node " + source + " is " + node.status());
        }
        String signerSerial = Certificates.serialHex(packet.signerCertificate());
        String signerNode = Certificates.nodeId(packet.signerCertificate());
        if (!source.equals(signerNode) || !signerSerial.equalsIgnoreCase(node.certificateSerial())) {
            throw refusal("signer.untrusted", "The packet is signed by certificate " + signerSerial + " of '"
                    + signerNode + "', not by the certificate registered for node " + source);
        }
        if (!user.has(Role.PLATFORM_ADMIN) && !node.departmentCode().equals(user.departmentCode().orElse(null))) {
            ledger.reject(header.packetId().value(), source, header.resourceCode().toString(),
                    "exchange.sender-not-authorized", "account " + user.actorName() + " of department "
                            + user.departmentCode().orElse("(none)") + " sent a packet of node " + source);
            throw new ProblemException(403, "Forbidden", "Node " + source + " belongs to department "
                    + node.departmentCode() + "; your account may submit only for its own department's nodes",
                    List.of(new FieldError("header.sourceNode", "exchange.sender-not-authorized",
                            "not a node of your department")));
        }
        return node;
    }

    private void checkRecords(OpenedPacket packet, CatalogEntry entry, PacketHeader header) {
        RecordRules rules = RecordRules.of(entry, header.operation());
        List<FieldError> errors = new java.util.ArrayList<>();
        String reason = null;
        long line = 0;
        try (RecordStream records = packet.records()) {
            while (records.hasNext()) {
                JsonObject record = records.next();
                line++;
                try {
                    rules.check(record, line);
                } catch (PacketFormatException violation) {
                    // 不予共享 outranks the rest: it is the one a reviewer must see first
                    if (reason == null || Reason.RECORDS_ITEM_NOT_SHARED.equals(violation.reason())) {
                        reason = violation.reason().code();
                    }
                    if (errors.size() < MAX_RECORD_ERRORS) {
                        errors.add(new FieldError("records[" + line + "]", violation.reason().code(), violation.getMessage()));
                    }
                }
            }
        } catch (PacketException e) {
            throw refusal(e.reason().code(), e.getMessage());
        }
        if (!errors.isEmpty()) {
            throw new Refusal(reason, "records do not conform to catalog entry " + entry.code()
                    + " (first " + errors.size() + " problems listed)", errors);
        }
    }

    private ValidationFailed refuse(PacketHeader header, String reason, String message) {
        return refuse(header, reason, message, List.of());
    }

    private ValidationFailed refuse(PacketHeader header, String reason, String message, List<FieldError> details) {
        String packetId = header == null ? null : header.packetId().value();
        String source = header == null ? null : header.sourceNode();
        String resource = header == null ? null : header.resourceCode().toString();
        ledger.reject(packetId, source, resource, reason, message);
        LOG.fine(() -> "Refused packet " + packetId + ": " + reason + " " + message);
        List<FieldError> errors = details.isEmpty() ? List.of(new FieldError("packet", reason, message)) : details;
        return new ValidationFailed("The packet was refused (" + reason + "): " + message, errors);
    }

    private static Refusal refusal(String reason, String message) {
        return new Refusal(reason, message, List.of());
    }

    /** A refusal found after the packet was opened, so its header can go into the failure list. */
    private static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String reason;
        final transient List<FieldError> details;

        Refusal(String reason, String message, List<FieldError> details) {
            super(message, null, false, false);
            this.reason = reason;
            this.details = details;
        }
    }
}
