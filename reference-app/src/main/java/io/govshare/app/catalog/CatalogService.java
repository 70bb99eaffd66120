package io.govshare.app.catalog;

import io.govshare.app.audit.AuditLog;
import io.govshare.app.audit.AuditTarget;
import io.govshare.app.department.Departments;
import io.govshare.app.platform.FieldError;
import io.govshare.app.platform.domain.Conflict;
import io.govshare.app.platform.domain.InvalidInput;
import io.govshare.app.platform.domain.NotFound;
import io.govshare.app.platform.domain.NotPermitted;
import io.govshare.app.platform.outbox.Outbox;
import io.govshare.app.platform.security.Role;
import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.CatalogStatus;
import io.govshare.catalog.ClassificationCode;
import io.govshare.catalog.ResourceCode;
import io.govshare.catalog.Violation;
import io.govshare.catalog.code.ResourceCodeStrategies;
import io.govshare.catalog.code.ResourceCodeStrategy;
import io.govshare.catalog.json.CatalogJson;
import io.govshare.catalog.json.ParsedEntry;
import io.govshare.catalog.validation.CatalogNeighbours;
import io.govshare.catalog.validation.CatalogValidator;
import io.govshare.catalog.validation.ValidationReport;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.logging.Logger;

/**
 * The catalog's use cases: create, edit, move through the lifecycle, read with history. Each write runs in one
 * transaction that saves the entry, a version row and an audit event together, and announces the change for
 * the search index once it has committed.
 */
@ApplicationScoped
public class CatalogService {

    static final String SYSTEM = "system";
    private static final Logger LOG = Logger.getLogger(CatalogService.class.getName());

    @Inject
    CatalogRepository repository;
    @Inject
    Departments departments;
    @Inject
    AuditLog audit;
    @Inject
    Outbox outbox;
    @Inject
    @ConfigProperty(name = "govshare.catalog.code-strategy", defaultValue = "national")
    String codeStrategyName;

    private ResourceCodeStrategy codeStrategy;
    private CatalogValidator validator;

    @PostConstruct
    void init() {
        codeStrategy = ResourceCodeStrategies.named(codeStrategyName);
        validator = CatalogValidator.using(codeStrategy);
    }

    /** Everything wrong with an entry — reading problems, rule violations and platform checks — without saving. */
    @Transactional
    public ValidationReport check(CatalogEntry entry, List<Violation> readViolations, String exceptCode) {
        return fullReport(entry, readViolations, exceptCode);
    }

    @Transactional
    public StoredEntry create(CatalogActor actor, CatalogEntry entry, List<Violation> readViolations) {
        requireEditRight(actor, entry);
        long changeSeq = repository.nextChangeSeq();
        ValidationReport report = fullReport(entry, readViolations, entry.code() == null ? null : entry.code().value());
        rejectIfInvalid(report, "The catalog entry is not valid");
        StoredEntry stored = insertNew(actor.username(), entry, CatalogStatus.DRAFT, changeSeq, "CREATE");
        return stored;
    }

    @Transactional
    public StoredEntry update(CatalogActor actor, String code, CatalogEntry edited, List<Violation> readViolations) {
        CatalogResourceRow row = visibleRow(actor, code);
        if (!CatalogPermissions.canEdit(actor, row.providerCode())) {
            throw new NotPermitted("Only the provider department's cataloguers may edit " + code);
        }
        requireEditRight(actor, edited);
        CatalogStatus current = row.status();
        if (!Lifecycle.isEditable(current)) {
            throw new Conflict("An entry in status " + current + " cannot be edited"
                    + (current == CatalogStatus.SUBMITTED ? " while it is under review" : ""));
        }
        if (edited.code() != null && !edited.code().value().equals(code)) {
            throw new InvalidInput("The resource code cannot be changed",
                    List.of(new FieldError("code", "code.immutable",
                            "code must be " + code + " or absent; a resource code never changes")));
        }
        if (edited.version() != null && edited.version() != row.version()) {
            throw new Conflict("The entry was changed meanwhile: you edited version " + edited.version()
                    + ", the current version is " + row.version() + ". Reload it and apply your change again.");
        }
        long changeSeq = repository.nextChangeSeq();
        CatalogEntry candidate = edited.withCode(ResourceCode.of(code));
        rejectIfInvalid(fullReport(candidate, readViolations, code),
                "The catalog entry is not valid");
        String before = row.document();
        CatalogEntry saved = candidate.withLifecycle(Lifecycle.statusAfterEdit(current), row.version() + 1);
        StoredEntry stored = save(row, saved, changeSeq, actor.username(), "EDIT", null);
        audit.record("catalog.edit", AuditTarget.CATALOG_RESOURCE, code, before, stored.document(), null);
        return stored;
    }

