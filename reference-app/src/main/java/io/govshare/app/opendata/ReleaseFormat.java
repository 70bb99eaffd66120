package io.govshare.app.opendata;

import java.util.Locale;

/** The file formats a release is published in; GEOJSON only for resources with a geometry or coordinates. */
public enum ReleaseFormat {
    CSV("text/csv; charset=UTF-8", "csv"),
    JSON("application/json", "json"),
    GEOJSON("application/geo+json", "geojson");

    private final String mediaType;
    private final String extension;

    ReleaseFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format named by a {@code format=} parameter (case-insensitive), or null if there is none such. */
    public static ReleaseFormat parse(String text) {
        if (text == null) {
            return null;
        }
        for (ReleaseFormat format : values()) {
            if (format.extension.equals(text.strip().toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        return null;
    }
}
