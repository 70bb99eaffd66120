package io.govshare.app.department;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
import io.govshare.app.platform.FieldError;
import io.govshare.app.platform.domain.InvalidInput;
import io.govshare.app.platform.domain.NotFound;
import io.govshare.app.platform.security.Role;
import io.govshare.catalog.DepartmentCode;

@Path(GovShareApplication.API + "/departments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.DEPT_CATALOGUER, Role.Names.DEPT_REVIEWER,
        Role.Names.PLATFORM_REVIEWER, Role.Names.CONSUMER, Role.Names.AUDITOR})
@SecurityRequirement(name = GovShareApplication.BEARER)
@Tag(name = "departments", description = "The city's departments (providers and users of information resources)")
public class DepartmentResource {

    @Inject
    DepartmentRepository departments;

    @Inject
    DepartmentService service;

    @GET
    @Operation(summary = "Every department, by number")
    public JsonArray list() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        departments.all().forEach(d -> list.add(toJson(d)));
        return list.build();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One department by its 统一社会信用代码")
    public JsonObject get(@PathParam("code") String code) {
        return departments.find(code).map(d -> toJson(d).build())
                .orElseThrow(() -> new NotFound("No department with code " + code));
    }

    /**
     * A code of the wrong shape is refused; a code whose GB 32100 check character does not match is accepted with
     * a warning, because some genuinely registered codes fail the check.
     */
    @POST
    @RolesAllowed(Role.Names.PLATFORM_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a department; the answer lists warnings such as a failing check character")
    public Response create(@NotNull(message = "a JSON object describing the department is required")
                           @Valid NewDepartment request) {
        DepartmentCode code;
        try {
            code = DepartmentCode.of(request.code());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("The department code is not a 统一社会信用代码",
                    List.of(new FieldError("code", "department-code.format", e.getMessage())));
        }
        Department department = service.register(new RegisterDepartment(code, request.name().strip(),
                request.number(), request.region() == null || request.region().isBlank() ? null : request.region().strip()));

        JsonArrayBuilder warnings = Json.createArrayBuilder();
        if (!code.hasValidCheckCharacter()) {
            char expected = DepartmentCode.checkCharacterFor(code.value().substring(0, 17));
            warnings.add(Json.createObjectBuilder()
                    .add("field", "code")
                    .add("rule", "department-code.check-character")
                    .add("message", "The check character is '" + code.value().charAt(17) + "', GB 32100 gives '"
                            + expected + "'; accepted as registered, please verify the code"));
        }
        return Response.created(URI.create("/" + GovShareApplication.API + "/departments/" + department.getCode()))
                .entity(toJson(department).add("warnings", warnings).build())
                .build();
    }

    static JsonObjectBuilder toJson(Department d) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("code", d.getCode())
                .add("name", d.getName())
                .add("number", d.getNumber());
        if (d.getRegion() != null) {
            json.add("region", d.getRegion());
        } else {
            json.addNull("region");
        }
        return json;
    }
}
