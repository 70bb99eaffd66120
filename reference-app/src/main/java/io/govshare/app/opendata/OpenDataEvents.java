package io.govshare.app.opendata;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import io.govshare.app.platform.outbox.Outbox;

/**
 * Open data's outbox events: {@value #RELEASE_PUBLISHED}, aggregate {@value #DATASET} (the resource code), when a
 * release passed the gate and its files are public. Payload: {@code releaseId, resourceCode, version, source,
 * recordCount, createdBy, createdAt, files: [{format, name, mediaType, byteSize}]}.
 */
public final class OpenDataEvents {

    public static final String DATASET = "open-dataset";
    public static final String RELEASE_PUBLISHED = "open.release.published";

    private OpenDataEvents() {
    }

    /** Publishes {@value #RELEASE_PUBLISHED}, in the transaction that stores the release. */
    public static void releasePublished(Outbox outbox, OpenReleaseRow release, List<OpenReleaseFileRow> files) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (OpenReleaseFileRow file : files) {
            list.add(Json.createObjectBuilder()
                    .add("format", file.format().name())
                    .add("name", file.fileName())
                    .add("mediaType", file.mediaType())
                    .add("byteSize", file.byteSize()));
        }
        outbox.publish(DATASET, release.resourceCode(), RELEASE_PUBLISHED, Json.createObjectBuilder()
                .add("releaseId", release.id())
                .add("resourceCode", release.resourceCode())
                .add("version", release.version())
                .add("source", release.source().name())
                .add("recordCount", release.recordCount())
                .add("createdBy", release.createdBy())
                .add("createdAt", release.createdAt().toString())
                .add("files", list)
                .build());
    }
}
