package io.govshare.app.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.govshare.app.GovShareApplication;
import io.govshare.app.platform.domain.InvalidInput;
import io.govshare.app.platform.security.Role;

/** Exchange statistics (packets and records per resource, department and day), failures and dead letters. */
@Path(GovShareApplication.API + "/exchange")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = GovShareApplication.BEARER)
@Tag(name = "exchange")
@RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.PLATFORM_REVIEWER, Role.Names.AUDITOR})
public class ExchangeStatisticsResource {

    private static final int MAX_DAYS = 366;

    @Inject
    ExchangeRepository repository;

    @Inject
    DeliveryLedger deliveries;

    @GET
    @Path("statistics")
    @Transactional
    @Operation(summary = "Accepted packets and records by day, resource and department; rejections by reason; "
            + "deliveries. from/to are UTC dates (inclusive), by default the last 30 days.")
    public JsonObject statistics(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate[] range = range(from, to);
        Instant start = range[0].atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant end = range[1].plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        JsonArrayBuilder byDay = Json.createArrayBuilder();
        Map<String, long[]> byResource = new TreeMap<>();
        Map<String, long[]> byDepartment = new TreeMap<>();
        long packets = 0;
        long records = 0;
        for (Object[] row : repository.dailyTotals(start, end)) {
            long p = ((Number) row[3]).longValue();
            long r = row[4] == null ? 0 : ((Number) row[4]).longValue();
            byDay.add(Json.createObjectBuilder()
                    .add("day", row[2].toString())
                    .add("resourceCode", (String) row[0])
                    .add("departmentCode", (String) row[1])
                    .add("packets", p)
                    .add("records", r));
            add(byResource, (String) row[0], p, r);
            add(byDepartment, (String) row[1], p, r);
            packets += p;
            records += r;
        }
        JsonObjectBuilder rejections = Json.createObjectBuilder();
        long rejected = 0;
        for (Object[] row : repository.rejectionTotals(start, end)) {
            long n = ((Number) row[1]).longValue();
            rejections.add((String) row[0], n);
            rejected += n;
        }
        Object[] d = repository.deliveryTotals(start, end);
        return Json.createObjectBuilder()
                .add("from", range[0].toString())
                .add("to", range[1].toString())
                .add("totals", Json.createObjectBuilder()
                        .add("packets", packets)
                        .add("records", records)
                        .add("rejections", rejected)
                        .add("deliveries", number(d[0]))
                        .add("deliveriesAcknowledged", number(d[1]))
                        .add("deadLetters", number(d[2])))
                .add("byDay", byDay)
                .add("byResource", totals(byResource, "resourceCode"))
                .add("byDepartment", totals(byDepartment, "departmentCode"))
                .add("rejectionsByReason", rejections)
                .build();
    }

    @GET
    @Path("failures")
    @Transactional
    @Operation(summary = "Refused submissions (newest first) with their reason, and the dead-letter list")
    public JsonObject failures(@QueryParam("from") String from, @QueryParam("to") String to,
                               @QueryParam("offset") @jakarta.ws.rs.DefaultValue("0") int offset,
                               @QueryParam("limit") @jakarta.ws.rs.DefaultValue("100") int limit) {
        if (offset < 0 || limit < 1 || limit > 1000) {
            throw new InvalidInput("limit", "range", "offset must be ≥ 0 and limit from 1 to 1000");
        }
        LocalDate[] range = range(from, to);
        Instant start = range[0].atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant end = range[1].plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        JsonArrayBuilder rejections = Json.createArrayBuilder();
        for (ExchangeRejectionRow r : repository.rejections(start, end, offset, limit)) {
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("id", r.id())
                    .add("rejectedAt", r.rejectedAt().toString())
                    .add("actor", r.actor())
                    .add("reason", r.reason())
                    .add("message", r.message());
            if (r.packetId() != null) {
                json.add("packetId", r.packetId());
            }
            if (r.sourceNode() != null) {
                json.add("sourceNode", r.sourceNode());
            }
            if (r.resourceCode() != null) {
                json.add("resourceCode", r.resourceCode());
            }
            rejections.add(json);
        }
        JsonArrayBuilder dead = Json.createArrayBuilder();
        deliveries.deadLetters(0, limit).forEach(row -> dead.add(deadLetter(row)));
        return Json.createObjectBuilder()
                .add("from", range[0].toString())
                .add("to", range[1].toString())
                .add("rejections", rejections)
                .add("deadLetters", dead)
                .build();
    }

    @POST
    @Path("dead-letters/{packetId}/retry")
    @RolesAllowed(Role.Names.PLATFORM_ADMIN)
    @Operation(summary = "Put a dead-lettered delivery back on the push queue, attempts reset")
    public JsonObject retry(@PathParam("packetId") String packetId) {
        return deadLetter(deliveries.retry(packetId)).build();
    }

    private static JsonObjectBuilder deadLetter(DeliveryRow row) {
        return Json.createObjectBuilder()
                .add("packetId", row.packetId())
                .add("node", row.nodeId())
                .add("sourcePacketId", row.sourcePacketId())
                .add("resourceCode", row.resourceCode())
                .add("pushState", row.pushState())
                .add("pushAttempts", row.pushAttempts())
                .add("lastError", row.lastError() == null ? "" : row.lastError())
                .add("createdAt", row.createdAt().toString());
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static void add(Map<String, long[]> totals, String key, long packets, long records) {
        long[] t = totals.computeIfAbsent(key, k -> new long[2]);
        t[0] += packets;
        t[1] += records;
    }

    private static JsonArrayBuilder totals(Map<String, long[]> totals, String keyName) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        totals.forEach((key, t) -> list.add(Json.createObjectBuilder().add(keyName, key)
                .add("packets", t[0]).add("records", t[1])));
        return list;
    }

    private static LocalDate[] range(String from, String to) {
        LocalDate end = parse("to", to, LocalDate.now(ZoneOffset.UTC));
        LocalDate start = parse("from", from, end.minusDays(29));
        if (start.isAfter(end)) {
            throw new InvalidInput("from", "range", "from must not be after to");
        }
        if (start.plusDays(MAX_DAYS).isBefore(end)) {
            throw new InvalidInput("from", "range", "the range may span at most " + MAX_DAYS + " days");
        }
        return new LocalDate[] {start, end};
    }

    private static LocalDate parse(String name, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(name, "format", name + " must be a date YYYY-MM-DD");
        }
    }
}
