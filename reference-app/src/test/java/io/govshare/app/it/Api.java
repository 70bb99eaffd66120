package io.govshare.app.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * HTTP client for integration tests against the running platform. The base URL comes from the system property
 * {@code govshare.it.base.url} (set by failsafe; default http://localhost:9480/). The first call waits until
 * the platform reports ready, so tests never race the start-up sequence.
 *
 * <pre>{@code
 * String admin = Api.demoToken("admin");
 * Api.Reply reply = Api.post("/api/v1/departments", admin, "{...}");
 * assertEquals(201, reply.status(), reply.body());
 * reply.object().getString("code");
 * }</pre>
 */
public final class Api {

    public static final URI BASE = URI.create(System.getProperty("govshare.it.base.url", "http://localhost:9480/"));
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static volatile boolean ready;

    private Api() {
    }

    /**
     * An answer: status, headers, raw body, and the body parsed as JSON when it is JSON.
     */
    public record Reply(int status, HttpResponse<String> response) {

        public String body() {
            return response.body();
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        public JsonValue json() {
            try {
                return Json.createReader(new StringReader(body())).readValue();
            } catch (JsonException e) {
                throw new AssertionError("Expected a JSON body, got " + status + " " + contentType() + ": " + body(), e);
            }
        }

        public JsonObject object() {
            return json().asJsonObject();
        }

        public JsonArray array() {
            return json().asJsonArray();
        }

        /** Whether this is an RFC 9457 problem with the given status. */
        public boolean isProblem(int expectedStatus) {
            return status == expectedStatus && contentType().startsWith("application/problem+json")
                    && object().getInt("status") == expectedStatus;
        }

        @Override
        public String toString() {
            return status + " " + contentType() + " " + body();
        }
    }

    /** A bearer token for these credentials; fails the test if they are refused. Cached per user and password. */
    public static String token(String username, String password) {
        return TOKENS.computeIfAbsent(username + "\u0000" + password, key -> {
            Reply reply = post("/api/v1/auth/token", null, Json.createObjectBuilder()
                    .add("username", username).add("password", password).build().toString());
            if (reply.status() != 200) {
                throw new AssertionError("Login of " + username + " failed: " + reply);
            }
            return reply.object().getString("access_token");
        });
    }

    /** A token for a demo account (src/main/resources/demo/users.json): admin, cataloguer, reviewer, auditor... */
    public static String demoToken(String username) {
        return token(username, demoPassword(username));
    }

    public static String demoPassword(String username) {
        try (InputStream in = Api.class.getClassLoader().getResourceAsStream("demo/users.json")) {
            if (in == null) {
                throw new IllegalStateException("demo/users.json is not on the test class path");
            }
            return Json.createReader(in).readArray().getValuesAs(JsonObject.class).stream()
                    .filter(u -> u.getString("username").equals(username))
                    .map(u -> u.getString("password"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No demo account " + username));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Reply get(String path, String token) {
        return send("GET", path, token, null, null);
    }

    public static Reply post(String path, String token, String json) {
        return send("POST", path, token, "application/json", json);
    }

    public static Reply put(String path, String token, String json) {
        return send("PUT", path, token, "application/json", json);
    }

    public static Reply delete(String path, String token) {
        return send("DELETE", path, token, null, null);
    }

    /** Any request; {@code token} and {@code contentType} may be null, {@code body} null for none. */
    public static Reply send(String method, String path, String token, String contentType, String body) {
        awaitReady();
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json, */*;q=0.1")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<String> response = exchange(request.build());
        return new Reply(response.statusCode(), response);
    }

    /** A request without a body that carries one extra header (an API key, say) and no bearer token. */
    public static Reply sendWithHeader(String method, String path, String header, String value) {
        awaitReady();
        HttpRequest request = HttpRequest.newBuilder(resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json, */*;q=0.1")
                .header(header, value)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        HttpResponse<String> response = exchange(request);
        return new Reply(response.statusCode(), response);
    }

    /** A request with a binary body (a packet, say); the answer is read as text. */
    public static Reply sendBytes(String method, String path, String token, String contentType, byte[] body) {
        awaitReady();
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path))
                .timeout(Duration.ofSeconds(120))
                .header("Accept", "application/json, application/problem+json, */*;q=0.1")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<String> response = exchange(request.build());
        return new Reply(response.statusCode(), response);
    }

    /** GET of a binary answer (a packet file); fails the test unless the status is 200. */
    public static byte[] getBytes(String path, String token) {
        awaitReady();
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path)).timeout(Duration.ofSeconds(120)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": "
                        + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static URI resolve(String path) {
        return BASE.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    private static HttpResponse<String> exchange(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("Request " + request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until /health/ready answers UP: liberty:start may return before the application has started. */
    private static void awaitReady() {
        if (ready) {
            return;
        }
        synchronized (Api.class) {
            long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
            String last = "no answer";
            while (!ready && System.nanoTime() < deadline) {
                try {
                    HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(resolve("/health/ready"))
                            .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                    last = health.statusCode() + " " + health.body();
                    ready = health.statusCode() == 200 && health.body().contains("\"database\"");
                } catch (IOException e) {
                    last = e.toString();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                if (!ready) {
                    sleep();
                }
            }
            if (!ready) {
                throw new IllegalStateException("The platform at " + BASE + " did not become ready within "
                        + READY_TIMEOUT.toSeconds() + " s; last answer: " + last);
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