    @Transactional
    public StoredEntry transition(CatalogActor actor, String code, LifecycleAction action, String reason) {
        CatalogResourceRow row = visibleRow(actor, code);
        CatalogStatus current = row.status();
        if (!CatalogPermissions.canMove(actor, action, current, row.providerCode())) {
            throw new NotPermitted("You may not " + action + " entries of " + row.providerName()
                    + " in status " + current);
        }
        CatalogStatus target = Lifecycle.next(current, action).orElseThrow(() -> new Conflict(
                action + " is allowed only from " + Lifecycle.allowedFrom(action) + "; " + code + " is " + current));
        if (action == LifecycleAction.APPROVE && repository.lastActor(code, LifecycleAction.SUBMIT.name())
                .filter(actor.username()::equals).isPresent()) {
            throw new NotPermitted("Four-eyes rule: the person who submitted " + code
                    + " cannot approve it; another reviewer must");
        }
        long changeSeq = repository.nextChangeSeq();
        CatalogEntry entry = readStored(row);
        if (action == LifecycleAction.SUBMIT || action == LifecycleAction.PUBLISH) {
            // the catalog may have changed since the draft was saved (a duplicate name, a department renamed)
            rejectIfInvalid(fullReport(entry, List.of(), code),
                    "The entry cannot be " + (action == LifecycleAction.SUBMIT ? "submitted" : "published")
                            + " until these problems are fixed");
        }
        if (action == LifecycleAction.PUBLISH && entry.publishedOn() == null) {
            entry = entry.withPublishedOn(LocalDate.now(ZoneOffset.UTC));
        }
        String before = row.document();
        StoredEntry stored = save(row, entry.withLifecycle(target, row.version() + 1), changeSeq, actor.username(),
                action.name(), reason);
        audit.record("catalog.transition." + action, AuditTarget.CATALOG_RESOURCE, code, before, stored.document(), reason);
        return stored;
    }

    @Transactional
    public StoredEntry get(CatalogActor actor, String code) {
        CatalogResourceRow row = visibleRow(actor, code);
        return new StoredEntry(readStored(row), row.document(), row.changeSeq());
    }

    @Transactional
    public List<VersionView> versions(CatalogActor actor, String code) {
        visibleRow(actor, code);
        return repository.versions(code).stream()
                .map(CatalogVersionRow::view)
                .toList();
    }

    @Transactional
    public VersionView version(CatalogActor actor, String code, int version) {
        visibleRow(actor, code);
        CatalogVersionRow v = repository.version(code, version)
                .orElseThrow(() -> new NotFound(code + " has no version " + version));
        return v.view();
    }

