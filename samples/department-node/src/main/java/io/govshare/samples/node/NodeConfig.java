package io.govshare.samples.node;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeSet;
import java.util.function.Function;

import io.govshare.catalog.ResourceCode;
import io.govshare.security.crypto.CryptoException;
import io.govshare.security.crypto.CryptoProfile;
import io.govshare.security.crypto.CryptoProfiles;
import io.govshare.security.identity.NodeIds;

/**
 * A department node's configuration: the hub and the account it signs in with, the node's id and identity
 * folder, the department's database, and the tables it syncs. Read from a UTF-8 properties file (data item
 * names are Chinese):
 *
 * <pre>
 * hub.url=http://localhost:9080/
 * hub.username=cataloguer
 * hub.password=cataloguer123          # or the environment variable GOVSHARE_HUB_PASSWORD
 * node.id=police-node-01
 * node.dir=police-node                # key, certificate and the pinned hub CA; relative to this file
 * jdbc.url=jdbc:derby:police-db;create=true
 * batch.size=500                      # records per packet
 * table.cards.resource=101001/000001
 * table.cards.name=ID_CARD_ISSUES
 * table.cards.key=证件号码
 * table.cards.watermark=UPDATED_AT    # provider side only
 * table.cards.item.证件号码=CARD_NO
 * table.cards.item.签发日期=ISSUED_ON
 * </pre>
 *
 * Optional: {@code node.profile} (SM or INTL, for {@code register}; default SM), {@code jdbc.user},
 * {@code jdbc.password}, {@code zone} (the time zone of TIMESTAMP columns without offset; default the JVM's),
 * {@code inbox.page-size} (default 100).
 *
 * <p>Invariants: the hub URL is absolute http(s) and ends with '/'; the node id is registrable; batch and page
 * sizes are positive; table names are unique and no two tables map the same resource.
 */
