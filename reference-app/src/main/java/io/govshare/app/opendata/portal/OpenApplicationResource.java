package io.govshare.app.opendata.portal;

import io.govshare.app.GovShareApplication;
import io.govshare.app.opendata.OpenDatasetId;
import io.govshare.app.platform.JsonFields;
import io.govshare.app.platform.domain.InvalidInput;
import io.govshare.app.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Applications for 有条件开放 data, the provider's decision, and the key an approval issues. */
@Path(GovShareApplication.API + "/open")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "open data")
public class OpenApplicationResource {

    @Inject
    OpenApplicationService applications;

    @POST
    @Path("datasets/{id}/applications")
    @RolesAllowed(Role.Names.PUBLIC_USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Apply to use a 有条件开放 dataset (purpose: why and how the data will be used)")
    public Response apply(@PathParam("id") String id, JsonObject body) {
        String purpose = JsonFields.requiredString(JsonFields.body(body), "purpose");
        OpenApplicationRow application = applications.submit(new SubmitApplication(id, purpose));
        return Response.status(Response.Status.CREATED).entity(view(application)).build();
    }

    @GET
    @Path("applications")
    @RolesAllowed({Role.Names.PUBLIC_USER, Role.Names.DEPT_REVIEWER, Role.Names.PLATFORM_ADMIN, Role.Names.AUDITOR})
    @Operation(summary = "Applications: a public user's own; a department reviewer's: those for the department's datasets")
    public JsonValue applications() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        applications.visible().forEach(row -> list.add(view(row)));
        return list.build();
    }

    @POST
    @Path("applications/{id}/decision")
    @RolesAllowed(Role.Names.DEPT_REVIEWER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The providing department's reviewer approves (an API key is issued) or refuses "
            + "(reason required): {\"decision\": \"APPROVE\"|\"REFUSE\", \"reason\": \"...\"}")
    public JsonObject decide(@PathParam("id") long id, JsonObject body) {
        JsonObject request = JsonFields.body(body);
        String decision = JsonFields.requiredString(request, "decision");
        String reason = JsonFields.optionalString(request, "reason");
        if (!decision.equals("APPROVE") && !decision.equals("REFUSE")) {
            throw new InvalidInput("decision", "enum", "decision must be APPROVE or REFUSE");
        }
        return view(applications.decide(new DecideApplication(id, decision.equals("APPROVE"), reason)));
    }

    @POST
    @Path("applications/{id}/api-key")
    @RolesAllowed(Role.Names.PUBLIC_USER)
    @Operation(summary = "Collect the API key issued on approval of my application; it can be collected once")
    public JsonObject collectKey(@PathParam("id") long id) {
        return ApiKeyResource.secret(applications.collectKey(id));
    }

    private static JsonObject view(OpenApplicationRow row) {
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
}
