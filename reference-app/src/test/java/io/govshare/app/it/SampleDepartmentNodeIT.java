package io.govshare.app.it;

import static io.govshare.app.it.ExchangeFixtures.NODES;
import static io.govshare.app.it.ExchangeFixtures.PACKETS;
import static io.govshare.app.it.ExchangeFixtures.registeredPoliceEntry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.govshare.samples.node.ConsumerSync;
import io.govshare.samples.node.HubClient;
import io.govshare.samples.node.NodeConfig;
import io.govshare.samples.node.NodeRegistration;
import io.govshare.samples.node.ProviderSync;
import io.govshare.samples.node.SyncException;

/**
 * samples/department-node against the running hub: the police department's node syncs a real (embedded Derby)
 * table to the hub by its watermark column, the civil affairs department's node pulls its inbox into its own
 * table, and the consumer table ends up with exactly the granted items of the provider's rows, changes upserted,
 * nothing duplicated, even when a batch's receipt was lost and the batch is sent again, or its re-send refused.
 */
class SampleDepartmentNodeIT {

    static {
        // the embedded databases' log goes to target/, not into the module folder
        System.setProperty("derby.stream.error.file", Path.of("target", "sample-department-node-derby.log")
                .toAbsolutePath().toString());
    }

    private static final String CIVIL_AFFAIRS = departmentCode("02");

    @TempDir
    Path temp;

    private final List<String> log = new CopyOnWriteArrayList<>();
    private final List<String> databases = new ArrayList<>();

    @AfterEach
    void shutDownDatabases() {
        for (String url : databases) {
            try {
                DriverManager.getConnection(url.replace(";create=true", ";shutdown=true"));
            } catch (SQLException expected) {
                // 08006: Derby's way of saying the database shut down
            }
        }
    }

