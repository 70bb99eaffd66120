package io.govshare.app.exchange;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;

import io.govshare.app.audit.AuditLog;
import io.govshare.app.audit.AuditTarget;
import io.govshare.app.department.Departments;
import io.govshare.app.platform.domain.Conflict;
import io.govshare.app.platform.domain.InvalidInput;
import io.govshare.app.platform.domain.NotFound;
import io.govshare.app.platform.domain.NotPermitted;
import io.govshare.app.platform.keys.HubKeys;
import io.govshare.app.platform.security.CurrentActor;
import io.govshare.app.platform.security.Role;
import io.govshare.security.identity.CertificateRequestException;
import io.govshare.security.identity.CertificateRequests;
import io.govshare.security.identity.Certificates;
import io.govshare.security.identity.ParsedRequest;
import io.govshare.security.identity.Revocation;

/**
 * Node registration: a department sends its node's certificate request (CSR); a platform admin approves it and
 * the hub's CA issues the certificate, or rejects it; an admin may revoke an active node, which puts its
 * certificate on the hub's revocation list at once.
 */
@ApplicationScoped
public class NodeRegistry {

    @Inject
    ExchangeRepository repository;

    @Inject
    Departments departments;

    @Inject
    HubKeys keys;

    @Inject
    ExchangeConfig config;

    @Inject
    AuditLog audit;

    @Inject
    CurrentActor user;

    @Transactional
    public ExchangeNodeRow register(String csrPem, String pushUrl, String departmentCodeOrNull) {
        if (csrPem == null || csrPem.isBlank()) {
            throw new InvalidInput("csr", "required", "csr (the node's PKCS#10 request, PEM) is required");
        }
        ParsedRequest request;
        try {
            request = CertificateRequests.parse(csrPem);
        } catch (CertificateRequestException e) {
            throw new InvalidInput("csr", "exchange.csr-invalid", e.getMessage());
        }
        if (!request.profile().name().equals(keys.hub().profile().name())) {
            throw new InvalidInput("csr", "exchange.csr-profile", "The request's key is a "
                    + request.profile().name() + " key, but this hub issues " + keys.hub().profile().name()
                    + " certificates (govshare.exchange.crypto-profile); generate the node key with that profile");
        }
        if (HubKeys.HUB_NODE_ID.equals(request.nodeId())) {
            throw new InvalidInput("csr", "exchange.node-id-reserved", "node id 'hub' is reserved for the hub");
        }
        String department = departmentFor(departmentCodeOrNull);
        String push = checkedPushUrl(pushUrl);
        Optional<ExchangeNodeRow> existing = repository.node(request.nodeId());
        if (existing.isPresent()) {
            throw new Conflict("Node '" + request.nodeId() + "' is already registered ("
                    + existing.get().status() + "); a node id is never reused");
        }
        ExchangeNodeRow node = new ExchangeNodeRow(request.nodeId(), department, request.profile().name(), csrPem.trim(),
                push, user.actorName(), now());
        repository.insert(node);
        audit.record("exchange.node.register", AuditTarget.EXCHANGE_NODE, node.nodeId(), null, view(node).toString(), null);
        return node;
    }

    @Transactional
    public ExchangeNodeRow approve(String nodeId) {
        ExchangeNodeRow node = pending(nodeId);
        ParsedRequest request = CertificateRequests.parse(node.csrPem());
        Instant now = now();
        X509Certificate certificate = keys.ca().issueNodeCertificate(nodeId, request.publicKey(),
                now.minus(5, ChronoUnit.MINUTES), now.plus(config.certificateValidity()));
        String before = view(node).toString();
        node.approve(Certificates.toPem(certificate), Certificates.serialHex(certificate), user.actorName(), now);
        audit.record("exchange.node.approve", AuditTarget.EXCHANGE_NODE, nodeId, before, view(node).toString(), null);
        return node;
    }

    @Transactional
    public ExchangeNodeRow reject(String nodeId, String reason) {
        requireReason(reason);
        ExchangeNodeRow node = pending(nodeId);
        String before = view(node).toString();
        node.reject(reason, user.actorName(), now());
        audit.record("exchange.node.reject", AuditTarget.EXCHANGE_NODE, nodeId, before, view(node).toString(), reason);
        return node;
    }

    @Transactional
    public ExchangeNodeRow revoke(String nodeId, String reason) {
        requireReason(reason);
        ExchangeNodeRow node = find(nodeId);
        if (node.status() != NodeStatus.ACTIVE) {
            throw new Conflict("Only an ACTIVE node can be revoked; '" + nodeId + "' is " + node.status());
        }
        String before = view(node).toString();
        node.revoke(reason, now());
        audit.record("exchange.node.revoke", AuditTarget.EXCHANGE_NODE, nodeId, before, view(node).toString(), reason);
        repository.flush();
        keys.publishRevocations(repository.revokedNodes().stream().map(NodeRegistry::revocation).toList());
        return node;
    }

