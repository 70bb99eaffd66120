package io.govshare.app.exchange;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
    ExchangeStatistics statistics;

    @Inject
    DeliveryLedger deliveries;

    @GET
    @Path("statistics")
    @Operation(summary = "Accepted packets and records by day, resource and department; rejections by reason; "
            + "deliveries. from/to are UTC dates (inclusive), by default the last 30 days.")
    public JsonObject statistics(@QueryParam("from") String from, @QueryParam("to") String to) {
        return statistics.statistics(range(from, to));
    }

    @GET
    @Path("failures")
    @Operation(summary = "Refused submissions (newest first) with their reason, and the dead-letter list")
    public JsonObject failures(@QueryParam("from") String from, @QueryParam("to") String to,
                               @QueryParam("offset") @jakarta.ws.rs.DefaultValue("0") int offset,
                               @QueryParam("limit") @jakarta.ws.rs.DefaultValue("100") int limit) {
        if (offset < 0 || limit < 1 || limit > 1000) {
            throw new InvalidInput("limit", "range", "offset must be ≥ 0 and limit from 1 to 1000");
        }
        return statistics.failures(range(from, to), offset, limit);
    }

    @POST
    @Path("dead-letters/{packetId}/retry")
    @RolesAllowed(Role.Names.PLATFORM_ADMIN)
    @Operation(summary = "Put a dead-lettered delivery back on the push queue, attempts reset")
    public JsonObject retry(@PathParam("packetId") String packetId) {
        return ExchangeStatistics.deadLetter(deliveries.retry(packetId)).build();
    }

    private static ExchangeStatistics.DayRange range(String from, String to) {
        LocalDate end = parse("to", to, LocalDate.now(ZoneOffset.UTC));
        LocalDate start = parse("from", from, end.minusDays(29));
        if (start.isAfter(end)) {
            throw new InvalidInput("from", "range", "from must not be after to");
        }
        if (start.plusDays(MAX_DAYS).isBefore(end)) {
            throw new InvalidInput("from", "range", "the range may span at most " + MAX_DAYS + " days");
        }
        return new ExchangeStatistics.DayRange(start, end);
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
