package io.govshare.opendata.dcat;

/**
 * The file formats the open catalog publishes, each with its entry in the EU file-type table (dct:format) and
 * its IANA media type (dcat:mediaType).
 */
public enum DistributionFormat {
    CSV("CSV", "CSV", "text/csv"),
    JSON("JSON", "JSON", "application/json"),
    GEOJSON("GEOJSON", "GeoJSON", "application/geo+json");

    private final String fileTypeCode;
    private final String label;
    private final String mediaType;

    DistributionFormat(String fileTypeCode, String label, String mediaType) {
        this.fileTypeCode = fileTypeCode;
        this.label = label;
        this.mediaType = mediaType;
    }

    /** The IANA media type, such as {@code text/csv}. */
    public String mediaType() {
        return mediaType;
    }

    String fileTypeCode() {
        return fileTypeCode;
    }

    String label() {
        return label;
    }
}