    @Transactional
    public ExchangeNodeRow changePushUrl(String nodeId, String pushUrl) {
        ExchangeNodeRow node = find(nodeId);
        requireOwnDepartment(node);
        String before = view(node).toString();
        node.changePushUrl(checkedPushUrl(pushUrl));
        audit.record("exchange.node.push-url", AuditTarget.EXCHANGE_NODE, nodeId, before, view(node).toString(), null);
        return node;
    }

    /** Rebuilds the revocation list from the database (at start). */
    @Transactional
    public void publishRevocations() {
        keys.publishRevocations(repository.revokedNodes().stream().map(NodeRegistry::revocation).toList());
    }

    @Transactional
    public List<ExchangeNodeRow> list() {
        if (user.has(Role.PLATFORM_ADMIN) || user.has(Role.AUDITOR) || user.has(Role.PLATFORM_REVIEWER)) {
            return repository.nodes(null);
        }
        return repository.nodes(user.requireDepartmentCode());
    }

    @Transactional
    public ExchangeNodeRow get(String nodeId) {
        ExchangeNodeRow node = find(nodeId);
        if (!(user.has(Role.PLATFORM_ADMIN) || user.has(Role.AUDITOR) || user.has(Role.PLATFORM_REVIEWER))) {
            requireOwnDepartment(node);
        }
        return node;
    }

    /** A node the current user may act for (admin: any; others: their department's), that is ACTIVE. */
    @Transactional
    public ExchangeNodeRow activeNodeOfCurrentUser(String nodeId) {
        ExchangeNodeRow node = repository.node(nodeId).orElseThrow(() -> new InvalidInput("node",
                "exchange.node-unknown", "No node '" + nodeId + "' is registered"));
        if (!user.has(Role.PLATFORM_ADMIN)) {
            requireOwnDepartment(node);
        }
        if (node.status() != NodeStatus.ACTIVE) {
            throw new NotPermitted("Node '" + nodeId + "' is " + node.status() + ", not ACTIVE");
        }
        return node;
    }

    static JsonObjectBuilder view(ExchangeNodeRow node) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("nodeId", node.nodeId())
                .add("departmentCode", node.departmentCode())
                .add("status", node.status().name())
                .add("cryptoProfile", node.cryptoProfile())
                .add("requestedBy", node.requestedBy())
                .add("requestedAt", node.requestedAt().toString());
        addIfPresent(json, "pushUrl", node.pushUrl());
        addIfPresent(json, "certificateSerial", node.certificateSerial());
        addIfPresent(json, "certificate", node.certificatePem());
        addIfPresent(json, "decidedBy", node.decidedBy());
        addIfPresent(json, "decidedAt", node.decidedAt());
        addIfPresent(json, "revokedAt", node.revokedAt());
        addIfPresent(json, "statusReason", node.statusReason());
        return json;
    }

    static JsonObject json(ExchangeNodeRow node) {
        return view(node).build();
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, Object value) {
        if (value != null) {
            json.add(name, value.toString());
        }
    }

    private String departmentFor(String requested) {
        if (user.has(Role.PLATFORM_ADMIN) && requested != null && !requested.isBlank()) {
            departments.find(requested).orElseThrow(() -> new InvalidInput("departmentCode",
                    "exchange.department-unknown", "No department with code " + requested));
            return requested;
        }
        if (requested != null && !requested.isBlank() && !requested.equals(user.departmentCode().orElse(null))) {
            throw new NotPermitted("You may register nodes of your own department only");
        }
        return user.departmentCode().orElseThrow(() -> new InvalidInput("departmentCode", "required",
                "departmentCode is required for a user without a department"));
    }

    private void requireOwnDepartment(ExchangeNodeRow node) {
        if (user.has(Role.PLATFORM_ADMIN)) {
            return;
        }
        if (!node.departmentCode().equals(user.departmentCode().orElse(null))) {
            throw new NotPermitted("Node '" + node.nodeId() + "' belongs to another department");
        }
    }

    private static String checkedPushUrl(String pushUrl) {
        if (pushUrl == null || pushUrl.isBlank()) {
            return null;
        }
        try {
            java.net.URI uri = java.net.URI.create(pushUrl.trim());
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException("not http(s)");
            }
            if (pushUrl.length() > 500) {
                throw new IllegalArgumentException("longer than 500 characters");
            }
            return uri.toString();
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("pushUrl", "exchange.push-url-invalid",
                    "pushUrl must be an absolute http(s) URL of at most 500 characters");
        }
    }

    private ExchangeNodeRow pending(String nodeId) {
        ExchangeNodeRow node = find(nodeId);
        if (node.status() != NodeStatus.PENDING) {
            throw new Conflict("Node '" + nodeId + "' is " + node.status() + ", not PENDING");
        }
        return node;
    }

    private ExchangeNodeRow find(String nodeId) {
        return repository.node(nodeId).orElseThrow(() -> new NotFound("No node '" + nodeId + "'"));
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "required", "a reason is required");
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static Revocation revocation(ExchangeNodeRow node) {
        return new Revocation(new BigInteger(node.certificateSerial(), 16), node.revokedAt());
    }
}
