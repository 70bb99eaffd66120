package io.govshare.app.opendata.portal;

import io.govshare.app.GovShareApplication;
import io.govshare.app.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A public user's personal API keys for the data API. */
@Path(GovShareApplication.API + "/open")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "open data")
public class ApiKeyResource {

    @Inject
    ApiKeyService keys;

    @POST
    @Path("api-keys")
    @RolesAllowed(Role.Names.PUBLIC_USER)
    @Operation(summary = "Issue a personal API key for the data API; the key is shown only in this answer")
    public Response issueKey() {
        return Response.status(Response.Status.CREATED).entity(secret(keys.issue())).build();
    }

    @GET
    @Path("api-keys")
    @RolesAllowed(Role.Names.PUBLIC_USER)
    @Operation(summary = "My API keys (prefixes only)")
    public JsonValue keys() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (OpenApiKeyRow key : keys.keys()) {
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
        keys.revoke(id);
        return Response.noContent().build();
    }

    /** The answer that hands out a key, the one time it is shown: the key, its prefix and the header to send it in. */
    static JsonObject secret(String key) {
        return Json.createObjectBuilder().add("apiKey", key).add("prefix", ApiKeys.displayPrefix(key))
                .add("header", ApiKeys.HEADER).build();
    }
}
