package io.govshare.app.opendata;

import io.govshare.app.GovShareApplication;
import io.govshare.app.audit.AuditLog;
import io.govshare.app.catalog.CatalogLookup;
import io.govshare.app.identity.Actors;
import io.govshare.app.identity.NewUser;
import io.govshare.app.platform.FieldError;
import io.govshare.app.platform.JsonFields;
import io.govshare.app.platform.ProblemException;
import io.govshare.app.platform.domain.Conflict;
import io.govshare.app.platform.domain.InvalidInput;
import io.govshare.app.platform.domain.NotFound;
import io.govshare.app.platform.domain.NotPermitted;
import io.govshare.app.platform.security.CurrentActor;
import io.govshare.app.platform.security.Role;
import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.OpenType;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The participatory side of the open-data portal: registration of public users, their API keys, applications for
 * 有条件开放 data and the provider's decision, feedback and ratings, and download statistics.
 */
@Path(GovShareApplication.API + "/open")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "open data")
public class OpenPortalResource {

    static final int MAX_COMMENT = 2000;

    @Inject
    OpenCatalog catalog;
    @Inject
    OpenDataRepository repository;
    @Inject
    OpenAccess access;
    @Inject
    Actors actors;
    @Inject
    CurrentActor user;
    @Inject
    AuditLog audit;
    @Inject
    Validator validator;
    @Inject
    CatalogLookup catalogRows;

    @POST
    @Path("accounts")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a public user (username, displayName, password of 8+ characters)")
    public Response register(JsonObject body) {
        JsonObject request = JsonFields.body(body);
        NewUser account = new NewUser(JsonFields.optionalString(request, "username"),
                JsonFields.optionalString(request, "displayName"), JsonFields.optionalString(request, "password"),
                null, List.of(Role.PUBLIC_USER), true);
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<NewUser> violation : validator.validate(account)) {
            errors.add(new FieldError(violation.getPropertyPath().toString(), "invalid", violation.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The account cannot be registered", errors);
        }
        return Response.status(Response.Status.CREATED).entity(actors.register(account)).build();
    }

    @POST
    @Path("api-keys")
    @RolesAllowed(Role.Names.PUBLIC_USER)
    @Operation(summary = "Issue a personal API key for the data API; the key is shown only in this answer")
    public Response issueKey() {
        String key = access.issuePersonalKey();
        return Response.status(Response.Status.CREATED).entity(Json.createObjectBuilder()
                .add("apiKey", key).add("prefix", ApiKeys.displayPrefix(key))
                .add("header", ApiKeys.HEADER).build()).build();
    }

    @GET
    @Path("api-keys")
    @RolesAllowed(Role.Names.PUBLIC_USER)
    @Operation(summary = "My API keys (prefixes only)")
    @Transactional
    public JsonValue keys() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (OpenApiKeyRow key : repository.keysOf(user.username())) {
            JsonObjectBuilder json = Json.createObjectBuilder().add("id", key.id()).add("prefix", key.keyPrefix())
                    .add("createdAt", key.createdAt().toString()).add("active", key.revokedAt() == null);
            if (key.applicationId() != null) {
                json.add("applicationId", key.applicationId());
            }
            list.add(json);
        }
        return list.build();
    }

    @DELETE
    @Path("api-keys/{id}")
    @RolesAllowed(Role.Names.PUBLIC_USER)
    @Operation(summary = "Revoke one of my API keys")
    public Response revokeKey(@PathParam("id") long id) {
        access.revokeKey(id);
        return Response.noContent().build();
    }

