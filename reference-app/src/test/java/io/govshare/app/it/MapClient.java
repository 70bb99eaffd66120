package io.govshare.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;

/** Binary GETs with extra headers (tiles, maps), XYZ tile arithmetic and GDAL command-line runs for the map ITs. */
final class MapClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private MapClient() {
    }

    /** GET with an optional token and header name/value pairs; the body as bytes whatever the status. */
    static HttpResponse<byte[]> get(String path, String token, String... headers) {
        Api.get("/health/ready", null); // waits for the server once, like every Api call
        HttpRequest.Builder request = HttpRequest.newBuilder(Api.resolve(path)).timeout(Duration.ofSeconds(120)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    static BufferedImage image(HttpResponse<byte[]> response) {
        assertEquals(200, response.statusCode(), () -> text(response));
        assertEquals("image/png", response.headers().firstValue("Content-Type").orElse(""));
        try {
            return ImageIO.read(new ByteArrayInputStream(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The XYZ (WebMercatorQuad) tile column and row holding a longitude/latitude. */
    static int[] tileAt(int z, double lon, double lat) {
        double n = 1 << z;
        double phi = Math.toRadians(lat);
        int x = (int) Math.floor((lon + 180) / 360 * n);
        int y = (int) Math.floor((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2 * n);
        return new int[]{x, y};
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Runs a GDAL tool (skipping the test where gdal-bin is missing) and returns its output; fails on exit ≠ 0. */
    static String gdal(String... command) {
        Assumptions.assumeTrue(new File("/usr/bin/" + command[0]).canExecute(),
                command[0] + " (gdal-bin) is not installed: the GDAL client check is skipped");
        List<String> line = new ArrayList<>(List.of(command));
        try {
            Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", line) + " timed out: " + out);
            }
            assertEquals(0, p.exitValue(), () -> String.join(" ", line) + "\n" + out);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
