package io.govshare.app.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonReader;

/** The demo city's files under {@code src/main/resources/demo/}, read by each feature's demo seeder. */
public final class DemoData {

    private DemoData() {
    }

    /** The JSON array in {@code resource} (a class-path name such as {@code demo/departments.json}). */
    public static JsonArray readArray(String resource) {
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Demo data " + resource + " is missing from the application");
            }
            try (JsonReader reader = Json.createReader(in)) {
                return reader.readArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo data " + resource, e);
        }
    }
}
