package io.govshare.app.exchange;

import io.govshare.app.platform.JsonFields;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.govshare.app.GovShareApplication;
import io.govshare.app.platform.keys.HubKeys;
import io.govshare.app.platform.security.Role;
import io.govshare.security.identity.Certificates;

/** Node registration, approval and revocation; the hub's public certificates and revocation list. */
@Path(GovShareApplication.API + "/exchange")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = GovShareApplication.BEARER)
@Tag(name = "exchange", description = "Signed and encrypted data exchange through the hub")
public class NodeResource {

    static final String PEM = "application/x-pem-file";

    @Inject
    NodeRegistry registry;

    @Inject
    HubKeys keys;

    @POST
    @Path("nodes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.DEPT_CATALOGUER, Role.Names.DEPT_REVIEWER, Role.Names.CONSUMER})
    @Operation(summary = "Register a node: its PKCS#10 certificate request (csr, PEM; CN = node id), optional pushUrl")
    public Response register(JsonObject body) {
        JsonObject request = JsonFields.body(body);
        ExchangeNodeRow node = registry.register(JsonFields.optionalString(request, "csr"),
                JsonFields.optionalString(request, "pushUrl"), JsonFields.optionalString(request, "departmentCode"));
        return Response.status(Response.Status.CREATED).entity(NodeRegistry.json(node)).build();
    }

    @GET
    @Path("nodes")
    @RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.DEPT_CATALOGUER, Role.Names.DEPT_REVIEWER,
            Role.Names.PLATFORM_REVIEWER, Role.Names.CONSUMER, Role.Names.AUDITOR})
    @Operation(summary = "Nodes: all for platform roles, the own department's for department users")
    public JsonArray list() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        registry.list().forEach(n -> list.add(NodeRegistry.view(n)));
        return list.build();
    }

    @GET
    @Path("nodes/{nodeId}")
    @RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.DEPT_CATALOGUER, Role.Names.DEPT_REVIEWER,
            Role.Names.PLATFORM_REVIEWER, Role.Names.CONSUMER, Role.Names.AUDITOR})
    @Operation(summary = "One node, with its certificate once approved")
    public JsonObject get(@PathParam("nodeId") String nodeId) {
        return NodeRegistry.json(registry.get(nodeId));
    }

    @POST
    @Path("nodes/{nodeId}/approve")
    @RolesAllowed(Role.Names.PLATFORM_ADMIN)
    @Operation(summary = "Approve a pending node: the hub's CA issues its certificate")
    public JsonObject approve(@PathParam("nodeId") String nodeId) {
        return NodeRegistry.json(registry.approve(nodeId));
    }

    @POST
    @Path("nodes/{nodeId}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PLATFORM_ADMIN)
    @Operation(summary = "Refuse a pending node's request, with a reason")
    public JsonObject reject(@PathParam("nodeId") String nodeId, JsonObject body) {
        return NodeRegistry.json(registry.reject(nodeId, JsonFields.requiredString(JsonFields.body(body), "reason")));
    }

    @POST
    @Path("nodes/{nodeId}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PLATFORM_ADMIN)
    @Operation(summary = "Revoke an active node's certificate, with a reason; effective at once")
    public JsonObject revoke(@PathParam("nodeId") String nodeId, JsonObject body) {
        return NodeRegistry.json(registry.revoke(nodeId, JsonFields.requiredString(JsonFields.body(body), "reason")));
    }

    @PUT
    @Path("nodes/{nodeId}/push-url")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.DEPT_CATALOGUER, Role.Names.DEPT_REVIEWER, Role.Names.CONSUMER})
    @Operation(summary = "Set (or clear with null) the URL the hub pushes deliveries to")
    public JsonObject pushUrl(@PathParam("nodeId") String nodeId, JsonObject body) {
        return NodeRegistry.json(registry.changePushUrl(nodeId, JsonFields.optionalString(JsonFields.body(body), "pushUrl")));
    }

    @GET
    @Path("trust")
    @PermitAll
    @Operation(summary = "What nodes and auditors need to trust the hub: CA, hub and TSA certificates, current CRL (PEM)")
    public JsonObject trust() {
        return Json.createObjectBuilder()
                .add("caCertificate", Certificates.toPem(keys.ca().certificate()))
                .add("hubCertificate", Certificates.toPem(keys.hub().certificate()))
                .add("tsaCertificate", Certificates.toPem(keys.tsaCertificate()))
                .add("crl", Certificates.toPem(keys.crl()))
                .add("cryptoProfile", keys.hub().profile().name())
                .build();
    }

    @GET
    @Path("trust/{file: (ca|hub|tsa|crl)\\.pem}")
    @Produces(PEM)
    @PermitAll
    @Operation(summary = "ca.pem, hub.pem, tsa.pem or crl.pem, for openssl and the auditor CLI")
    public String trustFile(@PathParam("file") String file) {
        return switch (file) {
            case "ca.pem" -> Certificates.toPem(keys.ca().certificate());
            case "hub.pem" -> Certificates.toPem(keys.hub().certificate());
            case "tsa.pem" -> Certificates.toPem(keys.tsaCertificate());
            default -> Certificates.toPem(keys.crl());
        };
    }
}
