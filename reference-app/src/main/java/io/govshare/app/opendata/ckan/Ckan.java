package io.govshare.app.opendata.ckan;

import io.govshare.app.opendata.OpenDatasetViews;
import io.govshare.app.opendata.ReleaseFormat;
import io.govshare.app.opendata.OpenReleaseFileRow;
import io.govshare.app.opendata.OpenReleaseRow;
import io.govshare.app.opendata.OpenDatasetId;
import io.govshare.catalog.CatalogEntry;
import io.govshare.standards.CodeList;
import io.govshare.standards.CodeLists;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * How a GovShare open dataset looks through the CKAN Action API (CKAN 2.10 shapes): a package with its organization
 * (the providing department), one group (the catalog class), and one resource per file of the latest release.
 * Ids are stable name-based UUIDs, as CKAN clients expect UUIDs; names are the open-data ids.
 */
final class Ckan {

    static final String HELP = "https://docs.ckan.org/en/2.10/api/";
    /** CKAN writes timestamps as local ISO date-times with microseconds and no zone; ours are UTC. */
    private static final DateTimeFormatter CKAN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");

    private Ckan() {
    }

    static String packageId(String resourceCode) {
        return uuid("dataset:" + resourceCode);
    }

    static String resourceId(String resourceCode, int version, ReleaseFormat format) {
        return uuid("resource:" + resourceCode + ":" + version + ":" + format.name());
    }

    static String organizationName(String providerCode) {
        return providerCode.toLowerCase(Locale.ROOT);
    }

    static String groupName(CatalogEntry entry) {
        String code = entry.classificationCode();
        return code == null || code.length() < 3 ? entry.kind().name().toLowerCase(Locale.ROOT) : code.substring(0, 3);
    }

    static String groupTitle(String groupName) {
        for (String list : List.of(CodeLists.BASE_CLASSES, CodeLists.THEME_CLASSES)) {
            CodeList classes = CodeLists.get(list);
            if (classes.contains(groupName)) {
                return classes.label(groupName, Locale.CHINA);
            }
        }
        return groupName.equals("department") ? "部门信息资源" : groupName;
    }

    static JsonObject ok(JsonObjectBuilder result) {
        return Json.createObjectBuilder().add("help", HELP).add("success", true).add("result", result).build();
    }

    static JsonObject ok(JsonArrayBuilder result) {
        return Json.createObjectBuilder().add("help", HELP).add("success", true).add("result", result).build();
    }

    /** CKAN's error body: {"success": false, "error": {"__type": "Not Found Error", "message": "..."}}. */
    static JsonObject error(String type, String message) {
        return Json.createObjectBuilder().add("help", HELP).add("success", false)
                .add("error", Json.createObjectBuilder().add("__type", type).add("message", message)).build();
    }

    static JsonObjectBuilder organization(CatalogEntry entry) {
        String code = entry.provider().code();
        return Json.createObjectBuilder()
                .add("id", uuid("organization:" + code))
                .add("name", organizationName(code))
                .add("title", entry.provider().name())
                .add("type", "organization")
                .add("description", "")
                .add("image_url", "")
                .add("is_organization", true)
                .add("approval_status", "approved")
                .add("state", "active");
    }

    static JsonObjectBuilder group(String name) {
        return Json.createObjectBuilder().add("id", uuid("group:" + name)).add("name", name)
                .add("title", groupTitle(name)).add("display_name", groupTitle(name)).add("description", "")
                .add("image_display_url", "");
    }

    static JsonObjectBuilder packageJson(CatalogEntry entry, OpenReleaseRow latest, List<OpenReleaseFileRow> files,
                                         URI base, OpenLicence licence) {
        String code = entry.code().value();
        String created = entry.publishedOn() == null ? time(Instant.EPOCH)
                : CKAN_TIME.format(entry.publishedOn().atStartOfDay());
        String modified = latest == null ? created : time(latest.createdAt());
        JsonArrayBuilder resources = Json.createArrayBuilder();
        int position = 0;
        for (OpenReleaseFileRow file : files) {
            resources.add(resource(entry, latest, file, base, position++));
        }
        JsonArrayBuilder extras = Json.createArrayBuilder()
                .add(extra("resource_code", code))
                .add(extra("open_type", entry.open().type().name()))
                .add(extra("classification_code", entry.classificationCode()));
        if (entry.open().condition() != null) {
            extras.add(extra("open_condition", entry.open().condition()));
        }
        if (entry.updateCycle() != null) {
            extras.add(extra("update_cycle", entry.updateCycle().name()));
        }
        return Json.createObjectBuilder()
                .add("id", packageId(code))
                .add("name", OpenDatasetId.of(code))
                .add("title", entry.name())
                .add("notes", entry.summary() == null ? "" : entry.summary())
                .add("url", OpenDatasetViews.landingPage(base, code))
                .add("type", "dataset")
                .add("state", "active")
                .add("private", false)
                .add("isopen", entry.open().type() == io.govshare.catalog.OpenType.UNCONDITIONAL)
                .add("license_id", licence.id())
                .add("license_title", licence.title())
                .add("license_url", licence.url())
                .add("author", entry.provider().name())
                .add("maintainer", entry.provider().name())
                .add("version", latest == null ? "" : Integer.toString(latest.version()))
                .add("metadata_created", created)
                .add("metadata_modified", modified)
                .add("owner_org", uuid("organization:" + entry.provider().code()))
                .add("organization", organization(entry))
                .add("groups", Json.createArrayBuilder().add(group(groupName(entry))))
                .add("tags", Json.createArrayBuilder())
                .add("num_tags", 0)
                .add("resources", resources)
                .add("num_resources", files.size())
                .add("extras", extras);
    }

    static JsonObjectBuilder resource(CatalogEntry entry, OpenReleaseRow release, OpenReleaseFileRow file, URI base,
                                      int position) {
        String code = entry.code().value();
        return Json.createObjectBuilder()
                .add("id", resourceId(code, release.version(), file.format()))
                .add("package_id", packageId(code))
                .add("name", entry.name() + "（第 " + release.version() + " 版，" + file.format().name() + "）")
                .add("description", "")
                .add("url", OpenDatasetViews.downloadUrl(base, code, file.format(), release.version()))
                .add("format", file.format() == ReleaseFormat.GEOJSON ? "GeoJSON" : file.format().name())
                .add("mimetype", file.mediaType().replace("; charset=UTF-8", ""))
                .add("size", file.byteSize())
                .add("hash", "sha256:" + file.sha256())
                .add("created", time(release.createdAt()))
                .add("last_modified", time(release.createdAt()))
                .add("position", position)
                .add("state", "active")
                .add("url_type", "");
    }

    private static JsonObjectBuilder extra(String key, String value) {
        return Json.createObjectBuilder().add("key", key).add("value", value == null ? "" : value);
    }

    static String time(Instant instant) {
        return CKAN_TIME.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private static String uuid(String name) {
        return UUID.nameUUIDFromBytes(("govshare:" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
