package io.govshare.app.exchange;

import io.govshare.app.platform.JsonFields;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.govshare.app.GovShareApplication;
import io.govshare.app.platform.security.Role;

/** Grants that drive routing: which consumer department receives which resource and items. */
@Path(GovShareApplication.API + "/exchange/grants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = GovShareApplication.BEARER)
@Tag(name = "exchange")
public class GrantResource {

    @Inject
    GrantService grants;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PLATFORM_ADMIN)
    @Operation(summary = "Grant a consumer department a resource's items (consumerDepartment, resourceCode, "
            + "items; without items: every shareable item). Replaces the items of an existing grant.")
    public Response grant(JsonObject body) {
        JsonObject request = JsonFields.body(body);
        ExchangeGrantRow grant = grants.grant(JsonFields.requiredString(request, "consumerDepartment"),
                JsonFields.requiredString(request, "resourceCode"), JsonFields.optionalStrings(request, "items"));
        return Response.status(Response.Status.CREATED).entity(GrantService.view(grant)).build();
    }

    @GET
    @RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.PLATFORM_REVIEWER, Role.Names.AUDITOR,
            Role.Names.DEPT_CATALOGUER, Role.Names.DEPT_REVIEWER, Role.Names.CONSUMER})
    @Operation(summary = "Grants, optionally of one resource")
    public JsonArray list(@QueryParam("resourceCode") String resourceCode) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        grants.list(resourceCode == null || resourceCode.isBlank() ? null : resourceCode.trim())
                .forEach(g -> list.add(GrantService.view(g)));
        return list.build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.Names.PLATFORM_ADMIN)
    @Operation(summary = "Withdraw a grant; packets already delivered stay delivered")
    public Response revoke(@PathParam("id") long id) {
        grants.revoke(id);
        return Response.noContent().build();
    }
}
