package io.govshare.app.it;

import static io.govshare.app.it.ExchangeFixtures.approvedNode;
import static io.govshare.app.it.ExchangeFixtures.problemRule;
import static io.govshare.app.it.ExchangeFixtures.records;
import static io.govshare.app.it.ExchangeFixtures.registeredPoliceEntry;
import static io.govshare.app.it.ExchangeFixtures.seal;
import static io.govshare.app.it.ExchangeFixtures.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.govshare.exchange.PacketId;
import io.govshare.exchange.PacketOperation;
import io.govshare.security.crypto.CryptoProfiles;
import io.govshare.security.identity.Certificates;
import io.govshare.security.identity.HubTrustStore;
import io.govshare.security.identity.NodeIdentity;
import io.govshare.security.packet.OpenedPacket;
import io.govshare.security.packet.PacketOpener;
import io.govshare.security.packet.RecordStream;

/**
 * The sharing portal's workflow end to end: a department applies for items of another's resource, the platform
 * reviews conformity, the provider decides, the consumer subscribes and its node receives only the granted items;
 * pausing holds deliveries and resuming catches up; deadlines, overdue reminders and notifications; missing-resource
 * requests. The integration server runs with a provider limit of 0 working days and a 1-second reminder sweep, so
 * the provider stage is overdue at once.
 */
class SharingIT {

    private static final String SHARING = "/api/v1/sharing";
    private static X509Certificate caCertificate;
    private static X509Certificate hubCertificate;

    @TempDir
    Path temp;

    @BeforeAll
    static void trust() {
        JsonObject trust = Api.get("/api/v1/exchange/trust", null).object();
        caCertificate = Certificates.readCertificate(trust.getString("caCertificate"));
        hubCertificate = Certificates.readCertificate(trust.getString("hubCertificate"));
    }

    private static String application(String code, String legalBasis, String... items) {
        JsonArrayBuilder names = Json.createArrayBuilder();
        for (String item : items) {
            names.add(item);
        }
        var json = Json.createObjectBuilder().add("resourceCode", code).add("items", names)
                .add("purpose", "核验最低生活保障申请人的证件信息")
                .add("periodFrom", LocalDate.now().toString())
                .add("periodTo", LocalDate.now().plusYears(1).toString());
        if (legalBasis != null) {
            json.add("legalBasis", legalBasis);
        }
        return json.build().toString();
    }

    private static String decision(String field, String value, String reason) {
        var json = Json.createObjectBuilder().add(field, value);
        if (reason != null) {
            json.add("reason", reason);
        }
        return json.build().toString();
    }