    @POST
    @Path("datasets/{id}/applications")
    @RolesAllowed(Role.Names.PUBLIC_USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Apply to use a 有条件开放 dataset (purpose: why and how the data will be used)")
    @Transactional
    public Response apply(@PathParam("id") String id, JsonObject body) {
        CatalogEntry entry = catalog.require(id);
        if (entry.open().type() != OpenType.CONDITIONAL) {
            throw new Conflict("Dataset " + id + " is 无条件开放: no application is needed");
        }
        String purpose = JsonFields.requiredString(JsonFields.body(body), "purpose");
        if (purpose.length() > MAX_COMMENT) {
            throw new InvalidInput("purpose", "length", "purpose must be at most " + MAX_COMMENT
                    + " characters");
        }
        if (repository.hasOpenApplication(user.username(), entry.code().value())) {
            throw new Conflict("You already have a pending or approved application for " + id);
        }
        OpenApplicationRow application = new OpenApplicationRow(entry.code().value(), user.username(), purpose,
                access.now());
        repository.insert(application);
        audit.record("open.application.submit", "open-application", application.id().toString(), null, null,
                entry.code().value());
        return Response.status(Response.Status.CREATED).entity(view(application)).build();
    }

    @GET
    @Path("applications")
    @RolesAllowed({Role.Names.PUBLIC_USER, Role.Names.DEPT_REVIEWER, Role.Names.PLATFORM_ADMIN, Role.Names.AUDITOR})
    @Operation(summary = "Applications: a public user's own; a department reviewer's: those for the department's datasets")
    @Transactional
    public JsonValue applications() {
        List<OpenApplicationRow> rows;
        if (user.has(Role.PLATFORM_ADMIN) || user.has(Role.AUDITOR)) {
            rows = repository.applicationsFor(catalog.all().stream().map(e -> e.code().value()).toList());
        } else if (user.has(Role.DEPT_REVIEWER)) {
            String department = user.requireDepartmentCode();
            rows = repository.applicationsFor(catalog.all().stream()
                    .filter(e -> e.provider().code().equals(department)).map(e -> e.code().value()).toList());
        } else {
            rows = repository.applicationsBy(user.username());
        }
        JsonArrayBuilder list = Json.createArrayBuilder();
        rows.forEach(row -> list.add(view(row)));
        return list.build();
    }

    @POST
    @Path("applications/{id}/decision")
    @RolesAllowed(Role.Names.DEPT_REVIEWER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The providing department's reviewer approves (an API key is issued) or refuses "
            + "(reason required): {\"decision\": \"APPROVE\"|\"REFUSE\", \"reason\": \"...\"}")
    @Transactional
    public JsonObject decide(@PathParam("id") long id, JsonObject body) {
        JsonObject request = JsonFields.body(body);
        String decision = JsonFields.requiredString(request, "decision");
        String reason = JsonFields.optionalString(request, "reason");
        if (!decision.equals("APPROVE") && !decision.equals("REFUSE")) {
            throw new InvalidInput("decision", "enum", "decision must be APPROVE or REFUSE");
        }
        if (decision.equals("REFUSE") && (reason == null || reason.isBlank())) {
            throw new InvalidInput("reason", "required", "a refusal needs a reason the applicant can read");
        }
        OpenApplicationRow application = repository.application(id)
                .orElseThrow(() -> new NotFound("No application " + id));
        String provider = catalogRows.find(application.resourceCode()).map(CatalogLookup.CatalogRecord::providerCode).orElse(null);
        if (!user.requireDepartmentCode().equals(provider)) {
            throw new NotPermitted("Only reviewers of the providing department decide on application " + id);
        }
        if (application.status() != OpenApplicationRow.Status.SUBMITTED) {
            throw new Conflict("Application " + id + " was already decided: " + application.status());
        }
        boolean approve = decision.equals("APPROVE");
        application.decide(approve ? OpenApplicationRow.Status.APPROVED : OpenApplicationRow.Status.REFUSED,
                user.username(), access.now(), reason);
        if (approve) {
            String key = ApiKeys.generate();
            repository.insert(new OpenApiKeyRow(ApiKeys.hash(key), ApiKeys.displayPrefix(key), application.applicant(),
                    application.id(), key, access.now()));
        }
        audit.record("open.application." + (approve ? "approve" : "refuse"), "open-application", Long.toString(id),
                null, null, reason);
        return view(application);
    }

    @POST
    @Path("applications/{id}/api-key")
    @RolesAllowed(Role.Names.PUBLIC_USER)
    @Operation(summary = "Collect the API key issued on approval of my application; it can be collected once")
    @Transactional
    public JsonObject collectKey(@PathParam("id") long id) {
        OpenApplicationRow application = repository.application(id)
                .filter(a -> a.applicant().equals(user.username()))
                .orElseThrow(() -> new NotFound("You have no application " + id));
        OpenApiKeyRow key = repository.keyOfApplication(id).orElseThrow(() -> new Conflict(
                "Application " + id + " is " + application.status() + ": no key was issued"));
        if (!key.hasPendingSecret()) {
            throw new ProblemException(410, "Gone", "The key of application " + id + " was already collected ("
                    + key.keyPrefix() + "…); revoke it and issue a new personal key if it is lost", List.of());
        }
        return Json.createObjectBuilder().add("apiKey", key.collectPendingSecret()).add("prefix", key.keyPrefix())
                .add("header", ApiKeys.HEADER).build();
    }

    @POST
    @Path("datasets/{id}/feedback")
    @RolesAllowed({Role.Names.PUBLIC_USER, Role.Names.CONSUMER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rate a dataset 1-5 with an optional comment")
    @Transactional
    public Response feedback(@PathParam("id") String id, JsonObject body) {
        CatalogEntry entry = catalog.require(id);
        JsonObject request = JsonFields.body(body);
        JsonValue ratingValue = request.get("rating");
        if (!(ratingValue instanceof JsonNumber number) || !number.isIntegral()
                || number.intValue() < 1 || number.intValue() > 5) {
            throw new InvalidInput("rating", "range", "rating must be a whole number from 1 to 5");
        }
        String comment = JsonFields.optionalString(request, "comment");
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new InvalidInput("comment", "length", "comment must be at most " + MAX_COMMENT
                    + " characters");
        }
        OpenFeedbackRow row = new OpenFeedbackRow(entry.code().value(), user.username(), number.intValue(),
                comment == null || comment.isBlank() ? null : comment.strip(), access.now());
        repository.insert(row);
        return Response.status(Response.Status.CREATED).entity(view(row)).build();
    }

    @GET
    @Path("datasets/{id}/feedback")
    @PermitAll
    @Operation(summary = "Ratings and comments on a dataset, newest first, with the average")
    @Transactional
    public JsonObject feedbackList(@PathParam("id") String id) {
        CatalogEntry entry = catalog.require(id);
        List<OpenFeedbackRow> rows = repository.feedback(entry.code().value());
        JsonArrayBuilder list = Json.createArrayBuilder();
        rows.forEach(row -> list.add(view(row)));
        double average = rows.stream().mapToInt(OpenFeedbackRow::rating).average().orElse(0);
        return Json.createObjectBuilder().add("count", rows.size()).add("average", Math.round(average * 100) / 100.0)
                .add("items", list).build();
    }

    @GET
    @Path("statistics")
    @PermitAll
    @Operation(summary = "Download counts per dataset and day (from, to: ISO dates; default the last 30 days)")
    @Transactional
    public JsonObject statistics(@QueryParam("from") String fromText, @QueryParam("to") String toText) {
        LocalDate to = date("to", toText, LocalDate.now(ZoneOffset.UTC));
        LocalDate from = date("from", fromText, to.minusDays(29));
        if (from.isAfter(to)) {
            throw new InvalidInput("from", "order", "from must not be after to");
        }
        Map<String, Long> perDataset = new LinkedHashMap<>();
        JsonArrayBuilder days = Json.createArrayBuilder();
        long total = 0;
        for (Object[] row : repository.downloads(from, to)) {
            String code = (String) row[0];
            long count = ((Number) row[3]).longValue();
            LocalDate day = row[1] instanceof Date sql ? sql.toLocalDate() : LocalDate.parse(row[1].toString());
            days.add(Json.createObjectBuilder().add("datasetId", OpenDatasetId.of(code)).add("day", day.toString())
                    .add("format", (String) row[2]).add("downloads", count));
            perDataset.merge(OpenDatasetId.of(code), count, Long::sum);
            total += count;
        }
        JsonObjectBuilder byDataset = Json.createObjectBuilder();
        perDataset.forEach(byDataset::add);
        return Json.createObjectBuilder().add("from", from.toString()).add("to", to.toString())
                .add("downloads", total).add("byDataset", byDataset).add("byDay", days)
                .add("openDatasets", catalog.all().size())
                .add("publishedDatasets", repository.latestPublished().size()).build();
    }

    private static LocalDate date(String name, String text, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInput(name, "date", name + " must be an ISO date such as 2026-11-22");
        }
    }

    static JsonObject view(OpenApplicationRow row) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", row.id())
                .add("datasetId", OpenDatasetId.of(row.resourceCode())).add("resourceCode", row.resourceCode())
                .add("applicant", row.applicant()).add("purpose", row.purpose()).add("status", row.status().name())
                .add("createdAt", row.createdAt().toString());
        if (row.decidedAt() != null) {
            json.add("decidedBy", row.decidedBy()).add("decidedAt", row.decidedAt().toString());
        }
        if (row.reason() != null) {
            json.add("reason", row.reason());
        }
        return json.build();
    }

    static JsonObject view(OpenFeedbackRow row) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", row.id()).add("username", row.username())
                .add("rating", row.rating()).add("createdAt", row.createdAt().toString());
        if (row.comment() != null) {
            json.add("comment", row.comment());
        }
        return json.build();
    }
}
