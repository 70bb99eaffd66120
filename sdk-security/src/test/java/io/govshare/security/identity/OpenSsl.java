package io.govshare.security.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real {@code openssl} binary for interoperability tests. OpenSSL 3 is always installed where the
 * tests run, so a missing binary fails the test rather than skipping it.
 */
public final class OpenSsl {

    /** Exit code and merged stdout/stderr of one run. */
    public record Result(int exitCode, String output) {
    }

    private OpenSsl() {
    }

    public static Result run(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add("openssl");
        command.addAll(List.of(arguments));
        return execute(new ProcessBuilder(command), command);
    }

    /** Runs openssl with {@code directory} as its working directory (for recipes with relative file names). */
    public static Result runIn(java.nio.file.Path directory, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add("openssl");
        command.addAll(List.of(arguments));
        return execute(new ProcessBuilder(command).directory(directory.toFile()), command);
    }

    /** Runs a documented recipe with {@code sh -c} in {@code directory}, as an auditor would type it. */
    public static Result shell(java.nio.file.Path directory, String script) {
        List<String> command = List.of("sh", "-c", script);
        return execute(new ProcessBuilder(command).directory(directory.toFile()), command);
    }

    /** True if {@code tool} is on the PATH (for recipes that use tools beyond OpenSSL, such as jq). */
    public static boolean available(String tool) {
        return shell(java.nio.file.Path.of("."), "command -v " + tool).exitCode() == 0;
    }

    private static Result execute(ProcessBuilder builder, List<String> command) {
        Process process;
        try {
            process = builder.redirectErrorStream(true).start();
        } catch (IOException e) {
            return fail("'" + command.get(0) + "' could not be started (OpenSSL 3 is required for these tests): "
                    + e.getMessage());
        }
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return fail(command.get(0) + " did not finish within 30 s: " + String.join(" ", command));
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            return fail("reading the output of " + command.get(0) + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted while waiting for openssl");
        }
    }

    /** Runs openssl and fails the test unless it exits 0. */
    public static String succeed(String... arguments) {
        Result result = run(arguments);
        assertEquals(0, result.exitCode(), "openssl " + String.join(" ", arguments) + " failed:\n" + result.output());
        return result.output();
    }
}
