package io.govshare.app.opendata.ckan;

import io.govshare.app.opendata.OpenReleaseFileRow;
import io.govshare.app.opendata.OpenReleaseRow;
import io.govshare.catalog.CatalogEntry;
import jakarta.json.JsonObject;
import java.util.List;

/** An open dataset as CKAN shows it ({@code json}), with its latest published release and that release's files. */
record CkanDataset(CatalogEntry entry, OpenReleaseRow latest, List<OpenReleaseFileRow> files, JsonObject json) {

    String name() {
        return json.getString("name");
    }

    String modified() {
        return json.getString("metadata_modified");
    }
}
