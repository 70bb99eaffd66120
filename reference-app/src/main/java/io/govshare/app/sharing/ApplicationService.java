package io.govshare.app.sharing;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.transaction.Transactional;

import io.govshare.app.audit.AuditLog;
import io.govshare.app.audit.AuditTarget;
import io.govshare.app.catalog.CatalogLookup;
import io.govshare.app.department.Departments;
import io.govshare.app.exchange.Grants;
import io.govshare.app.platform.FieldError;
import io.govshare.app.platform.JsonFields;
import io.govshare.app.platform.domain.Conflict;
import io.govshare.app.platform.domain.InvalidInput;
import io.govshare.app.platform.domain.NotFound;
import io.govshare.app.platform.domain.NotPermitted;
import io.govshare.app.platform.outbox.Outbox;
import io.govshare.app.platform.security.CurrentActor;
import io.govshare.app.platform.security.Role;
import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.DataItem;
import io.govshare.catalog.ShareType;

/**
 * The resource application (资源申请) workflow: a department applies for chosen data items of a shared resource
 * with a purpose, a legal basis and a period; the platform reviews it for conformity; the providing department's
 * reviewer approves or refuses with reasons; approval creates the grant that routes the data to the consumer's
 * nodes once the consumer subscribes.
 * <p>
 * 以共享为原则: an application for 无条件共享 items only is granted by the conformity review itself — the provider
 * has nothing to decide for data it shares with every department. Each waiting stage has a deadline in working
 * days ({@link SharingConfig}); {@link SlaReminders} reminds whoever is late.
 */
@ApplicationScoped
public class ApplicationService {

    static final int MAX_PURPOSE = 2000;
    static final int MIN_PURPOSE = 4;
    static final int MAX_LEGAL_BASIS = 1000;
    static final int MAX_REASON = 2000;
    /** Longer uses are applied for again: a grant should not outlive the need it was given for. */
    static final int MAX_PERIOD_YEARS = 3;

