package io.govshare.samples.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import io.govshare.catalog.ResourceCode;
import io.govshare.security.crypto.CryptoProfiles;

class NodeConfigTest {

    private static final Path EXAMPLES = Path.of("examples");

    @Test
    void readsTheReadmesExampleConfigurations() throws Exception {
        NodeConfig police = NodeConfig.load(EXAMPLES.resolve("police.properties"));
        assertEquals(URI.create("http://localhost:9080/"), police.hubUrl());
        assertEquals("police-node-01", police.nodeId());
        assertEquals(EXAMPLES.toAbsolutePath().resolve("work/police-node").normalize(), police.nodeDir(),
                "node.dir is relative to the file");
        assertEquals(CryptoProfiles.SM, police.profile());
        assertEquals(ZoneId.of("Asia/Shanghai"), police.zone());
        TableMapping deaths = police.tables().get(0);
        assertEquals("UPDATED_AT", deaths.watermarkColumn());
        assertEquals("ID_NUMBER", deaths.keyColumn());
        assertEquals(7, deaths.columnsByItem().size());
        assertEquals(deaths, police.table(ResourceCode.of("000000/000000")));

        NodeConfig civil = NodeConfig.load(EXAMPLES.resolve("civil-affairs.properties"));
        assertNull(civil.tables().get(0).watermarkColumn());
        assertEquals(Map.of("公民身份号码", "ID_NUMBER", "姓名", "FULL_NAME", "死亡日期", "DIED_ON",
                "注销户口日期", "CANCELLED_ON", "办理派出所", "POLICE_STATION"), civil.tables().get(0).columnsByItem());
        assertNull(civil.table(ResourceCode.of("301901/000002")));
    }

    private static Properties minimal() {
        Properties p = new Properties();
        p.setProperty("hub.url", "https://hub.example.gov.cn/govshare");
        p.setProperty("hub.username", "cataloguer");
        p.setProperty("node.id", "police-node-01");
        p.setProperty("node.dir", "node");
        p.setProperty("jdbc.url", "jdbc:postgresql://db/police");
        p.setProperty("table.a.resource", "301901/000001");
        p.setProperty("table.a.name", "CARDS");
        p.setProperty("table.a.key", "证件号码");
        p.setProperty("table.a.item.证件号码", "CARD_NO");
        return p;
    }

    @Test
    void takesThePasswordFromTheEnvironmentWhenTheFileHasNoneAndNeverPrintsIt() {
        NodeConfig config = NodeConfig.of(minimal(), Path.of("/etc/node"), Map.of(NodeConfig.PASSWORD_VARIABLE, "s3cret")::get);
        assertEquals("s3cret", config.password());
        assertEquals(URI.create("https://hub.example.gov.cn/govshare/"), config.hubUrl(), "a base URL ends with '/'");
        assertEquals(Path.of("/etc/node/node"), config.nodeDir());
        assertTrue(!config.toString().contains("s3cret"), config.toString());

        ConfigException none = assertThrows(ConfigException.class, () -> NodeConfig.of(minimal(), Path.of("."), k -> null));
        assertTrue(none.getMessage().startsWith("hub.password (or GOVSHARE_HUB_PASSWORD): required"), none.getMessage());
    }

    private static String failure(Map<String, String> changes, List<String> removals) {
        Properties p = minimal();
        p.setProperty("hub.password", "x");
        changes.forEach(p::setProperty);
        removals.forEach(p::remove);
        return assertThrows(ConfigException.class, () -> NodeConfig.of(p, Path.of("."), k -> null)).getMessage();
    }

    private static void assertFails(String expectedStart, Map<String, String> changes, List<String> removals) {
        String message = failure(changes, removals);
        assertTrue(message.startsWith(expectedStart), message);
    }

    @Test
    void namesThePropertyAndTheRuleOfEveryMistake() {
        assertFails("node.id: node id 'hub' is reserved", Map.of("node.id", "hub"), List.of());
        assertFails("node.id: node id 'Police Node' must match", Map.of("node.id", "Police Node"), List.of());
        assertFails("hub.url: must be an absolute http(s) URL", Map.of("hub.url", "ftp://hub/"), List.of());
        assertFails("batch.size: must be from 1", Map.of("batch.size", "0"), List.of());
        assertFails("table.a.key: the key must name one of", Map.of("table.a.key", "签发日期"), List.of());
        assertFails("table.a.name: 'CARDS;DROP' is not a table name", Map.of("table.a.name", "CARDS;DROP"), List.of());
        assertFails("table.a.item.证件号码: column CARD_NO is already mapped to item '签发日期'",
                Map.of("table.a.item.签发日期", "card_no"), List.of());
        assertFails("table.a.wartermark: unknown setting", Map.of("table.a.wartermark", "T"), List.of());
        assertFails("table.b.resource: resource 301901/000001 is already mapped by table.a",
                Map.of("table.b.resource", "301901/000001", "table.b.name", "OTHER", "table.b.key", "k",
                        "table.b.item.k", "K"), List.of());
        assertFails("zone: 'Mars/Olympus' is not a time zone", Map.of("zone", "Mars/Olympus"), List.of());
        assertFails("jdbc.url: required", Map.of(), List.of("jdbc.url"));
        assertFails("node.profile: unknown crypto profile 'RSA'", Map.of("node.profile", "RSA"), List.of());
    }
}
