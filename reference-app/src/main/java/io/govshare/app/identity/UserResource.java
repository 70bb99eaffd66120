package io.govshare.app.identity;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.govshare.app.GovShareApplication;
import io.govshare.app.platform.domain.NotFound;
import io.govshare.app.platform.security.Role;

/** Account administration: platform administrators create, administrators and auditors read. */
@Path(GovShareApplication.API + "/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.AUDITOR})
@SecurityRequirement(name = GovShareApplication.BEARER)
@Tag(name = "users", description = "User accounts and their roles")
public class UserResource {

    @Inject
    Accounts accounts;

    @GET
    @Operation(summary = "Every account, by user name")
    public JsonArray list() {
        JsonArrayBuilder users = Json.createArrayBuilder();
        accounts.all().forEach(u -> users.add(Accounts.toJson(u)));
        return users.build();
    }

    @GET
    @Path("{username}")
    @Operation(summary = "One account")
    public JsonObject get(@PathParam("username") String username) {
        return accounts.find(username).map(Accounts::toJson)
                .orElseThrow(() -> new NotFound("No user '" + username + "'"));
    }

    @POST
    @RolesAllowed(Role.Names.PLATFORM_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an account with roles and, for department roles, a department")
    public Response create(@NotNull(message = "a JSON object describing the user is required") @Valid NewUser request) {
        UserAccount user = accounts.create(request);
        return Response.created(URI.create("/" + GovShareApplication.API + "/users/" + user.getUsername()))
                .entity(Accounts.toJson(user))
                .build();
    }
}
