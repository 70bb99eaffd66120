package io.govshare.app.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;

/** The exchange's statistics and failure lists for the platform's operators, each read in one transaction. */
@ApplicationScoped
public class ExchangeStatistics {

    /** Whole UTC days, both inclusive. */
    public record DayRange(LocalDate from, LocalDate to) {
        Instant start() {
            return from.atStartOfDay().toInstant(ZoneOffset.UTC);
        }

        Instant end() {
            return to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        }
    }

    @Inject
    ExchangeRepository repository;

    @Inject
    DeliveryLedger deliveries;

    /** Accepted packets and records by day, resource and department; rejections by reason; deliveries. */
    @Transactional
    public JsonObject statistics(DayRange days) {
        LocalDate[] range = {days.from(), days.to()};
        Instant start = days.start();
        Instant end = days.end();
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

    /** Refused submissions (newest first) with their reason, and the dead-letter list. */
    @Transactional
    public JsonObject failures(DayRange days, int offset, int limit) {
        LocalDate[] range = {days.from(), days.to()};
        Instant start = days.start();
        Instant end = days.end();
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

    static JsonObjectBuilder deadLetter(DeliveryRow row) {
        return Json.createObjectBuilder()
                .add("packetId", row.packetId())
                .add("node", row.nodeId())
                .add("sourcePacketId", row.sourcePacketId())
                .add("resourceCode", row.resourceCode())
                .add("pushState", row.pushState().name())
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
}