public record NodeConfig(URI hubUrl, String username, String password, String nodeId, Path nodeDir,
                         CryptoProfile profile, String jdbcUrl, String jdbcUser, String jdbcPassword, int batchSize,
                         int inboxPageSize, ZoneId zone, List<TableMapping> tables) {

    /** The environment variable read when the file has no {@code hub.password}. */
    public static final String PASSWORD_VARIABLE = "GOVSHARE_HUB_PASSWORD";

    private static final int MAX_BATCH = 1_000_000;
    private static final int MAX_PAGE = 1000;

    public NodeConfig {
        Objects.requireNonNull(hubUrl, "hubUrl");
        if (!("http".equals(hubUrl.getScheme()) || "https".equals(hubUrl.getScheme())) || hubUrl.getHost() == null) {
            throw new ConfigException("hub.url: must be an absolute http(s) URL, got " + hubUrl);
        }
        if (!hubUrl.getPath().endsWith("/")) {
            hubUrl = URI.create(hubUrl + "/");
        }
        requireText(username, "hub.username");
        requireText(password, "hub.password (or " + PASSWORD_VARIABLE + ")");
        try {
            NodeIds.requireRegistrable(nodeId);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("node.id: " + e.getMessage(), e);
        }
        Objects.requireNonNull(nodeDir, "nodeDir");
        Objects.requireNonNull(profile, "profile");
        requireText(jdbcUrl, "jdbc.url");
        if (batchSize < 1 || batchSize > MAX_BATCH) {
            throw new ConfigException("batch.size: must be from 1 to " + MAX_BATCH + ", got " + batchSize);
        }
        if (inboxPageSize < 1 || inboxPageSize > MAX_PAGE) {
            throw new ConfigException("inbox.page-size: must be from 1 to " + MAX_PAGE + ", got " + inboxPageSize);
        }
        Objects.requireNonNull(zone, "zone");
        tables = List.copyOf(tables);
        Map<ResourceCode, String> resources = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (TableMapping table : tables) {
            if (names.put(table.name(), table.name()) != null) {
                throw new ConfigException("table." + table.name() + ": the table name is used twice");
            }
            String other = resources.put(table.resource(), table.name());
            if (other != null) {
                throw new ConfigException("table." + table.name() + ".resource: resource " + table.resource()
                        + " is already mapped by table." + other + "; one table per resource");
            }
        }
    }

    /** Reads a properties file (UTF-8); relative {@code node.dir} is resolved against the file's folder. */
    public static NodeConfig load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Path base = file.toAbsolutePath().getParent();
        return of(properties, base, System::getenv);
    }

    /**
     * The configuration in {@code properties}.
     *
     * @param base        the folder a relative {@code node.dir} is resolved against
     * @param environment where {@value #PASSWORD_VARIABLE} is looked up when {@code hub.password} is absent
     * @throws ConfigException naming the first property that is missing or malformed
     */
    public static NodeConfig of(Properties properties, Path base, Function<String, String> environment) {
        String password = optional(properties, "hub.password");
        if (password == null) {
            password = environment.apply(PASSWORD_VARIABLE);
        }
        return new NodeConfig(
                uri(required(properties, "hub.url")),
                required(properties, "hub.username"),
                password,
                required(properties, "node.id"),
                base.resolve(required(properties, "node.dir")).normalize(),
                profile(optional(properties, "node.profile")),
                required(properties, "jdbc.url"),
                optional(properties, "jdbc.user"),
                optional(properties, "jdbc.password"),
                number(properties, "batch.size", 500),
                number(properties, "inbox.page-size", 100),
                zone(optional(properties, "zone")),
                tables(properties));
    }

    /** A new connection to the department's database. */
    public Connection connect() throws SQLException {
        return jdbcUser == null ? DriverManager.getConnection(jdbcUrl)
                : DriverManager.getConnection(jdbcUrl, jdbcUser, jdbcPassword == null ? "" : jdbcPassword);
    }

    /** The mapping of {@code resource}, or null if this node does not map it. */
    public TableMapping table(ResourceCode resource) {
        return tables.stream().filter(t -> t.resource().equals(resource)).findFirst().orElse(null);
    }

    /** Everything except the password, for logs. */
    @Override
    public String toString() {
        return "NodeConfig[hub=" + hubUrl + ", user=" + username + ", node=" + nodeId + ", dir=" + nodeDir
                + ", jdbc=" + jdbcUrl + ", tables=" + tables.stream().map(TableMapping::name).toList() + "]";
    }

    private static List<TableMapping> tables(Properties properties) {
        TreeSet<String> names = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("table.")) {
                int dot = key.indexOf('.', "table.".length());
                if (dot < 0) {
                    throw new ConfigException(key + ": expected table.<name>.<setting>");
                }
                names.add(key.substring("table.".length(), dot));
            }
        }
        if (names.isEmpty()) {
            throw new ConfigException("table.<name>.*: configure at least one table (resource, name, key, item.*)");
        }
        List<TableMapping> tables = new ArrayList<>();
        for (String name : names) {
            String prefix = "table." + name + ".";
            Map<String, String> items = new LinkedHashMap<>();
            properties.stringPropertyNames().stream()
                    .filter(key -> key.startsWith(prefix + "item."))
                    .sorted()
                    .forEach(key -> items.put(key.substring((prefix + "item.").length()), properties.getProperty(key).trim()));
            for (String key : properties.stringPropertyNames()) {
                if (key.startsWith(prefix) && !key.startsWith(prefix + "item.")
                        && !List.of("resource", "name", "key", "watermark").contains(key.substring(prefix.length()))) {
                    throw new ConfigException(key + ": unknown setting; a table has resource, name, key, watermark"
                            + " and item.<data item>");
                }
            }
            tables.add(new TableMapping(name, resource(required(properties, prefix + "resource"), prefix + "resource"),
                    required(properties, prefix + "name"), required(properties, prefix + "key"),
                    optional(properties, prefix + "watermark"), items));
        }
        return tables;
    }

    private static ResourceCode resource(String text, String property) {
        try {
            return ResourceCode.of(text);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(property + ": " + e.getMessage(), e);
        }
    }

    private static URI uri(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new ConfigException("hub.url: not a URL: " + e.getMessage(), e);
        }
    }

    private static CryptoProfile profile(String name) {
        if (name == null) {
            return CryptoProfiles.DEFAULT;
        }
        try {
            return CryptoProfiles.named(name);
        } catch (CryptoException e) {
            throw new ConfigException("node.profile: " + e.getMessage(), e);
        }
    }

    private static ZoneId zone(String name) {
        if (name == null) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            throw new ConfigException("zone: '" + name + "' is not a time zone id (e.g. Asia/Shanghai)", e);
        }
    }

    private static int number(Properties properties, String key, int fallback) {
        String text = optional(properties, key);
        if (text == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new ConfigException(key + ": must be a whole number, got '" + text + "'", e);
        }
    }

    private static String required(Properties properties, String key) {
        String value = optional(properties, key);
        if (value == null) {
            throw new ConfigException(key + ": required");
        }
        return value;
    }

    private static String optional(Properties properties, String key) {
        String value = properties.getProperty(key);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static void requireText(String value, String property) {
        if (value == null || value.isBlank()) {
            throw new ConfigException(property + ": required");
        }
    }
}
