package io.govshare.app.catalog;

import io.govshare.app.GovShareApplication;
import io.govshare.app.platform.FieldError;
import io.govshare.app.platform.domain.InvalidInput;
import io.govshare.app.platform.domain.NotFound;
import io.govshare.app.platform.domain.NotPermitted;
import io.govshare.app.platform.security.CurrentActor;
import io.govshare.app.platform.security.Role;
import io.govshare.catalog.CatalogStatus;
import io.govshare.catalog.csv.CatalogCsvReader;
import io.govshare.catalog.csv.CsvReadResult;
import io.govshare.catalog.csv.CsvRow;
import io.govshare.catalog.json.CatalogJson;
import io.govshare.catalog.json.ParsedEntry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Catalog-wide operations: checking an entry without saving it, statistics, and bulk import. */
@Path(GovShareApplication.API + "/catalog")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"PLATFORM_ADMIN", "DEPT_CATALOGUER", "DEPT_REVIEWER", "PLATFORM_REVIEWER", "CONSUMER", "AUDITOR"})
public class CatalogToolsResource {

    /** Larger catalogs are imported in several requests; one request stays one transaction. */
    static final int MAX_IMPORT_ENTRIES = 20_000;
    static final String CSV = "text/csv";

    @Inject
    CatalogService service;
    @Inject
    CatalogRepository repository;
    @Inject
    CatalogStatistics statistics;
    @Inject
    CurrentActor user;

    /** Every error and warning for an entry, as the console shows them at the fields; nothing is saved. */
    @POST
    @Path("validations")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject validate(String body) {
        ParsedEntry parsed = CatalogResource.readEntry(body);
        String code = parsed.entry().code() == null ? null : parsed.entry().code().value();
        return CatalogResource.reportJson(service.check(parsed.entry(), parsed.violations(), code));
    }

    /**
     * Counts by department, kind, share type, open type, format and status, and the six survey totals.
     * {@code status} restricts every figure to entries in that status (e.g. PUBLISHED).
     */
    @GET
    @Path("statistics")
    public JsonObject statistics(@QueryParam("status") String status) {
        String filter = null;
        if (status != null && !status.isBlank()) {
            try {
                filter = CatalogStatus.valueOf(status.strip()).name();
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("The query parameters are not valid", List.of(new FieldError(
                        "status", "enum", "status must be one of " + Arrays.toString(CatalogStatus.values()))));
            }
        }
        return statistics.statistics(filter == null ? null : CatalogStatus.valueOf(filter));
    }

    /**
     * Bulk import of a JSON array of entries or a CSV file in the template of standards/catalog/import-template.csv.
     * By default all-or-nothing: one bad entry and nothing is stored, and the answer lists every problem of
     * every entry. {@code atomic=false} stores the good entries and reports the others. Imported entries start
     * as DRAFT; a platform administrator migrating an existing catalog may choose REGISTERED or PUBLISHED.
     */
    @POST
    @Path("imports")
    @Consumes({MediaType.APPLICATION_JSON, CSV, "text/csv;charset=UTF-8"})
    public Response importEntries(String body, @HeaderParam("Content-Type") String contentType,
                                  @QueryParam("atomic") @DefaultValue("true") String atomic,
                                  @QueryParam("initialStatus") @DefaultValue("DRAFT") String initialStatus) {
        List<FieldError> errors = new ArrayList<>();
        if (!atomic.equals("true") && !atomic.equals("false")) {
            errors.add(new FieldError("atomic", "enum", "atomic must be true or false"));
        }
        CatalogStatus status = parseInitialStatus(initialStatus, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput("The query parameters are not valid", errors);
        }
        CatalogActor actor = new CatalogActor(user.username(), user.roles(), user.departmentCode());
        if (!actor.has(Role.PLATFORM_ADMIN) && !actor.has(Role.DEPT_CATALOGUER)) {
            throw new NotPermitted("Only cataloguers and administrators may import catalog entries");
        }
        if (status != CatalogStatus.DRAFT && !actor.has(Role.PLATFORM_ADMIN)) {
            throw new NotPermitted("Only a platform administrator may import entries as " + status);
        }
        boolean csv = contentType != null && contentType.toLowerCase().startsWith(CSV);
        List<ImportCandidate> candidates = csv ? fromCsv(body) : fromJson(body);
        if (candidates.isEmpty()) {
            throw new InvalidInput("The import holds no entries",
                    List.of(new FieldError("", "import.empty", "send at least one entry")));
        }
        if (candidates.size() > MAX_IMPORT_ENTRIES) {
            throw new InvalidInput("The import is too large", List.of(new FieldError("", "import.size",
                    "at most " + MAX_IMPORT_ENTRIES + " entries per request, got " + candidates.size())));
        }
        ImportReport report = service.importEntries(actor, candidates, atomic.equals("true"), status);
        JsonObject reportJson = reportJson(report);
        if (!report.committed()) {
            JsonObjectBuilder problem = Json.createObjectBuilder()
                    .add("type", "about:blank")
                    .add("title", "The import was rejected")
                    .add("status", 400)
                    .add("detail", report.failed() + " of " + report.total()
                            + " entries have errors; nothing was imported. Fix them or import with atomic=false.")
                    .add("errors", flatErrors(report))
                    .add("report", reportJson);
            return Response.status(400).type("application/problem+json").entity(problem.build()).build();
        }
        return Response.ok(reportJson).build();
    }

