package io.govshare.samples.node;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.govshare.security.identity.NodeIdentity;

/**
 * The command line: {@code java -jar department-node-cli.jar <command> --config <file> [options]}. Exit status 0
 * on success, 1 when the command failed (the reason on stderr), 2 for a usage mistake.
 */
public final class Main {

    static final String USAGE = """
            Usage: java -jar department-node-cli.jar <command> --config <node.properties> [options]

              register [--wait-seconds N]
                  Generate the node's key pair, send its certificate request to the hub and wait up to N seconds
                  (default 600; 0: do not wait) for an admin to approve it; then save key and certificate in
                  node.dir. Run it again to resume waiting.
              provide [--every-seconds N]
                  Send the new and changed rows of every configured table to the hub, in packets of batch.size
                  records; with --every-seconds, again every N seconds until stopped.
              consume [--every-seconds N] [--from-start]
                  Receive the node's inbox and upsert the records into the configured tables; --from-start
                  re-reads every delivery not yet acknowledged (after adding a table for a skipped resource).
              sql "<statement>" ...
                  Run SQL statements on the node's database (jdbc.url), printing query results: for the quick
                  start's demo tables, and for looking at the sync state (GOVSHARE_* tables).

            See samples/department-node/README.md for the properties file.""";

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one command; returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || List.of("-h", "--help", "help").contains(args[0])) {
            (args.length == 0 ? err : out).println(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        String command = args[0];
        Map<String, String> options;
        try {
            options = options(args, command);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println();
            err.println(USAGE);
            return 2;
        }
        try {
            NodeConfig config = NodeConfig.load(Path.of(options.get("--config")));
            if (System.getProperty("derby.stream.error.file") == null) {
                // embedded Derby logs into the node folder rather than wherever the command was started
                Files.createDirectories(config.nodeDir());
                System.setProperty("derby.stream.error.file", config.nodeDir().resolve("derby.log").toString());
            }
            HubClient hub = HubClient.of(config);
            return switch (command) {
                case "register" -> register(config, hub, seconds(options, "--wait-seconds", 600), out);
                case "sql" -> sql(config, statements(args), out);
                case "provide" -> repeat(options, () -> {
                    for (ProviderSync.TableReport report : new ProviderSync(config, hub, out::println).run()) {
                        out.println("table." + report.table() + " (" + report.resource() + "): " + report.packets()
                                + " packet(s), " + report.records() + " record(s) sent; last sequence "
                                + report.lastSequence());
                    }
                });
                default -> repeat(options, () -> {
                    ConsumerSync.Report report = new ConsumerSync(config, hub, out::println)
                            .run(options.containsKey("--from-start"));
                    out.println(report.applied() + " delivery(ies), " + report.records() + " record(s) applied; "
                            + report.skipped().size() + " passed over; inbox cursor " + report.cursor());
                });
            };
        } catch (ConfigException e) {
            err.println("configuration: " + e.getMessage());
            return 2;
        } catch (IOException | SQLException | RuntimeException e) {
            err.println(command + " failed: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println(command + " interrupted");
            return 1;
        }
    }

    private interface Step {
        void run() throws IOException, SQLException;
    }

    private static int register(NodeConfig config, HubClient hub, long waitSeconds, PrintStream out)
            throws IOException, InterruptedException {
        NodeRegistration registration = new NodeRegistration(config, hub);
        if (NodeRegistration.isRegistered(config)) {
            out.println("node " + config.nodeId() + " is registered; its identity is in " + config.nodeDir());
            return 0;
        }
        String status = registration.request();
        out.println("node " + config.nodeId() + " is " + status + " at " + config.hubUrl() + "; the hub CA is pinned in "
                + config.nodeDir().resolve(NodeRegistration.CA_FILE));
        if ("PENDING".equals(status)) {
            out.println("a platform admin approves it with POST " + config.hubUrl() + "api/v1/exchange/nodes/"
                    + config.nodeId() + "/approve");
        }
        Optional<NodeIdentity> identity = registration.await(Duration.ofSeconds(waitSeconds), Duration.ofSeconds(2));
        if (identity.isEmpty()) {
            out.println("still PENDING; run 'register' again after the approval to fetch the certificate");
            return waitSeconds == 0 ? 0 : 1; // not waiting was asked for; a wait that timed out did not succeed
        }
        out.println("approved: certificate " + io.govshare.security.identity.Certificates.serialHex(
                identity.get().certificate()) + " saved in " + config.nodeDir());
        return 0;
    }

    /** The arguments of {@code sql} that are statements: everything except --config and its value. */
    private static List<String> statements(String[] args) {
        List<String> statements = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--config")) {
                i++;
            } else {
                statements.add(args[i]);
            }
        }
        return statements;
    }

    private static int sql(NodeConfig config, List<String> statements, PrintStream out) throws SQLException {
        try (Connection db = config.connect(); Statement statement = db.createStatement()) {
            for (String sql : statements) {
                if (statement.execute(sql)) {
                    try (ResultSet rows = statement.getResultSet()) {
                        ResultSetMetaData meta = rows.getMetaData();
                        List<String> labels = new ArrayList<>();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            labels.add(meta.getColumnLabel(i));
                        }
                        out.println(String.join("\t", labels));
                        while (rows.next()) {
                            List<String> values = new ArrayList<>();
                            for (int i = 1; i <= meta.getColumnCount(); i++) {
                                values.add(String.valueOf(rows.getString(i)));
                            }
                            out.println(String.join("\t", values));
                        }
                    }
                } else {
                    out.println(statement.getUpdateCount() + " row(s)");
                }
            }
        }
        return 0;
    }

    /** Runs {@code step} once, or every {@code --every-seconds} until the process is stopped. */
    private static int repeat(Map<String, String> options, Step step) throws IOException, SQLException,
            InterruptedException {
        long every = seconds(options, "--every-seconds", 0);
        while (true) {
            step.run();
            if (every == 0) {
                return 0;
            }
            Thread.sleep(every * 1000);
        }
    }

    private static Map<String, String> options(String[] args, String command) {
        List<String> allowed = switch (command) {
            case "register" -> List.of("--config", "--wait-seconds");
            case "provide" -> List.of("--config", "--every-seconds");
            case "consume" -> List.of("--config", "--every-seconds", "--from-start");
            case "sql" -> List.of("--config");
            default -> throw new IllegalArgumentException("unknown command '" + command + "'");
        };
        Map<String, String> options = new HashMap<>();
        List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
        while (!rest.isEmpty()) {
            String name = rest.remove(0);
            if (command.equals("sql") && !name.startsWith("--")) {
                continue; // a statement
            }
            if (!allowed.contains(name)) {
                throw new IllegalArgumentException("'" + name + "' is not an option of " + command + "; options: "
                        + allowed);
            }
            if (name.equals("--from-start")) {
                options.put(name, "true");
                continue;
            }
            if (rest.isEmpty()) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            options.put(name, rest.remove(0));
        }
        if (!options.containsKey("--config")) {
            throw new IllegalArgumentException("--config <node.properties> is required");
        }
        if (command.equals("sql") && statements(args).isEmpty()) {
            throw new IllegalArgumentException("sql needs at least one statement");
        }
        if (!Files.isRegularFile(Path.of(options.get("--config")))) {
            throw new IllegalArgumentException("--config: no file " + options.get("--config"));
        }
        for (String name : List.of("--wait-seconds", "--every-seconds")) {
            if (options.containsKey(name)) {
                seconds(options, name, 0);
            }
        }
        return options;
    }

    private static long seconds(Map<String, String> options, String name, long fallback) {
        String text = options.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text);
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number of seconds, 0 or more; got '" + text + "'");
        }
    }
}