    @Test
    void syncsATableToAnotherDepartmentsTableWithExactlyTheGrantedItemsAndUpsertsChanges() throws Exception {
        String code = registeredPoliceEntry();
        String police = database("police");
        execute(police, "CREATE TABLE ID_CARD_ISSUES (CARD_NO VARCHAR(20) NOT NULL PRIMARY KEY, ISSUED_ON DATE, "
                + "AUTHORITY VARCHAR(100), VALID_YEARS INTEGER, PHOTO BLOB, UPDATED_AT TIMESTAMP NOT NULL)");
        for (int i = 1; i <= 25; i++) {
            // five rows share each timestamp, so batches of 10 end between rows of the same watermark
            execute(police, "INSERT INTO ID_CARD_ISSUES (CARD_NO, ISSUED_ON, AUTHORITY, VALID_YEARS, UPDATED_AT) VALUES "
                    + "('G" + String.format("%08d", i) + "', '2026-11-" + String.format("%02d", 1 + i % 28) + "', "
                    + "'示范市公安局第" + (i % 3) + "分局', " + (5 + i % 3 * 5) + ", '2026-11-20 08:00:0" + (i / 5) + "')");
        }
        String civil = database("civil");
        execute(civil, "CREATE TABLE CARD_COPY (ID_NO VARCHAR(20) NOT NULL PRIMARY KEY, ISSUED DATE, "
                + "ISSUER VARCHAR(100), YEARS INTEGER)");

        NodeConfig provider = config("police", "cataloguer", police, code, true);
        NodeConfig consumer = config("civil", "consumer", civil, code, false);
        register(provider);
        register(consumer);
        Api.Reply grant = Api.post("/api/v1/exchange/grants", Api.demoToken("admin"), Json.createObjectBuilder()
                .add("consumerDepartment", CIVIL_AFFAIRS).add("resourceCode", code)
                .add("items", Json.createArrayBuilder().add("证件号码").add("签发日期").add("有效期限"))
                .build().toString());
        assertEquals(201, grant.status(), grant.toString());

        List<ProviderSync.TableReport> first = new ProviderSync(provider, HubClient.of(provider), log::add).run();
        assertEquals(3, first.get(0).packets(), log.toString());
        assertEquals(25, first.get(0).records());
        assertEquals(3, first.get(0).lastSequence());
        assertEquals(3, rows(police, "SELECT PACKET_ID FROM GOVSHARE_RECEIPT").size(), "a receipt kept per packet");

        awaitConsumerRows(consumer, civil, "SELECT COUNT(*) FROM CARD_COPY", "25");
        assertEquals(rows(police, "SELECT CARD_NO, ISSUED_ON, VALID_YEARS FROM ID_CARD_ISSUES ORDER BY CARD_NO"),
                rows(civil, "SELECT ID_NO, ISSUED, YEARS FROM CARD_COPY ORDER BY ID_NO"),
                "every granted item of every row arrived");
        assertEquals(List.of("25"), rows(civil, "SELECT COUNT(*) FROM CARD_COPY WHERE ISSUER IS NULL"),
                "签发机关 is not granted to 民政局, so it never reached its table");

        assertEquals(0, new ProviderSync(provider, HubClient.of(provider), log::add).run().get(0).packets(),
                "nothing changed, nothing sent");

        List<String> before = rows(police, "SELECT LAST_WATERMARK, LAST_KEY, LAST_SEQUENCE FROM GOVSHARE_PROVIDER_STATE");
        execute(police, "UPDATE ID_CARD_ISSUES SET VALID_YEARS = 20, UPDATED_AT = '2026-11-21 09:00:00' "
                + "WHERE CARD_NO IN ('G00000003', 'G00000017')");
        execute(police, "INSERT INTO ID_CARD_ISSUES (CARD_NO, ISSUED_ON, AUTHORITY, VALID_YEARS, UPDATED_AT) VALUES "
                + "('G00000026', '2026-11-21', '示范市公安局', 10, '2026-11-21 09:00:00')");
        List<ProviderSync.TableReport> second = new ProviderSync(provider, HubClient.of(provider), log::add).run();
        assertEquals(1, second.get(0).packets());
        assertEquals(3, second.get(0).records(), "only the two changed rows and the new one");

        awaitConsumerRows(consumer, civil, "SELECT COUNT(*) FROM CARD_COPY WHERE YEARS = 20 OR ID_NO = 'G00000026'", "3");
        assertEquals(List.of("26"), rows(civil, "SELECT COUNT(*) FROM CARD_COPY"), "upserted, nothing duplicated");
        assertEquals(rows(police, "SELECT CARD_NO, ISSUED_ON, VALID_YEARS FROM ID_CARD_ISSUES ORDER BY CARD_NO"),
                rows(civil, "SELECT ID_NO, ISSUED, YEARS FROM CARD_COPY ORDER BY ID_NO"));

        resendsABatchWhoseReceiptWasLostAndTheHubKeepsItOnce(provider, police, before);
    }

    /**
     * Puts the provider's state back to just after the last batch was sent and before its receipt was stored, as a
     * crash there would leave it; the next run re-sends the batch under the same packet id and sequence, and the
     * hub answers with the receipt it gave the first time.
     */
    private void resendsABatchWhoseReceiptWasLostAndTheHubKeepsItOnce(NodeConfig provider, String police,
                                                                        List<String> before) throws Exception {
        String[] confirmed = rows(police, "SELECT LAST_WATERMARK, LAST_KEY, LAST_SEQUENCE FROM GOVSHARE_PROVIDER_STATE")
                .get(0).split("\\|");
        String[] previous = before.get(0).split("\\|");
        String packetId = rows(police, "SELECT PACKET_ID FROM GOVSHARE_RECEIPT WHERE SEQUENCE_NUMBER = " + confirmed[2])
                .get(0);
        String receipt = rows(police, "SELECT RECEIPT FROM GOVSHARE_RECEIPT WHERE PACKET_ID = '" + packetId + "'").get(0);
        execute(police, "UPDATE GOVSHARE_PROVIDER_STATE SET LAST_WATERMARK = '" + previous[0] + "', LAST_KEY = '"
                + previous[1] + "', LAST_SEQUENCE = " + previous[2] + ", PENDING_PACKET_ID = '" + packetId
                + "', PENDING_SEQUENCE = " + confirmed[2] + ", PENDING_WATERMARK = '" + confirmed[0]
                + "', PENDING_KEY = '" + confirmed[1] + "'");
        execute(police, "DELETE FROM GOVSHARE_RECEIPT WHERE PACKET_ID = '" + packetId + "'");

        log.clear();
        List<ProviderSync.TableReport> resent = new ProviderSync(provider, HubClient.of(provider), log::add).run();
        assertEquals(1, resent.get(0).packets(), log.toString());
        assertTrue(log.get(0).startsWith("re-sending unconfirmed packet " + packetId), log.toString());
        assertTrue(log.get(1).startsWith("confirmed packet " + packetId), log.toString());
        assertEquals(List.of(receipt), rows(police, "SELECT RECEIPT FROM GOVSHARE_RECEIPT WHERE PACKET_ID = '"
                + packetId + "'"), "the hub answered with the receipt it gave the first time");
        assertEquals(List.of(String.join("|", confirmed) + "|null"), rows(police, "SELECT LAST_WATERMARK, LAST_KEY, "
                + "LAST_SEQUENCE, PENDING_PACKET_ID FROM GOVSHARE_PROVIDER_STATE"));
        assertEquals(receipt, Api.get(PACKETS + "/" + packetId + "/receipt", Api.demoToken("auditor")).body());
    }

