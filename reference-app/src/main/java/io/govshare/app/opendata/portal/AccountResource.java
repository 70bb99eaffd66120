package io.govshare.app.opendata.portal;

import io.govshare.app.GovShareApplication;
import io.govshare.app.platform.JsonFields;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Registration of the portal's public users. */
@Path(GovShareApplication.API + "/open")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "open data")
public class AccountResource {

    @Inject
    AccountService accounts;

    @POST
    @Path("accounts")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a public user (username, displayName, password of 8+ characters)")
    public Response register(JsonObject body) {
        JsonObject request = JsonFields.body(body);
        Registration command = new Registration(JsonFields.optionalString(request, "username"),
                JsonFields.optionalString(request, "displayName"), JsonFields.optionalString(request, "password"));
        return Response.status(Response.Status.CREATED).entity(accounts.register(command)).build();
    }
}
