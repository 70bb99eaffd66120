package io.govshare.app.opendata;

import io.govshare.app.GovShareApplication;
import io.govshare.app.exchange.StoredRecords;
import io.govshare.app.platform.FieldError;
import io.govshare.app.platform.ProblemException;
import io.govshare.app.platform.Problems;
import io.govshare.app.platform.Uploads;
import io.govshare.app.platform.domain.InvalidInput;
import io.govshare.app.platform.domain.NotFound;
import io.govshare.app.platform.domain.NotPermitted;
import io.govshare.app.platform.domain.ValidationFailed;
import io.govshare.app.platform.security.CurrentActor;
import io.govshare.app.platform.security.Role;
import io.govshare.catalog.CatalogEntry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The providing department's side of a release: the release policy (masking rules and quasi-identifiers) and the
 * release itself, from an uploaded file or from the records the exchange hub holds. A blocked release answers 422
 * with its report; the report is also kept, so the provider can read it again.
 */
@Path(GovShareApplication.API + "/open")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = GovShareApplication.BEARER)
@Tag(name = "open data")
public class ReleaseResource {

    static final String JSON_LINES = "application/x-ndjson";

    @Inject
    OpenCatalog catalog;
    @Inject
    OpenDataRepository repository;
    @Inject
    ReleasePipeline pipeline;
    @Inject
    StoredRecords stored;
    @Inject
    CurrentActor user;
    @Inject
    ReleaseFiles files;

    @Inject
    @ConfigProperty(name = "govshare.open.max-upload-bytes", defaultValue = "1073741824")
    long maxUploadBytes;

    @GET
    @Path("datasets/{id}/policy")
    @RolesAllowed({Role.Names.DEPT_CATALOGUER, Role.Names.DEPT_REVIEWER, Role.Names.PLATFORM_ADMIN,
            Role.Names.PLATFORM_REVIEWER, Role.Names.AUDITOR})
    @Operation(summary = "The dataset's release policy; the safe default (stored: false) until one is saved")
    @Transactional
    public JsonObject policy(@PathParam("id") String id) {
        CatalogEntry entry = catalog.require(id);
        requireReader(entry);
        var row = repository.policy(entry.code().value());
        ReleasePolicy policy = row.map(r -> ReleasePolicy.fromStored(r.policyJson()))
                .orElseGet(() -> ReleasePolicy.defaultsFor(entry));
        JsonObjectBuilder json = Json.createObjectBuilder(policy.toJsonObject()).add("stored", row.isPresent());
        row.ifPresent(r -> json.add("updatedBy", r.updatedBy()).add("updatedAt", r.updatedAt().toString()));
        return json.build();
    }

