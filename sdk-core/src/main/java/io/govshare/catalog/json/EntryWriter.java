package io.govshare.catalog.json;

import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.DataItem;
import io.govshare.catalog.ResourceCode;
import io.govshare.catalog.SurveyCounts;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** Builds the JSON form of an entry in the contract's field order, leaving out nulls and empty lists. */
final class EntryWriter {

    private EntryWriter() {
    }

    static JsonObject toJson(CatalogEntry e) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        put(json, "code", e.code());
        put(json, "name", e.name());
        put(json, "summary", e.summary());
        put(json, "kind", e.kind());
        put(json, "classificationCode", e.classificationCode());
        if (e.provider() != null) {
            JsonObjectBuilder provider = Json.createObjectBuilder();
            put(provider, "code", e.provider().code());
            put(provider, "name", e.provider().name());
            json.add("provider", provider);
        }
        if (e.format() != null) {
            JsonObjectBuilder format = Json.createObjectBuilder();
            put(format, "type", e.format().type());
            put(format, "detail", e.format().detail());
            json.add("format", format);
        }
        if (!e.dataItems().isEmpty()) {
            JsonArrayBuilder items = Json.createArrayBuilder();
            e.dataItems().forEach(item -> items.add(item(item)));
            json.add("dataItems", items);
        }
        if (e.share() != null) {
            JsonObjectBuilder share = Json.createObjectBuilder();
            put(share, "type", e.share().type());
            put(share, "condition", e.share().condition());
            put(share, "basis", e.share().basis());
            put(share, "method", e.share().method());
            json.add("share", share);
        }
        if (e.open() != null) {
            JsonObjectBuilder open = Json.createObjectBuilder();
            put(open, "type", e.open().type());
            put(open, "condition", e.open().condition());
            json.add("open", open);
        }
        put(json, "updateCycle", e.updateCycle());
        put(json, "publishedOn", e.publishedOn());
        if (!e.relatedCodes().isEmpty()) {
            JsonArrayBuilder codes = Json.createArrayBuilder();
            e.relatedCodes().forEach(code -> codes.add(code.value()));
            json.add("relatedCodes", codes);
        }
        put(json, "systemName", e.systemName());
        if (e.survey() != null) {
            json.add("survey", survey(e.survey()));
        }
        put(json, "status", e.status());
        if (e.version() != null) {
            json.add("version", e.version());
        }
        return json.build();
    }

    private static JsonObjectBuilder item(DataItem item) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        put(json, "name", item.name());
        put(json, "type", item.type());
        if (item.length() != null) {
            json.add("length", item.length());
        }
        put(json, "shareType", item.shareType());
        json.add("sensitive", item.sensitive());
        put(json, "description", item.description());
        return json;
    }

    private static JsonObjectBuilder survey(SurveyCounts s) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        put(json, "storageMb", s.storageMb());
        put(json, "records", s.records());
        put(json, "sharedStorageMb", s.sharedStorageMb());
        put(json, "sharedRecords", s.sharedRecords());
        put(json, "openStorageMb", s.openStorageMb());
        put(json, "openRecords", s.openRecords());
        return json;
    }

    private static void put(JsonObjectBuilder json, String key, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Long number) {
            json.add(key, number);
        } else if (value instanceof Enum<?> constant) {
            json.add(key, constant.name());
        } else if (value instanceof ResourceCode code) {
            json.add(key, code.value());
        } else {
            json.add(key, value.toString());
        }
    }
}
