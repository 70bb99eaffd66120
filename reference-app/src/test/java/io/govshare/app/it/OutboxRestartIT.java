package io.govshare.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * The outbox survives a crash between commit and dispatch. A catalog entry with a live subscription is retired
 * while the cluster-wide observer that tells subscribers is held, so the event is committed but not delivered; the
 * server is killed (SIGKILL); after the restart the hold and the event are still there, and once released the
 * subscriber gets exactly one notice — however many polls follow. Runs in the restart execution.
 */
class OutboxRestartIT {

    private static final String SHARING = "/api/v1/sharing";
    private static final String OUTBOX = "/api/v1/ops/outbox";
    private static final String NOTICES = "sharing.retired-resource-notices";

    @Test
    void anEventCommittedBeforeAKillIsDeliveredAfterTheRestartExactlyOnce() throws Exception {
        String admin = Api.demoToken("admin");
        String consumer = Api.demoToken("consumer");
        String code = CatalogFixtures.unconditionalPoliceEntry("旧版证件登记目录");
        long subscription = subscribe(consumer, code);

        assertEquals(200, Api.post(OUTBOX + "/observers/" + NOTICES + "/pause", admin, null).status());
        String path = CatalogFixtures.RESOURCES + "/" + code;
        Api.Reply retired = CatalogFixtures.move(path, Api.demoToken("reviewer"), "RETIRE", "资源已由新系统替代");
        assertEquals("RETIRED", retired.object().getString("status"), retired.toString());
        List<JsonObject> events = OutboxIT.events("catalog-entry", code);
        JsonObject retirement = events.get(events.size() - 1);
        assertEquals("catalog.entry.retired", retirement.getString("type"), events.toString());
        long eventId = retirement.getJsonNumber("id").longValue();
        JsonObject held = observer(admin);
        assertTrue(held.getBoolean("paused") && held.getJsonNumber("pending").longValue() >= 1, held.toString());
        assertEquals(0, notices(consumer, subscription), "held: nobody is told yet");

        TestServer.kill();
        TestServer.startAndAwait(OUTBOX, admin);

        JsonObject afterRestart = observer(admin);
        assertTrue(afterRestart.getBoolean("paused"), "the hold outlives the crash: " + afterRestart);
        assertTrue(afterRestart.getJsonNumber("handledThrough").longValue() < eventId, afterRestart.toString());
        assertTrue(afterRestart.getJsonNumber("pending").longValue() >= 1, "the event waits: " + afterRestart);
        assertEquals(0, notices(consumer, subscription));

        assertEquals(200, Api.post(OUTBOX + "/observers/" + NOTICES + "/resume", admin, null).status());
        assertTrue(eventually(() -> notices(consumer, subscription) == 1), "the subscriber is told after the restart");
        assertTrue(eventually(() -> observer(admin).getJsonNumber("pending").longValue() == 0),
                "nothing is left pending: " + observer(admin));
        Thread.sleep(3000); // several polls later, on this instance and none other: still one notice
        assertEquals(1, notices(consumer, subscription), "delivered exactly once");
        assertEquals(0, observer(admin).getJsonNumber("failuresHere").longValue(), observer(admin).toString());
    }

    private static JsonObject observer(String token) {
        return Api.get(OUTBOX, token).object().getJsonArray("observers").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("name").equals(NOTICES)).findFirst().orElseThrow();
    }

    private static long notices(String token, long subscription) {
        return Api.get(SHARING + "/notifications", token).object().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("kind").equals("resource.retired")
                        && n.getString("subjectId").equals(String.valueOf(subscription)))
                .count();
    }

    /** Applies for the entry as the consumer, passes the conformity review and subscribes; the subscription id. */
    private static long subscribe(String consumer, String code) {
        String application = Json.createObjectBuilder().add("resourceCode", code)
                .add("items", Json.createArrayBuilder().add("证件号码"))
                .add("purpose", "核验申请人的证件信息")
                .add("periodFrom", LocalDate.now().toString())
                .add("periodTo", LocalDate.now().plusYears(1).toString())
                .build().toString();
        Api.Reply submitted = Api.post(SHARING + "/applications", consumer, application);
        assertEquals(201, submitted.status(), submitted.toString());
        long id = submitted.object().getJsonNumber("id").longValue();
        Api.Reply passed = Api.post(SHARING + "/applications/" + id + "/conformity",
                Api.demoToken("platform-reviewer"), Json.createObjectBuilder().add("decision", "PASS").build().toString());
        assertEquals("APPROVED", passed.object().getString("status"), passed.toString());
        Api.Reply subscribed = Api.post(SHARING + "/subscriptions", consumer,
                Json.createObjectBuilder().add("applicationId", id).build().toString());
        assertEquals(201, subscribed.status(), subscribed.toString());
        return subscribed.object().getJsonNumber("id").longValue();
    }

    private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(250);
        }
        return false;
    }
}