    @Inject
    Outbox outbox;
    @Inject
    SharingRepository repository;
    @Inject
    CatalogLookup catalog;
    @Inject
    Departments departments;
    @Inject
    Grants grants;
    @Inject
    Notifications notifications;
    @Inject
    SharingConfig config;
    @Inject
    CurrentActor user;
    @Inject
    AuditLog audit;

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    @Transactional
    public ShareApplicationRow submit(JsonObject body) {
        JsonObject request = JsonFields.body(body);
        String consumer = user.requireDepartmentCode();
        String resourceCode = JsonFields.requiredString(request, "resourceCode");
        CatalogLookup.CatalogRecord row = catalog.find(resourceCode).orElseThrow(() -> new InvalidInput(
                "resourceCode", "sharing.resource-unknown", "No catalog entry with code " + resourceCode));
        if (!row.exchangeable()) {
            throw new InvalidInput("resourceCode", "sharing.resource-not-available",
                    "Catalog entry " + resourceCode + " is " + row.status() + "; only REGISTERED or PUBLISHED entries"
                            + " can be applied for");
        }
        CatalogEntry entry = row.entry();
        String provider = entry.provider().code();
        if (provider.equals(consumer)) {
            throw new InvalidInput("resourceCode", "sharing.own-resource",
                    "Your department provides " + resourceCode + " itself");
        }
        ShareType resourceShare = entry.share() == null ? null : entry.share().type();
        if (resourceShare == ShareType.NONE) {
            throw new InvalidInput("resourceCode", "sharing.resource-not-shared",
                    "Catalog entry " + resourceCode + " is 不予共享 (share type NONE)");
        }
        List<String> items = checkedItems(entry, resourceShare, request);
        boolean conditional = items.stream().anyMatch(name -> itemShare(entry, resourceShare, name) == ShareType.CONDITIONAL);
        String purpose = text(request, "purpose", MIN_PURPOSE, MAX_PURPOSE, true);
        String legalBasis = text(request, "legalBasis", 0, MAX_LEGAL_BASIS, false);
        if (conditional && legalBasis == null) {
            throw new InvalidInput("legalBasis", "sharing.legal-basis-required",
                    "legalBasis is required: the items applied for include 有条件共享 items, which are shared only"
                            + " on a cited law, regulation or policy");
        }
        LocalDate from = date(request, "periodFrom");
        LocalDate to = date(request, "periodTo");
        LocalDate today = LocalDate.now(WorkingCalendar.ZONE);
        List<FieldError> errors = new ArrayList<>();
        if (to.isBefore(from)) {
            errors.add(new FieldError("periodTo", "sharing.period-order", "periodTo must not be before periodFrom"));
        }
        if (to.isBefore(today)) {
            errors.add(new FieldError("periodTo", "sharing.period-past", "periodTo must not be in the past"));
        }
        if (from.plusYears(MAX_PERIOD_YEARS).isBefore(to)) {
            errors.add(new FieldError("periodTo", "sharing.period-too-long",
                    "the period may span at most " + MAX_PERIOD_YEARS + " years; apply again to extend it"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The period of use is not valid", errors);
        }
        if (repository.hasPendingApplication(consumer, resourceCode)) {
            throw new Conflict("Your department already has an application for " + resourceCode
                    + " under review; wait for its outcome or withdraw it");
        }
        Instant now = now();
        ShareApplicationRow application = new ShareApplicationRow(resourceCode, entry.name(), provider, consumer,
                user.username(), itemsJson(items), purpose, legalBasis, from, to, now,
                config.calendar().deadline(now, config.conformityDays()));
        repository.insert(application);
        audit.record("sharing.application.submit", AuditTarget.SHARE_APPLICATION, application.id().toString(), null,
                ApplicationViews.view(application, null, config.calendar(), now).toString(), null);
        notifications.send(notifications.holders(Role.PLATFORM_REVIEWER, null), "application.conformity-review",
                "share-application", application.id(), "资源申请待合规性审核：" + entry.name() + "（申请部门 "
                        + departmentName(consumer) + "）");
        return application;
    }

    /** The platform's conformity review: PASS moves the application on, REFUSE (reason required) ends it. */
    @Transactional
    public ShareApplicationRow conformity(long id, JsonObject body) {
        Decision choice = Decision.of(body, "PASS", "REFUSE");
        String decision = choice.decision();
        String note = choice.reason();
        ShareApplicationRow application = locked(id);
        requireStatus(application, ShareApplicationRow.Status.CONFORMITY_REVIEW);
        String before = ApplicationViews.view(application, null, config.calendar(), now()).toString();
        Instant now = now();
        if (decision.equals("REFUSE")) {
            application.conformity(ShareApplicationRow.Status.NONCONFORMING, user.username(), now, note, null);
            SharingEvents.applicationDecided(outbox, application, user.username(), note);
            notifications.send(List.of(application.applicant()), "application.nonconforming", "share-application", id,
                    "资源申请未通过合规性审核：" + application.resourceName() + "。理由：" + note);
        } else if (onlyUnconditionalItems(application)) {
            application.conformity(ShareApplicationRow.Status.PROVIDER_REVIEW, user.username(), now, note, null);
            approve(application, now, "无条件共享：合规性审核通过即授权", "资源申请已批准（无条件共享）：");
        } else {
            int days = isPublished(application.resourceCode()) ? config.providerDays() : config.unpublishedProviderDays();
            application.conformity(ShareApplicationRow.Status.PROVIDER_REVIEW, user.username(), now, note,
                    config.calendar().deadline(now, days));
            notifications.send(notifications.holders(Role.DEPT_REVIEWER, application.providerDepartment()),
                    "application.provider-review", "share-application", id, "资源申请待审批：" + application.resourceName()
                            + "（申请部门 " + departmentName(application.consumerDepartment()) + "），" + days + " 个工作日内答复");
        }
        audit.record("sharing.application.conformity." + decision, AuditTarget.SHARE_APPLICATION, String.valueOf(id), before,
                ApplicationViews.view(application, null, config.calendar(), now).toString(), note);
        return application;
    }

    /** The providing department's reviewer approves (a grant is created) or refuses (reason required). */
    @Transactional
    public ShareApplicationRow decide(long id, JsonObject body) {
        Decision choice = Decision.of(body, "APPROVE", "REFUSE");
        String decision = choice.decision();
        String reason = choice.reason();
        ShareApplicationRow application = locked(id);
        if (!application.providerDepartment().equals(user.departmentCode().orElse(null))) {
            throw new NotPermitted("Application " + id + " is decided by a reviewer of the providing"
                    + " department " + application.providerDepartment());
        }
        requireStatus(application, ShareApplicationRow.Status.PROVIDER_REVIEW);
        String before = ApplicationViews.view(application, null, config.calendar(), now()).toString();
        Instant now = now();
        if (decision.equals("REFUSE")) {
            application.decide(ShareApplicationRow.Status.REFUSED, user.username(), now, reason, null);
            SharingEvents.applicationDecided(outbox, application, user.username(), reason);
            notifications.send(List.of(application.applicant()), "application.refused", "share-application", id,
                    "资源申请被提供部门拒绝：" + application.resourceName() + "。理由：" + reason);
        } else {
            approve(application, now, reason, "资源申请已批准：");
        }
        audit.record("sharing.application.decision." + decision, AuditTarget.SHARE_APPLICATION, String.valueOf(id), before,
                ApplicationViews.view(application, null, config.calendar(), now).toString(), reason);
        return application;
    }

    /** The applicant takes back an application still under review. */
    @Transactional
    public ShareApplicationRow withdraw(long id) {
        ShareApplicationRow application = locked(id);
        if (!application.applicant().equals(user.username())) {
            throw new NotPermitted("Only the applicant can withdraw application " + id);
        }
        if (!application.status().pending()) {
            throw new Conflict("Application " + id + " is " + application.status()
                    + "; only an application under review can be withdrawn");
        }
        application.withdraw(now());
        audit.record("sharing.application.withdraw", AuditTarget.SHARE_APPLICATION, String.valueOf(id), null, null, null);
        return application;
    }

    /** A reviewer's choice of two and its reason, which a refusal must give. */
    private record Decision(String decision, String reason) {
        static Decision of(JsonObject body, String yes, String no) {
            JsonObject request = JsonFields.body(body);
            String decision = choice(request, "decision", Set.of(yes, no));
            return new Decision(decision, text(request, "reason", 0, MAX_REASON, decision.equals(no)));
        }
    }

    private ShareApplicationRow locked(long id) {
        return repository.lockApplication(id).orElseThrow(() -> new NotFound("No application " + id));
    }

    /** The grant (paused until the consumer subscribes), the decision, and the applicant told. */
    private void approve(ShareApplicationRow application, Instant now, String reason, String message) {
        Grants.GrantInfo grant = grants.grant(application.consumerDepartment(), application.resourceCode(),
                ApplicationViews.items(application), true);
        application.decide(ShareApplicationRow.Status.APPROVED, user.username(), now, reason, grant.id());
        SharingEvents.applicationDecided(outbox, application, user.username(), reason);
        notifications.send(List.of(application.applicant()), "application.approved", "share-application",
                application.id(), message + application.resourceName() + "。订阅后即可接收数据。");
    }

    private void requireStatus(ShareApplicationRow application, ShareApplicationRow.Status expected) {
        if (application.status() != expected) {
            throw new Conflict("Application " + application.id() + " is " + application.status()
                    + ", not " + expected);
        }
    }

    private boolean onlyUnconditionalItems(ShareApplicationRow application) {
        return catalog.find(application.resourceCode()).map(row -> {
            CatalogEntry entry = row.entry();
            ShareType resourceShare = entry.share() == null ? null : entry.share().type();
            return ApplicationViews.items(application).stream()
                    .allMatch(name -> itemShare(entry, resourceShare, name) == ShareType.UNCONDITIONAL);
        }).orElse(false);
    }

    private boolean isPublished(String resourceCode) {
        return catalog.find(resourceCode).map(CatalogLookup.CatalogRecord::published).orElse(false);
    }

    String departmentName(String code) {
        return departments.find(code).map(d -> d.name()).orElse(code);
    }

    private static ShareType itemShare(CatalogEntry entry, ShareType resourceShare, String name) {
        return entry.dataItems().stream().filter(item -> item.name().equals(name)).findFirst()
                .map(item -> item.effectiveShareType(resourceShare)).orElse(ShareType.NONE);
    }

    /** The chosen items: at least one, each an item of the entry, none 不予共享, no repeats. */
    private static List<String> checkedItems(CatalogEntry entry, ShareType resourceShare, JsonObject request) {
        if (!request.containsKey("items") || request.isNull("items")
                || request.get("items").getValueType() != jakarta.json.JsonValue.ValueType.ARRAY
                || request.getJsonArray("items").isEmpty()) {
            throw new InvalidInput("items", "sharing.items-required",
                    "items must list at least one data item of the resource by name");
        }
        Map<String, DataItem> byName = entry.dataItems().stream()
                .collect(Collectors.toMap(DataItem::name, Function.identity(), (a, b) -> a));
        Set<String> chosen = new LinkedHashSet<>();
        List<FieldError> errors = new ArrayList<>();
        var array = request.getJsonArray("items");
        for (int i = 0; i < array.size(); i++) {
            String field = "items[" + i + "]";
            if (!(array.get(i) instanceof JsonString name)) {
                errors.add(new FieldError(field, "sharing.item-name", "must be an item name (a string)"));
                continue;
            }
            DataItem item = byName.get(name.getString());
            if (item == null) {
                errors.add(new FieldError(field, "sharing.item-unknown", "'" + name.getString()
                        + "' is not a data item of " + entry.code()));
            } else if (item.effectiveShareType(resourceShare) == ShareType.NONE) {
                errors.add(new FieldError(field, "sharing.item-not-shared", "'" + name.getString()
                        + "' is 不予共享 and cannot be applied for"));
            } else if (!chosen.add(item.name())) {
                errors.add(new FieldError(field, "sharing.item-repeated", "'" + name.getString() + "' is listed twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The items applied for are not valid", errors);
        }
        return List.copyOf(chosen);
    }

    static String itemsJson(List<String> items) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        items.forEach(array::add);
        return array.build().toString();
    }

    static List<String> parseItems(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
    }

    /** A text field: trimmed, within bounds; null when optional and absent or blank. */
    static String text(JsonObject request, String name, int min, int max, boolean required) {
        String value = JsonFields.optionalString(request, name);
        value = value == null ? null : value.strip();
        if (value == null || value.isEmpty()) {
            if (required) {
                throw new InvalidInput(name, "required", name + " is required");
            }
            return null;
        }
        if (value.length() < min || value.length() > max) {
            throw new InvalidInput(name, "length", name + " must be " + min + " to " + max
                    + " characters, got " + value.length());
        }
        return value;
    }

    static String choice(JsonObject request, String name, Set<String> allowed) {
        String value = JsonFields.requiredString(request, name);
        if (!allowed.contains(value)) {
            throw new InvalidInput(name, "one-of", name + " must be one of " + allowed.stream().sorted()
                    .toList() + ", got '" + value + "'");
        }
        return value;
    }

    private static LocalDate date(JsonObject request, String name) {
        String value = JsonFields.requiredString(request, name);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(name, "date", name + " must be a date yyyy-MM-dd, got '" + value + "'");
        }
    }
}
