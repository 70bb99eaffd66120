package io.govshare.app.it;

import static io.govshare.app.it.ExchangeFixtures.approvedNode;
import static io.govshare.app.it.ExchangeFixtures.records;
import static io.govshare.app.it.ExchangeFixtures.registeredPoliceEntry;
import static io.govshare.app.it.ExchangeFixtures.seal;
import static io.govshare.app.it.ExchangeFixtures.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import io.govshare.security.crypto.CryptoProfiles;
import io.govshare.security.identity.Certificates;
import io.govshare.security.identity.NodeIdentity;

/**
 * The durable event outbox seen from outside: events are numbered per aggregate in commit order even when writers
 * race, each change's event carries what observers need, the search index (an instance observer) follows the
 * catalog's events, and the operators' API answers, refuses and validates as the separation of duties says.
 */
class OutboxIT {

    private static final String OUTBOX = "/api/v1/ops/outbox";

    @Test
    void packetsOfOneResourceFromConcurrentNodesAreNumberedInCommitOrder() throws Exception {
        String cataloguer = Api.demoToken("cataloguer");
        X509Certificate hub = Certificates.readCertificate(
                Api.get("/api/v1/exchange/trust", null).object().getString("hubCertificate"));
        String code = registeredPoliceEntry();
        List<NodeIdentity> nodes = List.of(approvedNode(cataloguer, CryptoProfiles.SM),
                approvedNode(cataloguer, CryptoProfiles.SM), approvedNode(cataloguer, CryptoProfiles.SM));
        int perNode = 8;
        ExecutorService senders = Executors.newFixedThreadPool(nodes.size());
        List<Future<Integer>> accepted = new ArrayList<>();
        for (NodeIdentity node : nodes) {
            accepted.add(senders.submit(() -> {
                int ok = 0;
                for (int sequence = 1; sequence <= perNode; sequence++) {
                    Api.Reply reply = submit(cataloguer, seal(node, code, sequence, records(2), hub));
                    assertEquals(201, reply.status(), reply.toString());
                    ok++;
                }
                return ok;
            }));
        }
        int total = 0;
        for (Future<Integer> f : accepted) {
            total += f.get();
        }
        senders.shutdown();

        List<JsonObject> events = events("exchange-resource", code);
        assertEquals(total, events.size(), "one exchange.packet.accepted event per accepted packet");
        Map<String, Long> lastSequenceOfNode = new HashMap<>();
        long previousId = 0;
        for (int i = 0; i < events.size(); i++) {
            JsonObject event = events.get(i);
            assertEquals("exchange.packet.accepted", event.getString("type"));
            assertEquals(i + 1, event.getJsonNumber("aggregateSeq").longValue(), "numbered 1, 2, 3 … without gaps");
            long id = event.getJsonNumber("id").longValue();
            assertTrue(id > previousId, "ids rise with the aggregate's numbers: " + events);
            previousId = id;
            JsonObject payload = event.getJsonObject("payload");
            assertEquals(code, payload.getString("resourceCode"));
            long sequence = payload.getJsonNumber("sequence").longValue();
            Long before = lastSequenceOfNode.put(payload.getString("sourceNode"), sequence);
            assertTrue(before == null || sequence > before,
                    "each node's packets appear in the order the hub accepted them: " + events);
        }
        assertEquals(nodes.size(), lastSequenceOfNode.size());
    }