    /**
     * A node revoked after its batch was accepted gets its re-send refused (the hub checks the sender first), so
     * the sample asks the hub for the receipt by packet id and confirms the batch with it; a new batch of the
     * revoked node is refused and forgotten, the position and sequence where they were.
     */
    @Test
    void confirmsABatchByItsReceiptWhenTheResendIsRefusedAndForgetsABatchTheHubRefused() throws Exception {
        String code = registeredPoliceEntry();
        String police = database("police");
        execute(police, "CREATE TABLE ID_CARD_ISSUES (CARD_NO VARCHAR(20) NOT NULL PRIMARY KEY, ISSUED_ON DATE, "
                + "AUTHORITY VARCHAR(100), VALID_YEARS INTEGER, UPDATED_AT TIMESTAMP NOT NULL)");
        execute(police, "INSERT INTO ID_CARD_ISSUES VALUES ('G10000001', '2026-11-01', '示范市公安局', 10, "
                + "'2026-11-20 08:00:00'), ('G10000002', '2026-11-02', '示范市公安局', 10, '2026-11-20 08:00:01')");
        NodeConfig provider = config("police", "cataloguer", police, code, true);
        register(provider);
        assertEquals(1, new ProviderSync(provider, HubClient.of(provider), log::add).run().get(0).packets());
        String packetId = rows(police, "SELECT PACKET_ID FROM GOVSHARE_RECEIPT").get(0);
        String receipt = rows(police, "SELECT RECEIPT FROM GOVSHARE_RECEIPT").get(0);
        // the receipt was lost: the batch is pending again, from the start
        execute(police, "UPDATE GOVSHARE_PROVIDER_STATE SET PENDING_PACKET_ID = '" + packetId + "', "
                + "PENDING_SEQUENCE = 1, PENDING_WATERMARK = LAST_WATERMARK, PENDING_KEY = LAST_KEY, "
                + "LAST_WATERMARK = NULL, LAST_KEY = NULL, LAST_SEQUENCE = 0");
        execute(police, "DELETE FROM GOVSHARE_RECEIPT");
        Api.Reply revoked = Api.post(NODES + "/" + provider.nodeId() + "/revoke", Api.demoToken("admin"),
                "{\"reason\":\"server decommissioned\"}");
        assertEquals(200, revoked.status(), revoked.toString());

        log.clear();
        assertEquals(1, new ProviderSync(provider, HubClient.of(provider), log::add).run().get(0).packets(),
                log.toString());
        assertTrue(log.get(1).startsWith("the hub refused the re-sent packet " + packetId + " (signer.revoked) but had"
                + " accepted it the first time"), log.toString());
        assertEquals(List.of(receipt), rows(police, "SELECT RECEIPT FROM GOVSHARE_RECEIPT"));
        assertEquals(List.of("1|null"), rows(police, "SELECT LAST_SEQUENCE, PENDING_PACKET_ID FROM GOVSHARE_PROVIDER_STATE"));

        execute(police, "INSERT INTO ID_CARD_ISSUES VALUES ('G10000003', '2026-11-03', '示范市公安局', 10, "
                + "'2026-11-20 08:00:02')");
        List<String> before = rows(police, "SELECT * FROM GOVSHARE_PROVIDER_STATE");
        SyncException refused = assertThrows(SyncException.class,
                () -> new ProviderSync(provider, HubClient.of(provider), log::add).run());
        assertTrue(refused.getMessage().contains("(signer.revoked)"), refused.getMessage());
        assertEquals(before, rows(police, "SELECT * FROM GOVSHARE_PROVIDER_STATE"),
                "nothing pending, position and sequence unchanged");
    }

