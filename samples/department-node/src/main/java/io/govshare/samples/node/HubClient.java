package io.govshare.samples.node;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import io.govshare.catalog.ResourceCode;
import io.govshare.exchange.PacketId;

/**
 * The exchange hub's HTTP API as a department node uses it (java.net.http, no framework). Signs in with the
 * node's account on first use and again once when the token has expired. Packets travel as files in both
 * directions, so no packet is ever held in memory. Not thread-safe.
 */
public final class HubClient {

    /** The media type of a packet (SPEC §1). */
    public static final String PACKET_TYPE = "application/vnd.govshare.packet+zip";

    private static final String API = "api/v1/";
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration TRANSFER_TIMEOUT = Duration.ofMinutes(30);

    private final URI base;
    private final String username;
    private final String password;
    private final HttpClient http;
    private String token;

    /** @param base the hub's base URL, ending with '/' (e.g. http://localhost:9080/) */
    public HubClient(URI base, String username, String password) {
        this.base = Objects.requireNonNull(base, "base");
        this.username = Objects.requireNonNull(username, "username");
        this.password = Objects.requireNonNull(password, "password");
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A client for the hub and account of {@code config}. */
    public static HubClient of(NodeConfig config) {
        return new HubClient(config.hubUrl(), config.username(), config.password());
    }

    /** One item of a node's inbox. {@code href} is relative to the hub's base URL. */
    public record InboxItem(long cursor, String packetId, String sourcePacketId, ResourceCode resourceCode,
                            long recordCount, long size, Instant createdAt, String href) {
    }

    /** A page of the inbox, oldest first, and the cursor to ask for the next page with. */
    public record InboxPage(List<InboxItem> items, long nextCursor) {
    }

    /**
     * The hub's answer to a submission.
     *
     * @param repeated true if the hub had accepted this packet id before (200 with the receipt it gave then)
     */
    public record Submission(String receiptJson, boolean repeated) {
    }

    /** GET exchange/trust: the CA, hub and TSA certificates and the current CRL (PEM), and the crypto profile. */
    public JsonObject trust() throws IOException {
        return object(call(get(API + "exchange/trust"), false, 200));
    }

    /** POST exchange/nodes: registers a node by its certificate request; the answer is the node, PENDING. */
    public JsonObject registerNode(String csrPem) throws IOException {
        String body = Json.createObjectBuilder().add("csr", csrPem).build().toString();
        return object(call(postJson(API + "exchange/nodes", body), true, 201));
    }

    /** GET exchange/nodes/{id}: the node's status and, once approved, its certificate. */
    public JsonObject node(String nodeId) throws IOException {
        return object(call(get(API + "exchange/nodes/" + encode(nodeId)), true, 200));
    }

    /** GET catalog/resources/{code}: the catalog entry as JSON text. */
    public String catalogEntry(ResourceCode code) throws IOException {
        return call(get(API + "catalog/resources/" + code.classificationPart() + "/" + code.sequencePart()), true, 200);
    }

    /** POST exchange/packets with the packet file as the body. */
    public Submission submit(Path packet) throws IOException {
        HttpRequest.Builder request = request(API + "exchange/packets", TRANSFER_TIMEOUT)
                .header("Content-Type", PACKET_TYPE)
                .POST(HttpRequest.BodyPublishers.ofFile(packet));
        HttpResponse<String> response = send(request, true);
        if (response.statusCode() == 201 || response.statusCode() == 200) {
            return new Submission(response.body(), response.statusCode() == 200);
        }
        throw failure("POST exchange/packets", response);
    }

    /**
     * GET exchange/packets/{id}/receipt: the receipt the hub gave for a packet of this department, or empty if
     * the hub has accepted no packet with that id.
     */
    public Optional<String> receipt(PacketId packetId) throws IOException {
        HttpResponse<String> response = send(get(API + "exchange/packets/" + encode(packetId.value()) + "/receipt"),
                true);
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw failure("GET exchange/packets/" + packetId + "/receipt", response);
        }
        return Optional.of(response.body());
    }

    /** GET exchange/inbox: the node's unacknowledged deliveries after {@code after}. */
    public InboxPage inbox(String nodeId, long after, int limit) throws IOException {
        JsonObject page = object(call(get(API + "exchange/inbox?node=" + encode(nodeId) + "&after=" + after
                + "&limit=" + limit), true, 200));
        List<InboxItem> items = page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(item -> new InboxItem(item.getJsonNumber("cursor").longValueExact(), item.getString("packetId"),
                        item.getString("sourcePacketId"), ResourceCode.of(item.getString("resourceCode")),
                        item.getJsonNumber("recordCount").longValueExact(), item.getJsonNumber("size").longValueExact(),
                        Instant.parse(item.getString("createdAt")), item.getString("href")))
                .toList();
        return new InboxPage(items, page.getJsonNumber("nextCursor").longValueExact());
    }

