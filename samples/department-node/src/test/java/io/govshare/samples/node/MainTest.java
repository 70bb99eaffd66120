package io.govshare.samples.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void answersUsageMistakesWithStatusTwoAndTheUsage() {
        assertEquals(2, run());
        assertEquals(2, run("publish", "--config", "x"));
        assertTrue(err().contains("unknown command 'publish'"), err());
        assertEquals(2, run("provide"));
        assertTrue(err().contains("--config <node.properties> is required"), err());
        assertEquals(2, run("provide", "--config", temp.resolve("missing.properties").toString()));
        assertTrue(err().contains("--config: no file"), err());
        assertEquals(2, run("consume", "--config", "examples/civil-affairs.properties", "--every-seconds", "soon"));
        assertTrue(err().contains("--every-seconds must be a whole number of seconds"), err());
        assertEquals(2, run("register", "--config", "examples/police.properties", "--from-start"));
        assertTrue(err().contains("'--from-start' is not an option of register"), err());
        assertEquals(0, run("--help"));
    }

    @Test
    void answersABrokenConfigurationWithStatusTwoNamingTheProperty() throws Exception {
        Path config = temp.resolve("node.properties");
        Files.writeString(config, "hub.url=http://localhost:9080/\n", StandardCharsets.UTF_8);
        assertEquals(2, run("provide", "--config", config.toString()));
        assertTrue(err().contains("configuration: hub.username: required"), err());
    }

    @Test
    void runsSqlOnTheNodesDatabaseAndPrintsQueryRows() throws Exception {
        Path config = temp.resolve("node.properties");
        Files.writeString(config, String.join("\n",
                "hub.url=http://localhost:9080/", "hub.username=u", "hub.password=p", "node.id=test-node",
                "node.dir=node", "jdbc.url=jdbc:derby:" + temp.resolve("db").toAbsolutePath() + ";create=true",
                "table.a.resource=301901/000001", "table.a.name=T", "table.a.key=k", "table.a.item.k=K"),
                StandardCharsets.UTF_8);
        assertEquals(0, run("sql", "--config", config.toString(), "CREATE TABLE T (K VARCHAR(5), N INT)",
                "INSERT INTO T VALUES ('a', 1), ('b', 2)", "SELECT K, N FROM T ORDER BY K"), err());
        assertEquals(String.join(System.lineSeparator(), "0 row(s)", "2 row(s)", "K\tN", "a\t1", "b\t2", ""),
                out.toString(StandardCharsets.UTF_8));
        assertEquals(1, run("sql", "--config", config.toString(), "SELECT * FROM NOWHERE"));
        assertTrue(err().startsWith("sql failed: "), err());
    }

    @Test
    void failsWithStatusOneWhenTheNodeIsNotRegisteredYet() throws Exception {
        Path config = temp.resolve("node.properties");
        Files.writeString(config, String.join("\n",
                "hub.url=http://localhost:9/", "hub.username=u", "hub.password=p", "node.id=test-node",
                "node.dir=node", "jdbc.url=jdbc:derby:memory:x;create=true",
                "table.a.resource=301901/000001", "table.a.name=T", "table.a.key=k", "table.a.watermark=W",
                "table.a.item.k=K"), StandardCharsets.UTF_8);
        assertEquals(1, run("provide", "--config", config.toString()));
        assertTrue(err().contains("node test-node has no certificate in"), err());
    }
}
