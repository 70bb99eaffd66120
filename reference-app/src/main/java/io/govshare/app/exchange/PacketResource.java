package io.govshare.app.exchange;

import java.io.InputStream;
import java.nio.file.Files;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import io.govshare.app.platform.security.CurrentActor;
import io.govshare.app.platform.security.Role;

/** Packet intake and, for auditors and the sender, the stored submission and its receipt. */
@Path(GovShareApplication.API + "/exchange/packets")
@RequestScoped
@SecurityRequirement(name = GovShareApplication.BEARER)
@Tag(name = "exchange")
public class PacketResource {

    public static final String PACKET_MEDIA_TYPE = "application/vnd.govshare.packet+zip";

    @Inject
    PacketIntake intake;

    @Inject
    PacketLedger ledger;

    @Inject
    ExchangeRepository repository;

    @Inject
    PacketStore store;

    @Inject
    CurrentActor user;

    @POST
    @Consumes(PACKET_MEDIA_TYPE)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.DEPT_CATALOGUER, Role.Names.DEPT_REVIEWER, Role.Names.CONSUMER})
    @Operation(summary = "Submit a signed packet (standards/exchange/SPEC.md). 201 with the hub's signed receipt; "
            + "the same packet id again: 200 with the same receipt. Refusals: 422 whose error rule is the SPEC reason.")
    public Response submit(InputStream body) {
        PacketIntake.Outcome outcome = intake.submit(body);
        return Response.status(outcome.repeated() ? Response.Status.OK : Response.Status.CREATED)
                .type(MediaType.APPLICATION_JSON)
                .entity(outcome.receiptJson())
                .build();
    }

    @GET
    @Path("{packetId}/receipt")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.AUDITOR, Role.Names.DEPT_CATALOGUER, Role.Names.DEPT_REVIEWER,
            Role.Names.PLATFORM_REVIEWER, Role.Names.CONSUMER})
    @Operation(summary = "The receipt given for an accepted submission")
    public String receipt(@PathParam("packetId") String packetId) {
        return visible(packetId).receiptJson();
    }

    @GET
    @Path("{packetId}")
    @Produces(PACKET_MEDIA_TYPE)
    @RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.AUDITOR, Role.Names.DEPT_CATALOGUER, Role.Names.DEPT_REVIEWER,
            Role.Names.PLATFORM_REVIEWER, Role.Names.CONSUMER})
    @Operation(summary = "The stored submission exactly as received, for verification with the auditor CLI or OpenSSL")
    public Response packet(@PathParam("packetId") String packetId) {
        visible(packetId);
        java.nio.file.Path file = store.submission(packetId);
        if (!Files.exists(file)) {
            throw new NotFound("The file of packet " + packetId + " is missing from the store");
        }
        return Response.ok(file.toFile(), PACKET_MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + packetId + ".gspkt\"")
                .build();
    }

    /** Platform roles and auditors see every submission, a department its own. */
    private ExchangePacketRow visible(String packetId) {
        ExchangePacketRow row = ledger.row(packetId)
                .orElseThrow(() -> new NotFound("No accepted packet " + packetId));
        boolean platform = user.has(Role.PLATFORM_ADMIN) || user.has(Role.AUDITOR) || user.has(Role.PLATFORM_REVIEWER);
        if (!platform && !row.departmentCode().equals(user.departmentCode().orElse(null))) {
            throw new NotFound("No accepted packet " + packetId);
        }
        return row;
    }
}
