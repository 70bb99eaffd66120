package io.govshare.app.opendata.portal;

import io.govshare.app.GovShareApplication;
import io.govshare.app.platform.JsonFields;
import io.govshare.app.platform.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Ratings and comments on open datasets. */
@Path(GovShareApplication.API + "/open")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "open data")
public class FeedbackResource {

    @Inject
    FeedbackService feedback;

    @POST
    @Path("datasets/{id}/feedback")
    @RolesAllowed({Role.Names.PUBLIC_USER, Role.Names.CONSUMER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rate a dataset 1-5 with an optional comment")
    public Response feedback(@PathParam("id") String id, JsonObject body) {
        JsonObject request = JsonFields.body(body);
        Integer rating = request.get("rating") instanceof JsonNumber number && number.isIntegral()
                ? number.intValue() : null;
        OpenFeedbackRow row = feedback.give(new GiveFeedback(id, rating, JsonFields.optionalString(request, "comment")));
        return Response.status(Response.Status.CREATED).entity(view(row)).build();
    }

    @GET
    @Path("datasets/{id}/feedback")
    @PermitAll
    @Operation(summary = "Ratings and comments on a dataset, newest first, with the average")
    public JsonObject feedbackList(@PathParam("id") String id) {
        List<OpenFeedbackRow> rows = feedback.of(id);
        JsonArrayBuilder list = Json.createArrayBuilder();
        rows.forEach(row -> list.add(view(row)));
        double average = rows.stream().mapToInt(OpenFeedbackRow::rating).average().orElse(0);
        return Json.createObjectBuilder().add("count", rows.size()).add("average", Math.round(average * 100) / 100.0)
                .add("items", list).build();
    }

    private static JsonObject view(OpenFeedbackRow row) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", row.id()).add("username", row.username())
                .add("rating", row.rating()).add("createdAt", row.createdAt().toString());
        if (row.comment() != null) {
            json.add("comment", row.comment());
        }
        return json.build();
    }
}