    /** Downloads a delivery (an inbox item's href) into {@code target}, replacing it. */
    public void download(String href, Path target) throws IOException {
        HttpRequest.Builder request = request(relative(href), TRANSFER_TIMEOUT).GET();
        HttpResponse<Path> response = sendTo(request, target);
        if (response.statusCode() == 401) {
            token = null;
            response = sendTo(request(relative(href), TRANSFER_TIMEOUT).GET(), target);
        }
        if (response.statusCode() != 200) {
            String body = Files.readString(target, StandardCharsets.UTF_8);
            Files.deleteIfExists(target);
            throw failure("GET " + href, response.statusCode(), body);
        }
    }

    /** POST exchange/inbox/ack; returns how many deliveries the hub marked acknowledged now. */
    public int ack(String nodeId, List<String> packetIds) throws IOException {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        packetIds.forEach(ids::add);
        String body = Json.createObjectBuilder().add("node", nodeId).add("packetIds", ids).build().toString();
        return object(call(postJson(API + "exchange/inbox/ack", body), true, 200)).getInt("acknowledged");
    }

    private HttpRequest.Builder get(String path) {
        return request(path, CALL_TIMEOUT).GET();
    }

    private HttpRequest.Builder postJson(String path, String json) {
        return request(path, CALL_TIMEOUT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private HttpRequest.Builder request(String path, Duration timeout) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .header("Accept", "application/json, application/problem+json, " + PACKET_TYPE);
    }

    /** Sends, expects {@code expected}, returns the body. */
    private String call(HttpRequest.Builder request, boolean authenticated, int expected) throws IOException {
        HttpResponse<String> response = send(request, authenticated);
        if (response.statusCode() != expected) {
            HttpRequest built = request.build();
            throw failure(built.method() + " " + built.uri().getPath(), response);
        }
        return response.body();
    }

    private HttpResponse<String> send(HttpRequest.Builder request, boolean authenticated) throws IOException {
        if (!authenticated) {
            return exchange(request.build(), HttpResponse.BodyHandlers.ofString());
        }
        HttpResponse<String> response = exchange(request.copy().header("Authorization", "Bearer " + token()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 401) { // the token expired: sign in again, once
            token = null;
            response = exchange(request.header("Authorization", "Bearer " + token()).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        return response;
    }

    private HttpResponse<Path> sendTo(HttpRequest.Builder request, Path target) throws IOException {
        return exchange(request.header("Authorization", "Bearer " + token()).build(),
                HttpResponse.BodyHandlers.ofFile(target));
    }

    private String token() throws IOException {
        if (token == null) {
            String body = Json.createObjectBuilder().add("username", username).add("password", password).build()
                    .toString();
            HttpResponse<String> response = exchange(postJson(API + "auth/token", body).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw failure("sign-in of '" + username + "'", response);
            }
            token = object(response.body()).getString("access_token");
        }
        return token;
    }

    private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException {
        try {
            return http.send(request, handler);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while calling " + request.uri(), e);
        }
    }

    private String relative(String href) {
        // the hub's hrefs start at its root ("/api/v1/..."); resolve them below the base URL, which may have a path
        return href.startsWith("/") ? href.substring(1) : href;
    }

    private static HubException failure(String what, HttpResponse<String> response) {
        return failure(what, response.statusCode(), response.body());
    }

    /** The problem+json's detail and first rule when the body is one, else the status and the start of the body. */
    private static HubException failure(String what, int status, String body) {
        String rule = null;
        String detail = body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
        try {
            JsonValue value = Json.createReader(new StringReader(body)).readValue();
            if (value instanceof JsonObject problem) {
                detail = problem.getString("detail", problem.getString("title", detail));
                JsonArray errors = problem.getJsonArray("errors");
                if (errors != null && !errors.isEmpty() && errors.get(0) instanceof JsonObject first) {
                    rule = first.getString("rule", null);
                }
            }
        } catch (JsonException | ClassCastException e) {
            // not JSON: the raw start of the body is the best description there is
        }
        return new HubException(status, rule, what + " answered " + status + (rule == null ? "" : " [" + rule + "]")
                + ": " + detail);
    }

    private static JsonObject object(String json) {
        try {
            return Json.createReader(new StringReader(json)).readObject();
        } catch (JsonException e) {
            throw new HubException(200, null, "the hub answered something that is not a JSON object: "
                    + (json.length() > 200 ? json.substring(0, 200) + "…" : json));
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
