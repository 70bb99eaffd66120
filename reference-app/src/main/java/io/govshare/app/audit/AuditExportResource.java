package io.govshare.app.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.govshare.app.GovShareApplication;
import io.govshare.app.platform.domain.InvalidInput;
import io.govshare.app.platform.keys.HubKeys;
import io.govshare.app.platform.security.Role;
import io.govshare.security.audit.AuditCheckpoint;
import io.govshare.security.audit.AuditEntry;
import io.govshare.security.audit.AuditSegment;
import io.govshare.security.identity.Certificates;

/**
 * Export of a segment of the hash-chained audit log for offline verification
 * ({@code govshare-audit verify-audit segment.json --ca ca.pem}): the chained events of a time range, contiguous
 * by chain place and extended up to the next signed checkpoint, those checkpoints, and the hub's certificate.
 * Entries after the newest checkpoint are exported too and reported by the verifier as not yet covered.
 */
@Path(GovShareApplication.API + "/audit/export")
@RequestScoped
@RolesAllowed({Role.Names.AUDITOR, Role.Names.PLATFORM_ADMIN})
@SecurityRequirement(name = GovShareApplication.BEARER)
@Tag(name = "audit")
public class AuditExportResource {

    private static final int MAX_ENTRIES = 100_000;

    @Inject
    AuditChainer chainer;

    @Inject
    HubKeys keys;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Audit-log segment of [from, to) (ISO-8601 instants) with its signed checkpoints "
            + "(standards/exchange/schemas/audit-segment.schema.json), extended to the first checkpoint after the range so "
            + "every entry is covered by a signature. Events of the last seconds may not be chained yet.")
    public Response export(@QueryParam("from") String from, @QueryParam("to") String to) {
        Instant start = instant("from", from);
        Instant end = instant("to", to);
        if (!start.isBefore(end)) {
            throw new InvalidInput("from", "range", "from must be before to");
        }
        long[] range = chainer.range(start, end).orElse(null);
        if (range != null && range[1] - range[0] + 1 > MAX_ENTRIES) {
            throw new InvalidInput("to", "audit.segment-too-large", "The range holds more than "
                    + MAX_ENTRIES + " events; export it in shorter ranges");
        }
        List<AuditEntry> entries = range == null ? List.of() : chainer.entries(range[0], range[1]);
        List<AuditCheckpoint> checkpoints = range == null ? List.of() : chainer.checkpoints(range[0], range[1]);
        AuditSegment segment = new AuditSegment(keys.hub().profile().name(),
                Certificates.toPem(keys.hub().certificate()), entries, checkpoints);
        return Response.ok(new String(segment.toJson(), StandardCharsets.UTF_8), MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"audit-" + start + "-" + end + ".json\"")
                .build();
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(name, "required", name + " is required (an ISO-8601 instant)");
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(name, "format", name + " must be an ISO-8601 instant such as "
                    + "2026-11-22T00:00:00Z");
        }
    }
}