    /**
     * Imports entries as one batch. Every candidate is checked first — its reading problems, the rules, the
     * caller's right to its department, and names repeated inside the batch. With {@code atomic} any error
     * imports nothing; without it the valid candidates are imported and the others reported.
     */
    @Transactional
    public ImportReport importEntries(CatalogActor actor, List<ImportCandidate> candidates, boolean atomic,
                                      CatalogStatus initialStatus) {
        repository.lockForWrite();
        Set<String> namesInBatch = new HashSet<>();
        Set<String> codesInBatch = new HashSet<>();
        List<ImportReport.Row> rows = new ArrayList<>();
        for (ImportCandidate candidate : candidates) {
            rows.add(checkCandidate(actor, candidate, namesInBatch, codesInBatch));
        }
        long failed = rows.stream().filter(r -> !r.errors().isEmpty()).count();
        if (atomic && failed > 0) {
            return ImportReport.rejected(rows);
        }
        long changeSeq = repository.reserveChangeSeqs(rows.size() - (int) failed);
        List<StoredEntry> saved = new ArrayList<>();
        List<ImportReport.Row> reported = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ImportReport.Row row = rows.get(i);
            if (!row.errors().isEmpty()) {
                reported.add(row);
                continue;
            }
            StoredEntry stored = insertNew(actor.username(), candidates.get(i).entry(), initialStatus, changeSeq++,
                    "IMPORT");
            saved.add(stored);
            reported.add(row.imported(stored.entry().code().value()));
            if (saved.size() % 500 == 0) {
                repository.flushAndClear(); // keeps the persistence context small on large imports
            }
        }
        return ImportReport.completed(reported);
    }

    /**
     * Seeds demo entries in the statuses {@code statusOf} gives by position. An entry the rules reject is logged
     * and left out rather than stopping the platform from starting.
     */
    @Transactional
    public int seedDemo(List<ParsedEntry> entries, IntFunction<CatalogStatus> statusOf) {
        repository.lockForWrite();
        List<StoredEntry> saved = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            ParsedEntry parsed = entries.get(i);
            ValidationReport report = parsed.entry() == null ? ValidationReport.of(parsed.violations())
                    : fullReport(parsed.entry(), parsed.violations(), null);
            if (!report.isValid()) {
                LOG.warning("Demo entry " + i + " left out: " + report.errors());
                continue;
            }
            saved.add(insertNew(SYSTEM, parsed.entry(), statusOf.apply(i), repository.nextChangeSeq(), "SEED"));
        }
        return saved.size();
    }

    private ImportReport.Row checkCandidate(CatalogActor actor, ImportCandidate candidate, Set<String> namesInBatch,
                                            Set<String> codesInBatch) {
        CatalogEntry entry = candidate.entry();
        if (entry == null) {
            return new ImportReport.Row(candidate.index(), candidate.line(), null, null,
                    candidate.readViolations().stream().map(CatalogService::toFieldError).toList(), 0);
        }
        List<Violation> errors = new ArrayList<>();
        String providerCode = entry.provider() == null ? null : entry.provider().code();
        if (providerCode != null && !CatalogPermissions.canEdit(actor, providerCode)) {
            errors.add(Violation.error("provider.code", "permission.provider",
                    "you may import entries only for your own department"));
        }
        String normalized = entry.name() == null ? null : CatalogValidator.normalizedName(entry.name());
        ValidationReport report = fullReport(entry, candidate.readViolations(),
                entry.code() == null ? null : entry.code().value());
        errors.addAll(report.errors());
        if (normalized != null && !normalized.isEmpty() && !namesInBatch.add(normalized)) {
            errors.add(Violation.error("name", "name.duplicate",
                    "another entry in this import has the same name (ignoring spaces and punctuation)"));
        }
        if (entry.code() != null && !codesInBatch.add(entry.code().value())) {
            errors.add(Violation.error("code", "code.duplicate", "another entry in this import has code " + entry.code()));
        } else if (entry.code() != null && repository.find(entry.code().value()).isPresent()) {
            errors.add(Violation.error("code", "code.exists", "the catalog already has an entry with code "
                    + entry.code() + "; leave code out to have one assigned"));
        }
        return new ImportReport.Row(candidate.index(), candidate.line(), entry.name(), null,
                errors.stream().map(CatalogService::toFieldError).toList(), report.warnings().size());
    }

    /**
     * Saves a brand-new entry in the given status. Used by create, import and the demo seeder; callers have
     * validated the entry and hold the catalog write lock.
     */
    StoredEntry insertNew(String actor, CatalogEntry entry, CatalogStatus status, long changeSeq, String action) {
        CatalogEntry coded = entry;
        if (entry.code() == null) {
            ClassificationCode classification = ClassificationCode.of(entry.classificationCode());
            coded = entry.withCode(codeStrategy.assign(classification,
                    repository.nextCodeSequence(classification.value())));
        } else {
            reserveGivenCode(entry.code());
        }
        if (status == CatalogStatus.PUBLISHED && coded.publishedOn() == null) {
            coded = coded.withPublishedOn(LocalDate.now(ZoneOffset.UTC));
        }
        CatalogEntry saved = coded.withLifecycle(status, 1);
        CatalogResourceRow row = new CatalogResourceRow(saved.code().value(), LocalDateTime.now(ZoneOffset.UTC), actor);
        StoredEntry stored = save(row, saved, changeSeq, actor, action, null);
        repository.insert(row);
        audit.record("catalog." + action.toLowerCase(), AuditTarget.CATALOG_RESOURCE, row.code(), null, stored.document(), null);
        return stored;
    }

    private void reserveGivenCode(ResourceCode code) {
        if (repository.find(code.value()).isPresent()) {
            throw new Conflict("A catalog entry with code " + code + " already exists");
        }
        String sequence = code.sequencePart();
        if (sequence.chars().allMatch(Character::isDigit) && sequence.length() <= 18) {
            repository.reserveCodeSequence(code.classificationPart(), Long.parseLong(sequence));
        }
    }

    private StoredEntry save(CatalogResourceRow row, CatalogEntry entry, long changeSeq, String actor, String action,
                             String reason) {
        String document = CatalogJson.write(entry);
        row.apply(entry, document, changeSeq, actor, LocalDateTime.now(ZoneOffset.UTC));
        repository.addVersion(new CatalogVersionRow(row, action, reason, actor));
        CatalogEvents.publish(outbox, entry, document, changeSeq, actor, action);
        return new StoredEntry(entry, document, changeSeq);
    }

    private ValidationReport fullReport(CatalogEntry entry, List<Violation> readViolations, String exceptCode) {
        CatalogNeighbours neighbours = normalized -> repository.liveCodeWithNormalizedName(normalized, exceptCode)
                .map(ResourceCode::of);
        ValidationReport rules = validator.validate(entry, neighbours);
        // a field that could not be read is reported once, as unreadable, not again as missing
        Set<String> unreadable = new HashSet<>();
        readViolations.forEach(v -> unreadable.add(v.field()));
        List<Violation> all = new ArrayList<>(readViolations);
        rules.violations().stream().filter(v -> !unreadable.contains(v.field())).forEach(all::add);
        all.addAll(providerChecks(entry));
        return ValidationReport.of(all);
    }

    /** The provider must be a department registered on this platform, under its registered name. */
    private List<Violation> providerChecks(CatalogEntry entry) {
        if (entry.provider() == null || entry.provider().code() == null || entry.provider().code().isBlank()) {
            return List.of();
        }
        Optional<Departments.DepartmentInfo> department = departments.find(entry.provider().code().strip());
        if (department.isEmpty()) {
            return List.of(Violation.error("provider.code", "provider.registered",
                    "no department with code " + entry.provider().code() + " is registered on this platform"));
        }
        String registeredName = department.get().name();
        if (entry.provider().name() != null && !entry.provider().name().strip().equals(registeredName)) {
            return List.of(Violation.error("provider.name", "provider.name.registered",
                    "the department registered under this code is named " + registeredName));
        }
        return List.of();
    }

    private void requireEditRight(CatalogActor actor, CatalogEntry entry) {
        String providerCode = entry.provider() == null ? null : entry.provider().code();
        boolean editor = actor.has(Role.PLATFORM_ADMIN) || actor.has(Role.DEPT_CATALOGUER);
        if (!editor) {
            throw new NotPermitted("Only cataloguers and administrators may edit the catalog");
        }
        // without a provider there is no department to check; validation reports the missing provider
        if (providerCode != null && !CatalogPermissions.canEdit(actor, providerCode.strip())) {
            throw new NotPermitted("You may create and edit entries only for your own department");
        }
    }

    private static void rejectIfInvalid(ValidationReport report, String title) {
        if (!report.isValid()) {
            throw new InvalidInput(title + ": " + report.errors().size() + " problem(s)",
                    report.errors().stream().map(CatalogService::toFieldError).toList());
        }
    }

    static FieldError toFieldError(Violation v) {
        return new FieldError(v.field(), v.rule(), v.message());
    }

    /** The row if it exists and the actor may see it; otherwise 404, so hidden drafts do not leak their codes. */
    private CatalogResourceRow visibleRow(CatalogActor actor, String code) {
        return repository.find(code)
                .filter(r -> CatalogPermissions.canSee(actor, r.status(), r.providerCode()))
                .orElseThrow(() -> new NotFound("No catalog entry " + code));
    }

    private static CatalogEntry readStored(CatalogResourceRow row) {
        return CatalogJson.read(row.document()).entry();
    }
}