    @Test
    void anApplicationGoesThroughConformityAndTheProviderToASubscriptionWhoseNodeReceivesOnlyTheGrantedItems()
            throws Exception {
        String consumer = Api.demoToken("consumer");
        String platformReviewer = Api.demoToken("platform-reviewer");
        String policeReviewer = Api.demoToken("reviewer");
        String policeCataloguer = Api.demoToken("cataloguer");
        String code = registeredPoliceEntry();
        NodeIdentity provider = approvedNode(policeCataloguer, CryptoProfiles.SM);

        // bad applications are refused naming the field and the rule
        Api.Reply photo = Api.post(SHARING + "/applications", consumer, application(code, "《政务数据共享条例》", "证件号码", "人像照片"));
        assertTrue(photo.isProblem(400), photo.toString());
        assertEquals("items[1]", photo.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("sharing.item-not-shared", problemRule(photo));
        Api.Reply unknown = Api.post(SHARING + "/applications", consumer, application(code, "依据", "户籍地址"));
        assertEquals("sharing.item-unknown", problemRule(unknown));
        Api.Reply noBasis = Api.post(SHARING + "/applications", consumer, application(code, null, "证件号码"));
        assertEquals("sharing.legal-basis-required", problemRule(noBasis), noBasis.toString());
        Api.Reply backwards = Api.post(SHARING + "/applications", consumer, Json.createObjectBuilder(
                Json.createReader(new java.io.StringReader(application(code, "依据", "证件号码"))).readObject())
                .add("periodFrom", "2030-01-01").add("periodTo", "2029-01-01").build().toString());
        assertEquals("sharing.period-order", problemRule(backwards), backwards.toString());
        Api.Reply own = Api.post(SHARING + "/applications", policeCataloguer, application(code, "依据", "证件号码"));
        assertEquals("sharing.own-resource", problemRule(own), own.toString());

        Api.Reply submitted = Api.post(SHARING + "/applications", consumer,
                application(code, "《政务数据共享条例》第十五条", "证件号码", "签发日期"));
        assertEquals(201, submitted.status(), submitted.toString());
        JsonObject applied = submitted.object();
        long id = applied.getJsonNumber("id").longValue();
        assertEquals("CONFORMITY_REVIEW", applied.getString("status"));
        assertFalse(applied.getBoolean("overdue"), "two working days for the conformity review");
        assertTrue(applied.getInt("workingDaysLeft") >= 1 && applied.getInt("workingDaysLeft") <= 2, applied.toString());
        Api.Reply twice = Api.post(SHARING + "/applications", consumer, application(code, "依据", "证件号码"));
        assertEquals(409, twice.status(), "one pending application per department and resource: " + twice);

        // the platform reviewer has it as a to-do and a notification
        assertTrue(hasTodo(platformReviewer, "application.conformity-review", id));
        assertTrue(hasNotification(platformReviewer, "application.conformity-review", id));
        Api.Reply byProvider = Api.post(SHARING + "/applications/" + id + "/decision", policeReviewer,
                decision("decision", "APPROVE", null));
        assertEquals(409, byProvider.status(), "the provider decides only after the conformity review: " + byProvider);
        Api.Reply passed = Api.post(SHARING + "/applications/" + id + "/conformity", platformReviewer,
                decision("decision", "PASS", "用途与法定职责相符"));
        assertEquals(200, passed.status(), passed.toString());
        assertEquals("PROVIDER_REVIEW", passed.object().getString("status"));

        // the provider limit is 0 working days here: overdue at once, and the reminder sweep tells the reviewer
        assertTrue(passed.object().getBoolean("overdue"), passed.toString());
        assertTrue(eventually(() -> hasNotification(policeReviewer, "application.overdue", id)),
                "the police reviewer is reminded of the overdue decision");
        assertTrue(hasNotification(Api.demoToken("consumer"), "application.overdue", id), "the applicant is told too");
        JsonObject todo = todos(policeReviewer).stream()
                .filter(t -> t.getString("kind").equals("application.provider-review")
                        && t.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertTrue(todo.getBoolean("overdue"), todo.toString());

        Api.Reply otherDepartment = Api.post(SHARING + "/applications/" + id + "/decision",
                Api.demoToken("health-cataloguer"), decision("decision", "APPROVE", null));
        assertEquals(403, otherDepartment.status(), "a cataloguer of another department may not decide: " + otherDepartment);
        Api.Reply noReason = Api.post(SHARING + "/applications/" + id + "/decision", policeReviewer,
                decision("decision", "REFUSE", null));
        assertTrue(noReason.isProblem(400), "a refusal needs its reason: " + noReason);
        Api.Reply approved = Api.post(SHARING + "/applications/" + id + "/decision", policeReviewer,
                decision("decision", "APPROVE", "同意，仅限核验用途"));
        assertEquals("APPROVED", approved.object().getString("status"), approved.toString());
        long grantId = approved.object().getJsonNumber("grantId").longValue();
        assertTrue(hasNotification(consumer, "application.approved", id));
        JsonObject grant = Api.get("/api/v1/exchange/grants?resourceCode=" + code, Api.demoToken("admin")).array()
                .getValuesAs(JsonObject.class).stream().filter(g -> g.getJsonNumber("id").longValue() == grantId)
                .findFirst().orElseThrow();
        assertTrue(grant.getBoolean("paused"), "nothing is delivered before the consumer subscribes: " + grant);

        // a FULL packet accepted before the subscription reaches the consumer's node when it subscribes
        NodeIdentity receiver = approvedNode(consumer, CryptoProfiles.SM);
        assertEquals(201, submit(policeCataloguer, seal(provider, PacketId.random(), code, 1, records(5), hubCertificate,
                PacketOperation.FULL)).status());
        Thread.sleep(3000); // routed meanwhile (a sweep follows every accepted packet) and skipped: the grant is paused
        assertTrue(inbox(receiver, consumer).isEmpty(), "nothing is delivered before the subscription");
        Api.Reply subscribed = Api.post(SHARING + "/subscriptions", consumer,
                Json.createObjectBuilder().add("applicationId", id).build().toString());
        assertEquals(201, subscribed.status(), subscribed.toString());
        long subscription = subscribed.object().getJsonNumber("id").longValue();
        assertEquals("ACTIVE", subscribed.object().getString("status"));
        // every active node of the department receives it (other tests' nodes of 市民政局 included)
        int nodes = subscribed.object().getJsonObject("delivery").getInt("activeNodes");
        assertTrue(nodes >= 1, subscribed.toString());
        assertEquals(nodes, subscribed.object().getInt("caughtUp"), subscribed.toString());
        List<JsonObject> inbox = inbox(receiver, consumer);
        assertEquals(1, inbox.size(), inbox.toString());
        List<JsonObject> delivered = open(receiver, consumer, inbox.get(0));
        assertEquals(5, delivered.size());
        assertEquals(Set.of("证件号码", "签发日期"), delivered.get(0).keySet(), "only the granted items leave the hub");

        // paused: a new packet is held; resumed: it is delivered first thing
        assertEquals("PAUSED", Api.post(SHARING + "/subscriptions/" + subscription + "/pause", consumer, null).object()
                .getString("status"));
        assertEquals(201, submit(policeCataloguer, seal(provider, code, 2, records(3), hubCertificate)).status());
        Thread.sleep(3000); // the router sweeps every 2 s: long enough to have delivered it, were it not paused
        assertEquals(1, inbox(receiver, consumer).size(), "nothing is delivered while paused");
        JsonObject resumed = Api.post(SHARING + "/subscriptions/" + subscription + "/resume", consumer, null).object();
        assertEquals("ACTIVE", resumed.getString("status"));
        assertEquals(nodes, resumed.getInt("caughtUp"), resumed.toString());
        assertEquals(2, inbox(receiver, consumer).size());
        JsonObject status = Api.get(SHARING + "/subscriptions/" + subscription, consumer).object().getJsonObject("delivery");
        assertEquals(2 * nodes, status.getInt("packets"), status.toString());
        assertEquals(8 * nodes, status.getInt("records"));
        assertEquals(nodes, status.getInt("activeNodes"));

        Api.Reply stranger = Api.post(SHARING + "/subscriptions/" + subscription + "/pause", Api.demoToken("cataloguer"), null);
        assertEquals(403, stranger.status(), "only the consumer department controls its subscription: " + stranger);
        assertEquals("CANCELLED", Api.post(SHARING + "/subscriptions/" + subscription + "/cancel", consumer, null)
                .object().getString("status"));
        assertTrue(Api.get("/api/v1/exchange/grants?resourceCode=" + code, Api.demoToken("admin")).array()
                .getValuesAs(JsonObject.class).stream().noneMatch(g -> g.getJsonNumber("id").longValue() == grantId),
                "cancelling ends the grant");
    }

    @Test
    void theDemoCityHasWorkWaitingForEachRoleOfTheStory() {
        assertTrue(todos(Api.demoToken("platform-reviewer")).stream()
                .anyMatch(t -> t.getString("kind").equals("application.conformity-review")));
        assertTrue(todos(Api.demoToken("reviewer")).stream()
                .anyMatch(t -> t.getString("kind").equals("application.provider-review")));
        assertTrue(todos(Api.demoToken("health-cataloguer")).stream()
                .anyMatch(t -> t.getString("kind").equals("demand.open")));
        JsonObject mine = Api.get(SHARING + "/applications", Api.demoToken("consumer")).object();
        assertTrue(mine.getJsonArray("items").size() >= 2, mine.toString());
        Api.Reply stranger = Api.get(SHARING + "/applications?scope=all", Api.demoToken("consumer"));
        assertEquals(403, stranger.status(), "only the platform sees every application: " + stranger);
    }

    @Test
    void unconditionalItemsAreGrantedByTheConformityReviewAndARefusalCarriesItsReason() {
        String consumer = Api.demoToken("consumer");
        String platformReviewer = Api.demoToken("platform-reviewer");
        String code = registeredPoliceEntry();
        // the entry is 有条件共享 as a whole: a refusal at conformity ends the application with its reason
        long refusedId = Api.post(SHARING + "/applications", consumer, application(code, "依据", "签发机关")).object()
                .getJsonNumber("id").longValue();
        Api.Reply refused = Api.post(SHARING + "/applications/" + refusedId + "/conformity", platformReviewer,
                decision("decision", "REFUSE", "用途描述不足以说明法定职责"));
        assertEquals("NONCONFORMING", refused.object().getString("status"), refused.toString());
        assertEquals("用途描述不足以说明法定职责", refused.object().getJsonObject("conformity").getString("note"));
        assertTrue(hasNotification(consumer, "application.nonconforming", refusedId));
        Api.Reply bad = Api.post(SHARING + "/applications/" + refusedId + "/conformity", platformReviewer,
                decision("decision", "MAYBE", null));
        assertEquals("one-of", problemRule(bad), bad.toString());

        String open = CatalogFixtures.unconditionalPoliceEntry("证件签发机关目录");
        Api.Reply applied = Api.post(SHARING + "/applications", consumer,
                application(open, null, "证件号码", "签发日期"));
        assertEquals(201, applied.status(), applied.toString());
        long id = applied.object().getJsonNumber("id").longValue();
        Api.Reply passed = Api.post(SHARING + "/applications/" + id + "/conformity", platformReviewer,
                decision("decision", "PASS", null));
        assertEquals("APPROVED", passed.object().getString("status"), "无条件共享 needs no provider decision: " + passed);
        assertTrue(passed.object().containsKey("grantId"));
    }

    @Test
    void aMissingResourceRequestIsAnsweredWithACatalogEntryOfTheTargetDepartment() {
        String consumer = Api.demoToken("consumer");
        String policeCataloguer = Api.demoToken("cataloguer");
        String body = Json.createObjectBuilder().add("targetDepartment", CatalogFixtures.POLICE)
                .add("title", "流动人口居住登记信息").add("description", "用于社区救助对象核查，需要居住登记地址与登记日期").build()
                .toString();
        Api.Reply raised = Api.post(SHARING + "/demands", consumer, body);
        assertEquals(201, raised.status(), raised.toString());
        long id = raised.object().getJsonNumber("id").longValue();
        assertEquals("OPEN", raised.object().getString("status"));
        assertFalse(raised.object().getBoolean("overdue"));
        assertTrue(hasTodo(policeCataloguer, "demand.open", id), "the target department's cataloguer has it to do");
        assertTrue(hasNotification(policeCataloguer, "demand.open", id));

        Api.Reply unknownDepartment = Api.post(SHARING + "/demands", consumer, Json.createObjectBuilder()
                .add("targetDepartment", "999999999999999999").add("title", "某数据").add("description", "描述内容")
                .build().toString());
        assertEquals("sharing.department-unknown", problemRule(unknownDepartment), unknownDepartment.toString());
        Api.Reply notTheirs = Api.post(SHARING + "/demands/" + id + "/answer", Api.demoToken("health-cataloguer"),
                Json.createObjectBuilder().add("resourceCode", "x").build().toString());
        assertEquals(403, notTheirs.status(), notTheirs.toString());
        Api.Reply noReason = Api.post(SHARING + "/demands/" + id + "/refuse", policeCataloguer, "{}");
        assertTrue(noReason.isProblem(400), noReason.toString());

        String code = registeredPoliceEntry();
        Api.Reply answered = Api.post(SHARING + "/demands/" + id + "/answer", policeCataloguer,
                Json.createObjectBuilder().add("resourceCode", code).build().toString());
        assertEquals("ANSWERED", answered.object().getString("status"), answered.toString());
        assertEquals(code, answered.object().getJsonObject("answer").getString("resourceCode"));
        assertTrue(hasNotification(consumer, "demand.answered", id));
        assertFalse(hasTodo(policeCataloguer, "demand.open", id), "answered: no longer a to-do");
        Api.Reply again = Api.post(SHARING + "/demands/" + id + "/refuse", policeCataloguer,
                Json.createObjectBuilder().add("reason", "重复").build().toString());
        assertEquals(409, again.status(), again.toString());
    }

    private static List<JsonObject> todos(String token) {
        return Api.get(SHARING + "/todos", token).object().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static boolean hasTodo(String token, String kind, long id) {
        return todos(token).stream().anyMatch(t -> t.getString("kind").equals(kind)
                && t.getJsonNumber("id").longValue() == id);
    }

    private static boolean hasNotification(String token, String kind, long id) {
        Predicate<JsonObject> match = n -> n.getString("kind").equals(kind) && n.getString("subjectId").equals(
                String.valueOf(id));
        return Api.get(SHARING + "/notifications", token).object().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().anyMatch(match);
    }

    private static boolean eventually(java.util.function.BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(250);
        }
        return false;
    }

    private static List<JsonObject> inbox(NodeIdentity node, String token) {
        return Api.get("/api/v1/exchange/inbox?node=" + node.nodeId() + "&after=0", token).object()
                .getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private List<JsonObject> open(NodeIdentity node, String token, JsonObject item) throws Exception {
        Path file = temp.resolve(item.getString("packetId") + ".gspkt");
        Files.write(file, Api.getBytes(item.getString("href"), token));
        String crl = Api.get("/api/v1/exchange/trust/crl.pem", null).body();
        OpenedPacket opened = new PacketOpener(node, HubTrustStore.of(List.of(caCertificate),
                List.of(Certificates.readCrl(crl)))).open(file, Instant.now());
        List<JsonObject> records = new ArrayList<>();
        try (opened; RecordStream stream = opened.records()) {
            stream.forEachRemaining(records::add);
        }
        return records;
    }
}
