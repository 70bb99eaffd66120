package io.govshare.app.opendata.portal;

import io.govshare.app.GovShareApplication;
import io.govshare.app.opendata.OpenDatasetId;
import io.govshare.app.platform.domain.InvalidInput;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The portal's public download statistics. */
@Path(GovShareApplication.API + "/open")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "open data")
public class StatisticsResource {

    @Inject
    StatisticsService statistics;

    @GET
    @Path("statistics")
    @PermitAll
    @Operation(summary = "Download counts per dataset and day (from, to: ISO dates; default the last 30 days)")
    public JsonObject statistics(@QueryParam("from") String fromText, @QueryParam("to") String toText) {
        LocalDate to = date("to", toText, LocalDate.now(ZoneOffset.UTC));
        LocalDate from = date("from", fromText, to.minusDays(29));
        StatisticsService.Statistics counted = statistics.downloads(new StatisticsPeriod(from, to));
        Map<String, Long> perDataset = new LinkedHashMap<>();
        JsonArrayBuilder days = Json.createArrayBuilder();
        long total = 0;
        for (StatisticsService.DayCount count : counted.days()) {
            String id = OpenDatasetId.of(count.resourceCode());
            days.add(Json.createObjectBuilder().add("datasetId", id).add("day", count.day().toString())
                    .add("format", count.format()).add("downloads", count.downloads()));
            perDataset.merge(id, count.downloads(), Long::sum);
            total += count.downloads();
        }
        JsonObjectBuilder byDataset = Json.createObjectBuilder();
        perDataset.forEach(byDataset::add);
        return Json.createObjectBuilder().add("from", from.toString()).add("to", to.toString())
                .add("downloads", total).add("byDataset", byDataset).add("byDay", days)
                .add("openDatasets", counted.openDatasets())
                .add("publishedDatasets", counted.publishedDatasets()).build();
    }

    private static LocalDate date(String name, String text, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInput(name, "date", name + " must be an ISO date such as 2026-11-22");
        }
    }
}
