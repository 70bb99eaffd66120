package io.govshare.app.opendata.release;

import io.govshare.app.GovShareApplication;
import io.govshare.app.opendata.OpenDatasetId;
import io.govshare.app.opendata.OpenDatasetViews;
import io.govshare.app.opendata.OpenReleaseRow;
import io.govshare.app.platform.FieldError;
import io.govshare.app.platform.ProblemException;
import io.govshare.app.platform.Problems;
import io.govshare.app.platform.domain.InvalidInput;
import io.govshare.app.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    ReleaseService releases;

    @GET
    @Path("datasets/{id}/policy")
    @RolesAllowed({Role.Names.DEPT_CATALOGUER, Role.Names.DEPT_REVIEWER, Role.Names.PLATFORM_ADMIN,
            Role.Names.PLATFORM_REVIEWER, Role.Names.AUDITOR})
    @Operation(summary = "The dataset's release policy; the safe default (stored: false) until one is saved")
    public JsonObject policy(@PathParam("id") String id) {
        ReleaseService.StoredPolicy stored = releases.policy(id);
        JsonObjectBuilder json = Json.createObjectBuilder(stored.policy().toJsonObject())
                .add("stored", stored.row().isPresent());
        stored.row().ifPresent(r -> json.add("updatedBy", r.updatedBy()).add("updatedAt", r.updatedAt().toString()));
        return json.build();
    }

    @PUT
    @Path("datasets/{id}/policy")
    @RolesAllowed({Role.Names.DEPT_CATALOGUER, Role.Names.DEPT_REVIEWER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save the release policy: {\"masking\": {\"items\": {...}}, \"quasiIdentifiers\": [...]}")
    public JsonObject savePolicy(@PathParam("id") String id, JsonObject body) {
        ReleasePolicy saved = releases.savePolicy(new SavePolicy(id, ReleasePolicy.fromJson(body)));
        return Json.createObjectBuilder(saved.toJsonObject()).add("stored", true).build();
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
        NewRelease command;
        if ("exchange".equals(source)) {
            command = NewRelease.fromExchange(id);
        } else if (source != null) {
            throw new InvalidInput("source", "enum", "source must be 'exchange' or absent (upload a file)");
        } else {
            command = NewRelease.upload(id, kind(contentType), body);
        }
        ReleasePipeline.Outcome outcome = releases.release(command);
        JsonObject release = view(outcome, uri);
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
    public JsonObject releases(@PathParam("id") String id, @Context UriInfo uri) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        releases.releases(id).forEach(release -> list.add(view(release, uri)));
        return Json.createObjectBuilder().add("datasetId", id).add("items", list).build();
    }

    @GET
    @Path("releases/{releaseId}")
    @RolesAllowed({Role.Names.DEPT_CATALOGUER, Role.Names.DEPT_REVIEWER, Role.Names.PLATFORM_ADMIN,
            Role.Names.PLATFORM_REVIEWER, Role.Names.AUDITOR})
    @Operation(summary = "One release with its report")
    public JsonObject release(@PathParam("releaseId") long releaseId, @Context UriInfo uri) {
        return view(releases.release(releaseId), uri);
    }

    private static JsonObject view(ReleasePipeline.Outcome release, UriInfo uri) {
        OpenReleaseRow row = release.release();
        JsonObject base = OpenDatasetViews.release(row, release.files(), uri.getBaseUri());
        return Json.createObjectBuilder(base)
                .add("datasetId", OpenDatasetId.of(row.resourceCode()))
                .add("createdBy", row.createdBy())
                .add("policy", Json.createReader(new StringReader(row.policyJson())).readObject())
                .add("report", Json.createReader(new StringReader(row.reportJson())).readObject())
                .build();
    }
}
