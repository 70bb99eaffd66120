package io.govshare.app.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.govshare.app.it.Api;

/**
 * Requests made outside the browser with a browser session's cookies, the way a forged cross-site request or a
 * hand-made one would arrive: {@code Cookie: Bearer=…} and, only when given, the CSRF header.
 */
public final class SessionCookies {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private SessionCookies() {
    }

    /** {@code csrf} null: the request carries the cookie only. {@code json} null: no body. */
    public static Api.Reply send(String method, String path, String sessionToken, String csrf, String json) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Cookie", "Bearer=" + sessionToken);
        if (csrf != null) {
            headers.put("X-CSRF-Token", csrf);
        }
        return send(method, path, headers, json);
    }

    /** A request with exactly these extra headers. */
    static Api.Reply send(String method, String path, Map<String, String> headers, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(Api.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Api.Reply(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
