package io.govshare.app.exchange;

import io.govshare.app.platform.JsonFields;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
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
import io.govshare.app.platform.domain.InvalidInput;
import io.govshare.app.platform.security.CurrentActor;
import io.govshare.app.platform.security.Role;

/**
 * A consumer node's inbox: pull with a cursor, download, acknowledge. The node is the {@code node} parameter, or
 * the department's only active node when it has one.
 */
@Path(GovShareApplication.API + "/exchange/inbox")
@RequestScoped
@SecurityRequirement(name = GovShareApplication.BEARER)
@Tag(name = "exchange")
public class InboxResource {

    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = 1000;

    @Inject
    PacketDelivery delivery;

    @Inject
    NodeRegistry nodes;

    @Inject
    ExchangeRepository repository;

    @Inject
    CurrentActor user;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.DEPT_CATALOGUER, Role.Names.DEPT_REVIEWER, Role.Names.CONSUMER})
    @Operation(summary = "Unacknowledged deliveries after the cursor (after=0 from the start), oldest first")
    public JsonObject inbox(@QueryParam("node") String node, @QueryParam("after") String after,
                            @QueryParam("limit") String limit) {
        String nodeId = node(node);
        long cursor = number("after", after, 0, 0, Long.MAX_VALUE);
        int size = (int) number("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        List<PacketDelivery.InboxItem> items = delivery.inbox(nodeId, cursor, size);
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (PacketDelivery.InboxItem item : items) {
            list.add(Json.createObjectBuilder()
                    .add("cursor", item.cursor())
                    .add("packetId", item.packetId())
                    .add("sourcePacketId", item.sourcePacketId())
                    .add("resourceCode", item.resourceCode())
                    .add("recordCount", item.recordCount())
                    .add("size", item.byteSize())
                    .add("createdAt", item.createdAt().toString())
                    .add("href", "/" + GovShareApplication.API + "/exchange/inbox/packets/" + item.packetId()
                            + "?node=" + nodeId));
        }
        long next = items.isEmpty() ? cursor : items.get(items.size() - 1).cursor();
        return Json.createObjectBuilder()
                .add("node", nodeId)
                .add("items", list)
                .add("nextCursor", next)
                .build();
    }

    @GET
    @Path("packets/{packetId}")
    @Produces(PacketResource.PACKET_MEDIA_TYPE)
    @RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.DEPT_CATALOGUER, Role.Names.DEPT_REVIEWER, Role.Names.CONSUMER})
    @Operation(summary = "One delivery packet, sealed for the node's key")
    public Response packet(@PathParam("packetId") String packetId, @QueryParam("node") String node) {
        String nodeId = node(node);
        return Response.ok(delivery.packetFile(nodeId, packetId).toFile(), PacketResource.PACKET_MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + packetId + ".gspkt\"")
                .build();
    }

    @POST
    @Path("ack")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.DEPT_CATALOGUER, Role.Names.DEPT_REVIEWER, Role.Names.CONSUMER})
    @Operation(summary = "Acknowledge deliveries: {\"node\": optional, \"packetIds\": [...]}; repeating an ack is harmless")
    public JsonObject ack(JsonObject body) {
        JsonObject request = JsonFields.body(body);
        String nodeId = node(JsonFields.optionalString(request, "node"));
        List<String> ids = JsonFields.optionalStrings(request, "packetIds");
        if (ids == null || ids.isEmpty()) {
            throw new InvalidInput("packetIds", "required", "packetIds must list at least one packet id");
        }
        if (ids.size() > MAX_LIMIT) {
            throw new InvalidInput("packetIds", "exchange.too-many", "at most " + MAX_LIMIT + " ids per ack");
        }
        int acknowledged = delivery.acknowledge(nodeId, ids);
        return Json.createObjectBuilder().add("node", nodeId).add("acknowledged", acknowledged).build();
    }

    private String node(String requested) {
        if (requested != null && !requested.isBlank()) {
            return nodes.activeNodeOfCurrentUser(requested.trim()).nodeId();
        }
        List<ExchangeNodeRow> active = activeNodesOfDepartment();
        if (active.size() != 1) {
            throw new InvalidInput("node", "required", active.isEmpty()
                    ? "Your department has no ACTIVE exchange node" : "Your department has " + active.size()
                    + " active nodes; say which with node=");
        }
        return active.get(0).nodeId();
    }

    /** A plain read: the node list needs no transaction of its own. */
    List<ExchangeNodeRow> activeNodesOfDepartment() {
        return user.departmentCode().map(repository::activeNodes).orElse(List.of());
    }

    private static long number(String name, String value, long fallback, long min, long max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long n = Long.parseLong(value.trim());
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidInput(name, "range", name + " must be a whole number from " + min + " to " + max);
        }
    }
}
