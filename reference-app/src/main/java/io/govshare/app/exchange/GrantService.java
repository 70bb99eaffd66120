package io.govshare.app.exchange;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.transaction.Transactional;

import io.govshare.app.audit.AuditLog;
import io.govshare.app.audit.AuditTarget;
import io.govshare.app.department.Departments;
import io.govshare.app.platform.FieldError;
import io.govshare.app.platform.domain.InvalidInput;
import io.govshare.app.platform.domain.NotFound;
import io.govshare.app.platform.outbox.Outbox;
import io.govshare.app.platform.security.CurrentActor;
import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.DataItem;
import io.govshare.catalog.ShareType;

/**
 * Grants: which consumer department receives which resource, and which of its data items. Created by a platform
 * admin (the application and review workflow comes with the sharing portal). An item the catalog marks 不予共享
 * can never be granted, so it can never be routed.
 */
@ApplicationScoped
public class GrantService {

    @Inject
    Outbox outbox;
    @Inject
    ExchangeRepository repository;

    @Inject
    ExchangeCatalog catalog;

    @Inject
    Departments departments;

    @Inject
    AuditLog audit;

    @Inject
    CurrentActor user;

    /** Creates the grant, or replaces the items of the existing grant of that department and resource. */
    @Transactional
    public ExchangeGrantRow grant(String consumerDepartment, String resourceCode, List<String> requestedItems) {
        return grant(consumerDepartment, resourceCode, requestedItems, false);
    }

    /**
     * As {@link #grant(String, String, List)}; a new grant starts paused if {@code startPaused} (an approved
     * application delivers once its subscription starts). An existing grant keeps its pause state.
     */
    @Transactional
    public ExchangeGrantRow grant(String consumerDepartment, String resourceCode, List<String> requestedItems,
                                 boolean startPaused) {
        departments.find(consumerDepartment).orElseThrow(() -> new InvalidInput("consumerDepartment",
                "exchange.department-unknown", "No department with code " + consumerDepartment));
        CatalogEntry entry = catalog.exchangeable(resourceCode).orElseThrow(() -> new InvalidInput(
                "resourceCode", "exchange.resource-not-exchangeable",
                "No REGISTERED or PUBLISHED catalog entry with code " + resourceCode));
        if (entry.provider() != null && consumerDepartment.equals(entry.provider().code())) {
            throw new InvalidInput("consumerDepartment", "exchange.grant-to-provider",
                    "The provider department already holds its own resource");
        }
        List<String> items = checkedItems(entry, requestedItems);
        String itemsJson = toJson(items);
        var existing = repository.grant(consumerDepartment, resourceCode);
        ExchangeGrantRow grant;
        if (existing.isPresent()) {
            grant = existing.get();
            String before = view(grant).toString();
            grant.changeItems(itemsJson);
            audit.record("exchange.grant.change", AuditTarget.EXCHANGE_GRANT, String.valueOf(grant.id()), before,
                    view(grant).toString(), null);
            ExchangeEvents.grant(outbox, ExchangeEvents.GRANT_CHANGED, grant);
        } else {
            grant = new ExchangeGrantRow(consumerDepartment, resourceCode, itemsJson, user.actorName(),
                    Instant.now().truncatedTo(ChronoUnit.MICROS));
            grant.pause(startPaused);
            repository.insert(grant);
            repository.flush();
            audit.record("exchange.grant.create", AuditTarget.EXCHANGE_GRANT, String.valueOf(grant.id()), null,
                    view(grant).toString(), null);
            ExchangeEvents.grant(outbox, ExchangeEvents.GRANT_CREATED, grant);
        }
        return grant;
    }

    /** Holds or releases the deliveries of a grant (its subscription paused or resumed). */
    @Transactional
    public void pause(long id, boolean paused) {
        ExchangeGrantRow grant = repository.grant(id).orElseThrow(() -> new NotFound("No grant " + id));
        if (grant.paused() != paused) {
            String before = view(grant).toString();
            grant.pause(paused);
            audit.record(paused ? "exchange.grant.pause" : "exchange.grant.resume", AuditTarget.EXCHANGE_GRANT,
                    String.valueOf(id), before, view(grant).toString(), null);
            ExchangeEvents.grant(outbox, paused ? ExchangeEvents.GRANT_PAUSED : ExchangeEvents.GRANT_RESUMED, grant);
        }
    }

    @Transactional
    public void revoke(long id) {
        ExchangeGrantRow grant = repository.grant(id).orElseThrow(() -> new NotFound("No grant " + id));
        String before = view(grant).toString();
        repository.delete(grant);
        audit.record("exchange.grant.delete", AuditTarget.EXCHANGE_GRANT, String.valueOf(id), before, null, null);
        ExchangeEvents.grant(outbox, ExchangeEvents.GRANT_REVOKED, grant);
    }

    @Transactional
    public List<ExchangeGrantRow> list(String resourceCodeOrNull) {
        return repository.grants(resourceCodeOrNull);
    }

    /** Without a list: every item that may be shared. With one: each must exist and be shareable. */
    private static List<String> checkedItems(CatalogEntry entry, List<String> requested) {
        ShareType resourceShare = entry.share() == null ? null : entry.share().type();
        if (resourceShare == ShareType.NONE) {
            throw new InvalidInput("resourceCode", "exchange.resource-not-shared",
                    "The resource is 不予共享 (share type NONE) and cannot be granted");
        }
        Map<String, DataItem> byName = entry.dataItems().stream()
                .collect(Collectors.toMap(DataItem::name, Function.identity(), (a, b) -> a));
        if (requested == null) {
            return entry.dataItems().stream()
                    .filter(item -> item.effectiveShareType(resourceShare) != ShareType.NONE)
                    .map(DataItem::name)
                    .toList();
        }
        if (requested.isEmpty()) {
            throw new InvalidInput("items", "exchange.grant-items-empty",
                    "items must name at least one data item (or be left out to grant every shareable item)");
        }
        List<FieldError> errors = new ArrayList<>();
        Set<String> items = new LinkedHashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            String name = requested.get(i);
            DataItem item = byName.get(name);
            if (item == null) {
                errors.add(new FieldError("items[" + i + "]", "exchange.item-unknown",
                        "'" + name + "' is not a data item of " + entry.code()));
            } else if (item.effectiveShareType(resourceShare) == ShareType.NONE) {
                errors.add(new FieldError("items[" + i + "]", "exchange.item-not-shared",
                        "'" + name + "' is 不予共享 (share type NONE) and can never be granted"));
            } else {
                items.add(name);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The grant names items that cannot be granted", errors);
        }
        return List.copyOf(items);
    }

    static List<String> items(ExchangeGrantRow grant) {
        try (var reader = Json.createReader(new java.io.StringReader(grant.itemsJson()))) {
            return reader.readArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
    }

    private static String toJson(List<String> items) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        items.forEach(array::add);
        return array.build().toString();
    }

    static JsonObject view(ExchangeGrantRow grant) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        items(grant).forEach(items::add);
        return Json.createObjectBuilder()
                .add("id", grant.id() == null ? 0 : grant.id())
                .add("consumerDepartment", grant.consumerDepartment())
                .add("resourceCode", grant.resourceCode())
                .add("items", items)
                .add("paused", grant.paused())
                .add("createdBy", grant.createdBy())
                .add("createdAt", grant.createdAt().toString())
                .build();
    }
}
