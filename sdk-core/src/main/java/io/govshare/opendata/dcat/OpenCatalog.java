package io.govshare.opendata.dcat;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The open catalog (开放目录) as a whole, written as a dcat:Catalog: who publishes it and what it is. Its datasets
 * are handed to {@link DcatWriter} separately, so that they can be streamed from a database instead of held
 * in memory.
 * <p>
 * All texts of the catalog and its datasets are Chinese: literals are tagged {@code zh} and the catalog declares
 * the language ZHO of the EU language table. The catalog's IRI also names the concept scheme of its themes
 * ({@code <catalog>/themes}) and their concepts ({@code <catalog>/themes/<分类码>}).
 * <p>
 * Invariants: title, description, publisher and modified are present; texts are non-blank and free of control
 * characters other than tab and line breaks; links are absolute http(s) URLs.
 */
public final class OpenCatalog {

    private final URI uri;
    private final String title;
    private final String description;
    private final Publisher publisher;
    private final OffsetDateTime modified;
    private final URI homepage;
    private final LocalDate issued;
    private final URI license;
    private final URI spatial;
    private final OpenDataService dataService;

    private OpenCatalog(Builder builder) {
        uri = builder.uri;
        title = builder.title;
        description = builder.description;
        publisher = builder.publisher;
        modified = builder.modified;
        homepage = builder.homepage;
        issued = builder.issued;
        license = builder.license;
        spatial = builder.spatial;
        dataService = builder.dataService;
    }

    public static Builder builder(URI uri) {
        return new Builder(uri);
    }

    public URI uri() {
        return uri;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** The body that runs the open-data portal. */
    public Publisher publisher() {
        return publisher;
    }

    /** The last change to the catalog. */
    public OffsetDateTime modified() {
        return modified;
    }

    /** The portal's home page, or null. */
    public URI homepage() {
        return homepage;
    }

    /** When the catalog was first published, or null. */
    public LocalDate issued() {
        return issued;
    }

    /** The licence of the catalog's metadata, or null. */
    public URI license() {
        return license;
    }

    /** The area the catalog covers (see {@link OpenDataset#spatial()}), or null. */
    public URI spatial() {
        return spatial;
    }

    /** The data API that serves the catalog's datasets, or null. */
    public OpenDataService dataService() {
        return dataService;
    }

    /** The IRI of the concept scheme of the catalog's themes. */
    URI themeScheme() {
        String base = uri.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/themes");
    }

    /** Builds an {@link OpenCatalog}; {@code build()} checks the required fields. */
    public static final class Builder {
        private final URI uri;
        private String title;
        private String description;
        private Publisher publisher;
        private OffsetDateTime modified;
        private URI homepage;
        private LocalDate issued;
        private URI license;
        private URI spatial;
        private OpenDataService dataService;

        private Builder(URI uri) {
            this.uri = Checks.webUri(uri, "catalog.uri");
        }

        /** Required. */
        public Builder title(String title) {
            this.title = Checks.text(title, "catalog.title");
            return this;
        }

        /** Required. */
        public Builder description(String description) {
            this.description = Checks.text(description, "catalog.description");
            return this;
        }

        /** Required. */
        public Builder publisher(Publisher publisher) {
            this.publisher = Objects.requireNonNull(publisher, "catalog.publisher");
            return this;
        }

        /** Required. */
        public Builder modified(OffsetDateTime modified) {
            this.modified = Objects.requireNonNull(modified, "catalog.modified");
            return this;
        }

        public Builder homepage(URI homepage) {
            this.homepage = Checks.webUri(homepage, "catalog.homepage");
            return this;
        }

        public Builder issued(LocalDate issued) {
            this.issued = Objects.requireNonNull(issued, "catalog.issued");
            return this;
        }

        public Builder license(URI license) {
            this.license = Checks.webUri(license, "catalog.license");
            return this;
        }

        public Builder spatial(URI spatial) {
            this.spatial = Checks.webUri(spatial, "catalog.spatial");
            return this;
        }

        public Builder dataService(OpenDataService dataService) {
            this.dataService = Objects.requireNonNull(dataService, "catalog.dataService");
            return this;
        }

        /** @throws IllegalStateException naming the required fields that were not given */
        public OpenCatalog build() {
            new Checks.Required().field(title, "title").field(description, "description")
                    .field(publisher, "publisher").field(modified, "modified")
                    .check("catalog " + uri);
            return new OpenCatalog(this);
        }
    }
}
