package io.govshare.app.opendata;

import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.DataItem;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.util.List;

/** The JSON the open-data API shows for a dataset, a release and a release file. */
public final class OpenDatasetViews {

    private OpenDatasetViews() {
    }

    /** A dataset as the catalog lists it, with its latest published release and its rating (average, count). */
    public static JsonObjectBuilder summary(CatalogEntry entry, OpenReleaseRow latest, double[] rating) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", OpenDatasetId.of(entry.code().value()))
                .add("code", entry.code().value())
                .add("title", entry.name())
                .add("description", entry.summary() == null ? "" : entry.summary())
                .add("publisher", Json.createObjectBuilder()
                        .add("code", entry.provider().code()).add("name", entry.provider().name()))
                .add("classificationCode", entry.classificationCode())
                .add("openType", entry.open().type().name());
        if (entry.open().condition() != null) {
            json.add("openCondition", entry.open().condition());
        }
        if (entry.updateCycle() != null) {
            json.add("updateCycle", entry.updateCycle().name());
        }
        if (entry.publishedOn() != null) {
            json.add("issued", entry.publishedOn().toString());
        }
        if (latest != null) {
            json.add("latestVersion", latest.version()).add("modified", latest.createdAt().toString())
                    .add("recordCount", latest.recordCount());
        }
        json.add("rating", Json.createObjectBuilder()
                .add("average", rating == null ? 0 : Math.round(rating[0] * 100) / 100.0)
                .add("count", rating == null ? 0 : (long) rating[1]));
        return json;
    }

    /** Data items as the public sees them: names, types and whether values are masked before release. */
    public static JsonArrayBuilder items(CatalogEntry entry) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (DataItem item : entry.dataItems()) {
            JsonObjectBuilder json = Json.createObjectBuilder().add("name", item.name()).add("type", item.type().name())
                    .add("masked", item.sensitive());
            if (item.description() != null) {
                json.add("description", item.description());
            }
            items.add(json);
        }
        return items;
    }

    /** A release with its files and their download URLs. */
    public static JsonObject release(OpenReleaseRow release, List<OpenReleaseFileRow> files, URI base) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", release.id())
                .add("status", release.status().name())
                .add("source", release.source().name())
                .add("recordCount", release.recordCount())
                .add("createdAt", release.createdAt().toString());
        if (release.version() != null) {
            json.add("version", release.version());
        }
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (OpenReleaseFileRow file : files) {
            list.add(file(release, file, base));
        }
        return json.add("files", list).build();
    }

    private static JsonObjectBuilder file(OpenReleaseRow release, OpenReleaseFileRow file, URI base) {
        return Json.createObjectBuilder()
                .add("format", file.format().name())
                .add("mediaType", file.mediaType())
                .add("byteSize", file.byteSize())
                .add("sm3", file.sm3())
                .add("sha256", file.sha256())
                .add("downloadUrl", downloadUrl(base, release.resourceCode(), file.format(), release.version()));
    }

    /** Where a release file is downloaded; the latest version when {@code version} is null. */
    public static String downloadUrl(URI base, String resourceCode, ReleaseFormat format, Integer version) {
        return base.resolve("api/v1/open/datasets/" + OpenDatasetId.of(resourceCode) + "/download?format="
                + format.extension() + (version == null ? "" : "&version=" + version)).toString();
    }

    /** The dataset's page in the open-data API. */
    public static String landingPage(URI base, String resourceCode) {
        return base.resolve("api/v1/open/datasets/" + OpenDatasetId.of(resourceCode)).toString();
    }
}
