package io.govshare.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The Liberty server of the integration tests, for the restart tests: stop, start, kill -9, wait for readiness. */
final class TestServer {

    static final Path WLP = Path.of(System.getProperty("govshare.it.wlp.dir", "target/liberty/wlp"));
    static final String SERVER = System.getProperty("govshare.it.server.name", "govshareIT");

    private TestServer() {
    }

    /** {@code server start|stop <name>}, which returns once the JVM is started or stopped. */
    static void command(String action) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(WLP.resolve("bin").resolve("server").toString(), action, SERVER)
                .inheritIO()
                .start();
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "server " + action + " finished");
        assertEquals(0, process.exitValue(), "server " + action + " succeeded");
    }

    /** SIGKILL to the Liberty JVM of the test server: no shutdown hook, no flush, no clean stop. */
    static void kill() {
        List<ProcessHandle> jvms = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("ws-server.jar") && c.contains(SERVER))
                        .orElse(false))
                .toList();
        assertEquals(1, jvms.size(), "exactly one Liberty JVM of server " + SERVER + " runs");
        ProcessHandle jvm = jvms.get(0);
        assertTrue(jvm.destroyForcibly());
        jvm.onExit().join();
    }

    /**
     * Starts the server and waits until it is ready and {@code probePath} answers 200 (with {@code token}, may be
     * null): the process is up before the application has migrated, seeded and reconciled.
     */
    static void startAndAwait(String probePath, String token) throws IOException, InterruptedException {
        command("start");
        awaitReady(probePath, token);
    }

    static void awaitReady(String probePath, String token) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (Api.get("/health/ready", null).status() == 200 && Api.get(probePath, token).status() == 200) {
                    return;
                }
            } catch (UncheckedIOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the platform did not come back within 3 minutes");
    }
}