    /** The empty CSV template with its two example rows, to fill in a spreadsheet. */
    @GET
    @Path("imports/template")
    @Produces(CSV)
    public Response template() throws IOException {
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("govshare-standards/catalog/import-template.csv")) {
            if (in == null) {
                throw new NotFound("The import template is not packaged with this build");
            }
            return Response.ok(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .type("text/csv;charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"catalog-import-template.csv\"")
                    .build();
        }
    }

    private static CatalogStatus parseInitialStatus(String value, List<FieldError> errors) {
        List<CatalogStatus> allowed = List.of(CatalogStatus.DRAFT, CatalogStatus.REGISTERED, CatalogStatus.PUBLISHED);
        try {
            CatalogStatus status = CatalogStatus.valueOf(value.strip());
            if (allowed.contains(status)) {
                return status;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        errors.add(new FieldError("initialStatus", "enum", "initialStatus must be one of " + allowed));
        return CatalogStatus.DRAFT;
    }

    private static List<ImportCandidate> fromJson(String body) {
        List<ParsedEntry> parsed = CatalogJson.readArray(body == null ? "" : body);
        if (parsed.size() == 1 && parsed.get(0).entry() == null && isWholeBodyProblem(parsed.get(0))) {
            throw new InvalidInput("The import is not a JSON array of catalog entries",
                    parsed.get(0).violations().stream().map(CatalogService::toFieldError).toList());
        }
        List<ImportCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            candidates.add(new ImportCandidate(i, null, parsed.get(i).entry(), parsed.get(i).violations()));
        }
        return candidates;
    }

    private static boolean isWholeBodyProblem(ParsedEntry parsed) {
        return parsed.violations().stream().anyMatch(v -> v.field().isEmpty()
                && (v.rule().equals("json.syntax") || v.message().contains("JSON array")));
    }

    private static List<ImportCandidate> fromCsv(String body) {
        CsvReadResult result = CatalogCsvReader.read(new StringReader(body == null ? "" : body));
        if (!result.fileErrors().isEmpty()) {
            throw new InvalidInput("The CSV file does not follow the import template",
                    result.fileErrors().stream().map(CatalogService::toFieldError).toList());
        }
        List<ImportCandidate> candidates = new ArrayList<>();
        int index = 0;
        for (CsvRow row : result.rows()) {
            candidates.add(new ImportCandidate(index++, row.lineNumber(), row.entry(), row.violations()));
        }
        return candidates;
    }

    private static JsonArrayBuilder flatErrors(ImportReport report) {
        JsonArrayBuilder errors = Json.createArrayBuilder();
        for (ImportReport.Row row : report.rows()) {
            for (FieldError error : row.errors()) {
                String prefix = row.line() != null ? "line[" + row.line() + "]" : "[" + row.index() + "]";
                errors.add(Json.createObjectBuilder()
                        .add("field", error.field().isEmpty() ? prefix : prefix + "." + error.field())
                        .add("rule", error.rule())
                        .add("message", error.message()));
            }
        }
        return errors;
    }

    private static JsonObject reportJson(ImportReport report) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (ImportReport.Row row : report.rows()) {
            JsonObjectBuilder json = Json.createObjectBuilder().add("index", row.index());
            if (row.line() != null) {
                json.add("line", row.line());
            }
            if (row.name() != null) {
                json.add("name", row.name());
            }
            json.add("status", row.code() != null ? "IMPORTED" : row.errors().isEmpty() ? "NOT_IMPORTED" : "FAILED");
            if (row.code() != null) {
                json.add("code", row.code());
            }
            JsonArrayBuilder errors = Json.createArrayBuilder();
            row.errors().forEach(e -> errors.add(Json.createObjectBuilder()
                    .add("field", e.field()).add("rule", e.rule()).add("message", e.message())));
            rows.add(json.add("errors", errors).add("warnings", row.warnings()));
        }
        return Json.createObjectBuilder()
                .add("committed", report.committed())
                .add("total", report.total())
                .add("imported", report.imported())
                .add("failed", report.failed())
                .add("rows", rows)
                .build();
    }
}
