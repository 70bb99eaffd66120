package io.govshare.opendata.dcat;

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * One way to get a dataset's data: a file or an address, written as a dcat:Distribution.
 * <p>
 * Invariants: the IRI, access URL and download URL are absolute http(s) URLs; the byte size is not negative;
 * digests are 64 lower-case hexadecimal digits. The SHA-256 digest is written as the spdx:checksum DCAT-AP
 * allows (one per distribution, from the SPDX algorithms); the SM3 digest (GM/T 0004), which SPDX cannot name,
 * as {@code govshare:sm3}.
 */
public final class OpenDistribution {

    private final URI uri;
    private final URI accessUrl;
    private final URI downloadUrl;
    private final String title;
    private final DistributionFormat format;
    private final Long byteSize;
    private final LocalDate issued;
    private final String sha256;
    private final String sm3;

    private OpenDistribution(Builder builder) {
        uri = builder.uri;
        accessUrl = builder.accessUrl;
        downloadUrl = builder.downloadUrl;
        title = builder.title;
        format = builder.format;
        byteSize = builder.byteSize;
        issued = builder.issued;
        sha256 = builder.sha256;
        sm3 = builder.sm3;
    }

    /** @param uri the distribution's own IRI, distinct from every other IRI in the catalog */
    public static Builder builder(URI uri) {
        return new Builder(uri);
    }

    public URI uri() {
        return uri;
    }

    /** Where the data can be obtained: a download, a page or an API. */
    public URI accessUrl() {
        return accessUrl;
    }

    /** The file itself, or null. */
    public URI downloadUrl() {
        return downloadUrl;
    }

    /** The distribution's name in Chinese, or null. */
    public String title() {
        return title;
    }

    public DistributionFormat format() {
        return format;
    }

    /** The size of the file in bytes, or null if unknown. */
    public Long byteSize() {
        return byteSize;
    }

    /** When this distribution was first published, or null. */
    public LocalDate issued() {
        return issued;
    }

    /** The lower-case hex SHA-256 digest of the file, or null. */
    public String sha256() {
        return sha256;
    }

    /** The lower-case hex SM3 digest of the file, or null. */
    public String sm3() {
        return sm3;
    }

    /** Builds an {@link OpenDistribution} step by step. */
    public static final class Builder {
        private final URI uri;
        private URI accessUrl;
        private URI downloadUrl;
        private String title;
        private DistributionFormat format;
        private Long byteSize;
        private LocalDate issued;
        private String sha256;
        private String sm3;

        private Builder(URI uri) {
            this.uri = Checks.webUri(uri, "distribution.uri");
        }

        /** Required. */
        public Builder accessUrl(URI accessUrl) {
            this.accessUrl = Checks.webUri(accessUrl, "distribution.accessUrl");
            return this;
        }

        /** Required. */
        public Builder format(DistributionFormat format) {
            this.format = Objects.requireNonNull(format, "distribution.format");
            return this;
        }

        public Builder downloadUrl(URI downloadUrl) {
            this.downloadUrl = Checks.webUri(downloadUrl, "distribution.downloadUrl");
            return this;
        }

        public Builder title(String title) {
            this.title = Checks.text(title, "distribution.title");
            return this;
        }

        public Builder byteSize(long byteSize) {
            if (byteSize < 0) {
                throw new IllegalArgumentException("distribution.byteSize must not be negative, got " + byteSize);
            }
            this.byteSize = byteSize;
            return this;
        }

        public Builder issued(LocalDate issued) {
            this.issued = Objects.requireNonNull(issued, "distribution.issued");
            return this;
        }

        /** 64 hexadecimal digits, either case; kept in lower case as SPDX asks. */
        public Builder sha256(String hex) {
            this.sha256 = digest(hex, "distribution.sha256");
            return this;
        }

        /** 64 hexadecimal digits, either case; kept in lower case. */
        public Builder sm3(String hex) {
            this.sm3 = digest(hex, "distribution.sm3");
            return this;
        }

        /** @throws IllegalStateException naming the required fields that were not given */
        public OpenDistribution build() {
            new Checks.Required().field(accessUrl, "accessUrl").field(format, "format")
                    .check("distribution " + uri);
            return new OpenDistribution(this);
        }

        private static String digest(String hex, String field) {
            Objects.requireNonNull(hex, field);
            if (!hex.matches("[0-9A-Fa-f]{64}")) {
                throw new IllegalArgumentException(field + " must be 64 hexadecimal digits (a 256-bit digest), got '"
                        + hex + "'");
            }
            return hex.toLowerCase(Locale.ROOT);
        }
    }
}
