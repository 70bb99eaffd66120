package io.govshare.app.opendata.portal;

import io.govshare.app.audit.AuditLog;
import io.govshare.app.audit.AuditTarget;
import io.govshare.app.catalog.CatalogLookup;
import io.govshare.app.opendata.OpenCatalog;
import io.govshare.app.platform.ProblemException;
import io.govshare.app.platform.domain.Conflict;
import io.govshare.app.platform.domain.InvalidInput;
import io.govshare.app.platform.domain.NotFound;
import io.govshare.app.platform.domain.NotPermitted;
import io.govshare.app.platform.security.CurrentActor;
import io.govshare.app.platform.security.Role;
import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.OpenType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Applications for 有条件开放 data: a public user applies, a reviewer of the providing department approves (an API
 * key is issued, waiting to be collected once) or refuses with a reason.
 */
@ApplicationScoped
class OpenApplicationService {

    static final int MAX_PURPOSE = 2000;

    @Inject
    OpenCatalog catalog;
    @Inject
    CatalogLookup catalogRecords;
    @Inject
    PortalRepository repository;
    @Inject
    CurrentActor user;
    @Inject
    AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public OpenApplicationRow submit(SubmitApplication command) {
        String id = command.datasetId();
        CatalogEntry entry = catalog.require(id);
        if (entry.open().type() != OpenType.CONDITIONAL) {
            throw new Conflict("Dataset " + id + " is 无条件开放: no application is needed");
        }
        if (command.purpose().length() > MAX_PURPOSE) {
            throw new InvalidInput("purpose", "length", "purpose must be at most " + MAX_PURPOSE + " characters");
        }
        if (repository.hasOpenApplication(user.username(), entry.code().value())) {
            throw new Conflict("You already have a pending or approved application for " + id);
        }
        OpenApplicationRow application = new OpenApplicationRow(entry.code().value(), user.username(),
                command.purpose(), clock.instant());
        repository.insert(application);
        audit.record("open.application.submit", AuditTarget.OPEN_APPLICATION, application.id().toString(), null, null,
                entry.code().value());
        return application;
    }

    /**
     * The applications the current user may see: all of them for the platform's administrators and auditors, those
     * for the department's datasets for its reviewers, else the user's own.
     */
    @Transactional
    public List<OpenApplicationRow> visible() {
        if (user.has(Role.PLATFORM_ADMIN) || user.has(Role.AUDITOR)) {
            return repository.applicationsFor(catalog.all().stream().map(e -> e.code().value()).toList());
        }
        if (user.has(Role.DEPT_REVIEWER)) {
            String department = user.requireDepartmentCode();
            return repository.applicationsFor(catalog.all().stream()
                    .filter(e -> e.provider().code().equals(department)).map(e -> e.code().value()).toList());
        }
        return repository.applicationsBy(user.username());
    }

    @Transactional
    public OpenApplicationRow decide(DecideApplication command) {
        long id = command.applicationId();
        String reason = command.reason();
        if (!command.approve() && (reason == null || reason.isBlank())) {
            throw new InvalidInput("reason", "required", "a refusal needs a reason the applicant can read");
        }
        OpenApplicationRow application = repository.application(id)
                .orElseThrow(() -> new NotFound("No application " + id));
        String provider = catalogRecords.find(application.resourceCode())
                .map(CatalogLookup.CatalogRecord::providerCode).orElse(null);
        if (!user.requireDepartmentCode().equals(provider)) {
            throw new NotPermitted("Only reviewers of the providing department decide on application " + id);
        }
        if (application.status() != OpenApplicationRow.Status.SUBMITTED) {
            throw new Conflict("Application " + id + " was already decided: " + application.status());
        }
        application.decide(command.approve() ? OpenApplicationRow.Status.APPROVED : OpenApplicationRow.Status.REFUSED,
                user.username(), clock.instant(), reason);
        if (command.approve()) {
            String key = ApiKeys.generate();
            repository.insert(new OpenApiKeyRow(ApiKeys.hash(key), ApiKeys.displayPrefix(key), application.applicant(),
                    application.id(), key, clock.instant()));
        }
        audit.record("open.application." + (command.approve() ? "approve" : "refuse"), AuditTarget.OPEN_APPLICATION,
                Long.toString(id), null, null, reason);
        return application;
    }

    /**
     * The key issued on approval of the current user's application, handed out once.
     *
     * @throws ProblemException 410 when it was already collected
     */
    @Transactional
    public String collectKey(long id) {
        OpenApplicationRow application = repository.application(id)
                .filter(a -> a.applicant().equals(user.username()))
                .orElseThrow(() -> new NotFound("You have no application " + id));
        OpenApiKeyRow key = repository.keyOfApplication(id).orElseThrow(() -> new Conflict(
                "Application " + id + " is " + application.status() + ": no key was issued"));
        if (!key.hasPendingSecret()) {
            // no domain exception says "gone": a collected key is not a conflict the client can resolve by retrying
            throw new ProblemException(410, "Gone", "The key of application " + id + " was already collected ("
                    + key.keyPrefix() + "…); revoke it and issue a new personal key if it is lost", List.of());
        }
        return key.collectPendingSecret();
    }
}