    @Test
    void everyCatalogChangeIsAnEventCarryingTheEntryAndTheSearchIndexFollowsIt() {
        String cataloguer = Api.demoToken("cataloguer");
        String name = CatalogFixtures.uniqueName("出入境证件签注信息");
        String code = CatalogFixtures.create(cataloguer, CatalogFixtures.newEntry(name, CatalogFixtures.POLICE))
                .getString("code");
        String path = CatalogFixtures.RESOURCES + "/" + code;
        JsonObject current = Api.get(path, cataloguer).object();
        String newSummary = "签注种类、有效期与签发机关（经事件更新）";
        Api.Reply edited = Api.put(path, cataloguer, CatalogFixtures.with(current, "summary", newSummary).toString());
        assertEquals(200, edited.status(), edited.toString());
        assertEquals(200, CatalogFixtures.move(path, cataloguer, "SUBMIT", null).status());

        List<JsonObject> events = events("catalog-entry", code);
        assertEquals(List.of("catalog.entry.created", "catalog.entry.edited", "catalog.entry.submitted"),
                events.stream().map(e -> e.getString("type")).toList());
        JsonObject submitted = events.get(2).getJsonObject("payload");
        assertEquals("SUBMITTED", submitted.getString("status"));
        assertEquals(3, submitted.getInt("version"));
        assertEquals(newSummary, submitted.getJsonObject("entry").getString("summary"));
        assertEquals(CatalogFixtures.POLICE, submitted.getString("providerCode"));

        // the index is an instance observer: the saving request returns once it has the change
        JsonObject hits = Api.get(CatalogFixtures.RESOURCES + "?q=" + java.net.URLEncoder.encode(code,
                java.nio.charset.StandardCharsets.UTF_8), cataloguer).object();
        assertTrue(hits.toString().contains(newSummary), "the search finds the edited entry at once: " + hits);
    }

    @Test
    void operatorsSeeEveryObserverAndOnlyTheAdministratorHoldsOne() {
        String admin = Api.demoToken("admin");
        String auditor = Api.demoToken("auditor");
        JsonObject status = Api.get(OUTBOX, auditor).object();
        assertTrue(status.getJsonNumber("lastEventId").longValue() > 0, status.toString());
        Map<String, JsonObject> byName = new HashMap<>();
        status.getJsonArray("observers").getValuesAs(JsonObject.class)
                .forEach(o -> byName.put(o.getString("name"), o));
        assertEquals("INSTANCE", byName.get("catalog.search-index").getString("scope"), status.toString());
        JsonObject notices = byName.get("sharing.retired-resource-notices");
        assertEquals("CLUSTER", notices.getString("scope"), status.toString());
        assertEquals("[\"catalog.entry.retired\"]", notices.getJsonArray("eventTypes").toString());

        assertEquals(403, Api.get(OUTBOX, Api.demoToken("cataloguer")).status(), "department staff see no operations");
        assertEquals(401, Api.get(OUTBOX, null).status());
        String notice = OUTBOX + "/observers/sharing.retired-resource-notices";
        assertEquals(403, Api.post(notice + "/pause", auditor, null).status(), "the auditor reads, never acts");
        Api.Reply unknown = Api.post(OUTBOX + "/observers/no.such-observer/pause", admin, null);
        assertTrue(unknown.isProblem(404), unknown.toString());
        Api.Reply instance = Api.post(OUTBOX + "/observers/catalog.search-index/pause", admin, null);
        assertTrue(instance.isProblem(404), "instance observers cannot be held: " + instance);

        Api.Reply paused = Api.post(notice + "/pause", admin, null);
        assertEquals(200, paused.status(), paused.toString());
        assertTrue(paused.object().getBoolean("paused"));
        Api.Reply resumed = Api.post(notice + "/resume", admin, null);
        assertEquals(200, resumed.status(), resumed.toString());
        assertTrue(!resumed.object().getBoolean("paused"));
        assertTrue(Api.get("/api/v1/audit/events?action=ops.outbox.pause", auditor).object().toString()
                .contains("sharing.retired-resource-notices"), "holding an observer is audited");

        Api.Reply badLimit = Api.get(OUTBOX + "/events?limit=5000", auditor);
        assertTrue(badLimit.isProblem(400), badLimit.toString());
        assertEquals("limit", badLimit.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply idWithoutType = Api.get(OUTBOX + "/events?aggregateId=x", auditor);
        assertTrue(idWithoutType.isProblem(400), idWithoutType.toString());
        assertEquals("aggregateId", idWithoutType.object().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    /** Every event of one aggregate, oldest first, as the auditor reads them. */
    static List<JsonObject> events(String aggregateType, String aggregateId) {
        return Api.get(OUTBOX + "/events?aggregateType=" + aggregateType + "&aggregateId=" + aggregateId
                + "&limit=1000", Api.demoToken("auditor")).object().getJsonArray("events").getValuesAs(JsonObject.class);
    }
}