    private NodeConfig config(String name, String user, String jdbcUrl, String code, boolean provider) {
        Properties p = new Properties();
        p.setProperty("hub.url", Api.BASE.toString());
        p.setProperty("hub.username", user);
        p.setProperty("hub.password", Api.demoPassword(user));
        p.setProperty("node.id", name + "-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT));
        p.setProperty("node.dir", name + "-node");
        p.setProperty("jdbc.url", jdbcUrl);
        p.setProperty("batch.size", "10");
        p.setProperty("zone", "Asia/Shanghai");
        p.setProperty("table.cards.resource", code);
        p.setProperty("table.cards.key", "证件号码");
        if (provider) {
            p.setProperty("table.cards.name", "ID_CARD_ISSUES");
            p.setProperty("table.cards.watermark", "UPDATED_AT");
            p.setProperty("table.cards.item.证件号码", "CARD_NO");
            p.setProperty("table.cards.item.签发日期", "ISSUED_ON");
            p.setProperty("table.cards.item.签发机关", "AUTHORITY");
            p.setProperty("table.cards.item.有效期限", "VALID_YEARS");
        } else {
            p.setProperty("table.cards.name", "CARD_COPY");
            p.setProperty("table.cards.item.证件号码", "ID_NO");
            p.setProperty("table.cards.item.签发日期", "ISSUED");
            p.setProperty("table.cards.item.签发机关", "ISSUER");
            p.setProperty("table.cards.item.有效期限", "YEARS");
        }
        return NodeConfig.of(p, temp, key -> null);
    }

    /** The sample's register step, with the admin's approval in between. */
    private static void register(NodeConfig config) throws IOException {
        NodeRegistration registration = new NodeRegistration(config, HubClient.of(config));
        assertEquals("PENDING", registration.request());
        assertTrue(registration.fetchCertificate().isEmpty(), "no certificate before the approval");
        Api.Reply approved = Api.post(NODES + "/" + config.nodeId() + "/approve", Api.demoToken("admin"), null);
        assertEquals(200, approved.status(), approved.toString());
        assertTrue(registration.fetchCertificate().isPresent());
        assertTrue(NodeRegistration.isRegistered(config));
    }

    /** Runs the consumer until {@code query} answers {@code expected}: routing to the inbox is asynchronous. */
    private void awaitConsumerRows(NodeConfig consumer, String civil, String query, String expected) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        List<String> last = List.of();
        while (Instant.now().isBefore(deadline)) {
            new ConsumerSync(consumer, HubClient.of(consumer), log::add).run(false);
            last = rows(civil, query);
            if (last.equals(List.of(expected))) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(query + " answered " + last + ", not " + expected + ", within 60 s; log: " + log);
    }

    private String database(String name) {
        String url = "jdbc:derby:" + temp.resolve(name + "-db").toAbsolutePath() + ";create=true";
        databases.add(url);
        return url;
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection(url); Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<String> rows(String url, String query) throws SQLException {
        try (Connection db = DriverManager.getConnection(url); Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            List<String> result = new ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i == 1 ? "" : "|").append(rows.getString(i));
                }
                result.add(row.toString());
            }
            return result;
        }
    }

    private static String departmentCode(String number) {
        try (InputStream in = SampleDepartmentNodeIT.class.getClassLoader().getResourceAsStream("demo/departments.json")) {
            return Json.createReader(in).readArray().getValuesAs(JsonObject.class).stream()
                    .filter(d -> d.getString("number").equals(number))
                    .map(d -> d.getString("code"))
                    .findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