    @PUT
    @Path("datasets/{id}/policy")
    @RolesAllowed({Role.Names.DEPT_CATALOGUER, Role.Names.DEPT_REVIEWER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save the release policy: {\"masking\": {\"items\": {...}}, \"quasiIdentifiers\": [...]}")
    @Transactional
    public JsonObject savePolicy(@PathParam("id") String id, JsonObject body) {
        CatalogEntry entry = catalog.require(id);
        requireProvider(entry);
        ReleasePolicy policy = ReleasePolicy.fromJson(body);
        policy.checkAgainst(entry);
        var existing = repository.policy(entry.code().value());
        if (existing.isPresent()) {
            existing.get().change(policy.toJson(), user.username(), Instant.now());
        } else {
            repository.savePolicy(new OpenPolicyRow(entry.code().value(), policy.toJson(), user.username(), Instant.now()));
        }
        return Json.createObjectBuilder(policy.toJsonObject()).add("stored", true).build();
    }

    @POST
    @Path("datasets/{id}/releases")
    @RolesAllowed({Role.Names.DEPT_CATALOGUER, Role.Names.DEPT_REVIEWER})
    @Consumes({"text/csv", JSON_LINES, MediaType.WILDCARD})
    @Operation(summary = "Release a new version: upload text/csv (header row of data-item names) or "
            + "application/x-ndjson, or send no body with ?source=exchange to release the records the hub holds. "
            + "201 with the published release; 422 with the report when the scan or the risk gate blocks it.")
    public Response release(@PathParam("id") String id, @QueryParam("source") String source,
                            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body,
                            @Context UriInfo uri) {
        CatalogEntry entry = catalog.require(id);
        requireProvider(entry);
        ReleasePolicy policy = repository.policy(entry.code().value())
                .map(r -> ReleasePolicy.fromStored(r.policyJson())).orElseGet(() -> ReleasePolicy.defaultsFor(entry));
        ReleasePipeline.Outcome outcome;
        if ("exchange".equals(source)) {
            outcome = fromExchange(entry, policy);
        } else if (source != null) {
            throw new InvalidInput("source", "enum", "source must be 'exchange' or absent (upload a file)");
        } else {
            outcome = fromUpload(entry, policy, contentType, body);
        }
        JsonObject release = view(outcome.release(), outcome.files(), uri);
        if (outcome.published()) {
            return Response.created(uri.getBaseUri().resolve("api/v1/open/releases/" + outcome.release().id()))
                    .entity(release).build();
        }
        List<FieldError> errors = new ArrayList<>();
        release.getJsonObject("report").getJsonArray("reasons").forEach(reason -> {
            JsonObject r = reason.asJsonObject();
            errors.add(new FieldError(r.getString("field", "release"), r.getString("rule"), r.getString("message")));
        });
        return Problems.builder(422, Problems.json(422, "Unprocessable Content", "The release of " + id
                        + " was blocked and not published; the report says why", errors).add("release", release))
                .location(uri.getBaseUri().resolve("api/v1/open/releases/" + outcome.release().id()))
                .build();
    }

    private ReleasePipeline.Outcome fromExchange(CatalogEntry entry, ReleasePolicy policy) {
        StoredRecords.RecordIterator records;
        try {
            records = stored.currentRecords(entry.code().value());
        } catch (StoredRecords.NotReleasable e) {
            throw new ValidationFailed("The hub's records cannot be released: " + e.getMessage(),
                    List.of(new FieldError("source", "open.source-not-releasable", e.getMessage())));
        }
        try (records) {
            return pipeline.release(entry, policy, records, OpenReleaseRow.Source.EXCHANGE, user.username());
        }
    }

    private ReleasePipeline.Outcome fromUpload(CatalogEntry entry, ReleasePolicy policy, String contentType,
                                               InputStream body) {
        UploadedRecords.Kind kind = kind(contentType);
        java.nio.file.Path upload = files.newStaging().resolve("upload");
        try {
            try (InputStream in = body) {
                long size = Uploads.copy(in, upload, maxUploadBytes, "upload", "govshare.open.max-upload-bytes",
                        "open.upload-too-large");
                if (size == 0) {
                    throw new InvalidInput("body", "required", "upload the records as text/csv or "
                            + JSON_LINES + ", or use ?source=exchange");
                }
            } catch (IOException e) {
                throw new InvalidInput("body", "open.upload-incomplete",
                        "The upload could not be read to its end: " + e.getMessage());
            }
            try (UploadedRecords records = UploadedRecords.open(upload, entry, kind)) {
                return pipeline.release(entry, policy, records, OpenReleaseRow.Source.UPLOAD, user.username());
            }
        } finally {
            files.discard(upload.getParent());
        }
    }

    private static UploadedRecords.Kind kind(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        return switch (type) {
            case "text/csv" -> UploadedRecords.Kind.CSV;
            case JSON_LINES, "application/jsonl", "application/x-jsonlines" -> UploadedRecords.Kind.JSON_LINES;
            default -> throw new ProblemException(415, "Unsupported Media Type", "Upload text/csv or " + JSON_LINES
                    + ", got '" + contentType + "'", List.of(new FieldError("Content-Type", "open.upload-type",
                    "text/csv or " + JSON_LINES)));
        };
    }

    @GET
    @Path("datasets/{id}/releases")
    @RolesAllowed({Role.Names.DEPT_CATALOGUER, Role.Names.DEPT_REVIEWER, Role.Names.PLATFORM_ADMIN,
            Role.Names.PLATFORM_REVIEWER, Role.Names.AUDITOR})
    @Operation(summary = "Every release of the dataset, blocked ones included, with their reports")
    @Transactional
    public JsonObject releases(@PathParam("id") String id, @Context UriInfo uri) {
        CatalogEntry entry = catalog.require(id);
        requireReader(entry);
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (OpenReleaseRow row : repository.releases(entry.code().value(), true)) {
            list.add(view(row, repository.files(row.id()), uri));
        }
        return Json.createObjectBuilder().add("datasetId", id).add("items", list).build();
    }

    @GET
    @Path("releases/{releaseId}")
    @RolesAllowed({Role.Names.DEPT_CATALOGUER, Role.Names.DEPT_REVIEWER, Role.Names.PLATFORM_ADMIN,
            Role.Names.PLATFORM_REVIEWER, Role.Names.AUDITOR})
    @Operation(summary = "One release with its report")
    @Transactional
    public JsonObject release(@PathParam("releaseId") long releaseId, @Context UriInfo uri) {
        OpenReleaseRow row = repository.release(releaseId)
                .orElseThrow(() -> new NotFound("No release " + releaseId));
        CatalogEntry entry = catalog.require(OpenDatasetId.of(row.resourceCode()));
        requireReader(entry);
        return view(row, repository.files(row.id()), uri);
    }

    private JsonObject view(OpenReleaseRow row, List<OpenReleaseFileRow> rowFiles, UriInfo uri) {
        JsonObject base = OpenDatasetViews.release(row, rowFiles, uri.getBaseUri());
        return Json.createObjectBuilder(base)
                .add("datasetId", OpenDatasetId.of(row.resourceCode()))
                .add("createdBy", row.createdBy())
                .add("policy", Json.createReader(new StringReader(row.policyJson())).readObject())
                .add("report", Json.createReader(new StringReader(row.reportJson())).readObject())
                .build();
    }

    /** Staff of the providing department write policies and release. */
    private void requireProvider(CatalogEntry entry) {
        if (!user.requireDepartmentCode().equals(entry.provider().code())) {
            throw new NotPermitted("Only the providing department (" + entry.provider().name()
                    + ") releases " + entry.code().value());
        }
    }

    /** Reports are for the provider and the platform's oversight roles. */
    private void requireReader(CatalogEntry entry) {
        boolean oversight = user.has(Role.PLATFORM_ADMIN) || user.has(Role.PLATFORM_REVIEWER) || user.has(Role.AUDITOR);
        if (!oversight) {
            requireProvider(entry);
        }
    }
}
