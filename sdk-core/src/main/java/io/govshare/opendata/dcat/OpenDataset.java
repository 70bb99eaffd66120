package io.govshare.opendata.dcat;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.govshare.catalog.OpenType;
import io.govshare.catalog.ResourceCode;
import io.govshare.catalog.UpdateCycle;

/**
 * One resource of the open catalog (开放目录), written as a dcat:Dataset. The fields follow the crosswalk from the
 * 编制指南 to DCAT-AP 3: 名称 → dct:title, 摘要 → dct:description, 代码 → dct:identifier, 分类 → dcat:theme,
 * 提供方 → dct:publisher, 开放属性 → dct:accessRights, 更新周期 → dct:accrualPeriodicity, 发布日期 → dct:issued.
 * <p>
 * Invariants: every required field is present; texts are non-blank and free of control characters other than
 * tab and line breaks; links are absolute http(s) URLs; the access is 无条件 or 有条件开放 (a 不予开放 resource has
 * no place in an open catalog); {@code modified} is not before {@code issued}; keywords are distinct, in the
 * order given; distributions have distinct IRIs.
 */
public final class OpenDataset {

    private final URI uri;
    private final ResourceCode identifier;
    private final String title;
    private final String description;
    private final List<String> keywords;
    private final Theme theme;
    private final Publisher publisher;
    private final ContactPoint contactPoint;
    private final LocalDate issued;
    private final LocalDate modified;
    private final UpdateCycle updateCycle;
    private final OpenType access;
    private final URI license;
    private final URI landingPage;
    private final URI spatial;
    private final List<OpenDistribution> distributions;

    private OpenDataset(Builder builder) {
        uri = builder.uri;
        identifier = builder.identifier;
        title = builder.title;
        description = builder.description;
        keywords = List.copyOf(builder.keywords);
        theme = builder.theme;
        publisher = builder.publisher;
        contactPoint = builder.contactPoint;
        issued = builder.issued;
        modified = builder.modified;
        updateCycle = builder.updateCycle;
        access = builder.access;
        license = builder.license;
        landingPage = builder.landingPage;
        spatial = builder.spatial;
        distributions = List.copyOf(builder.distributions);
    }

    /** @param uri the dataset's own IRI, distinct from every other IRI in the catalog */
    public static Builder builder(URI uri) {
        return new Builder(uri);
    }

    public URI uri() {
        return uri;
    }

    /** 信息资源代码. */
    public ResourceCode identifier() {
        return identifier;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public List<String> keywords() {
        return keywords;
    }

    public Theme theme() {
        return theme;
    }

    public Publisher publisher() {
        return publisher;
    }

    /** Or null. */
    public ContactPoint contactPoint() {
        return contactPoint;
    }

    /** 发布日期. */
    public LocalDate issued() {
        return issued;
    }

    /** The last change, or null. */
    public LocalDate modified() {
        return modified;
    }

    public UpdateCycle updateCycle() {
        return updateCycle;
    }

    /** UNCONDITIONAL (PUBLIC) or CONDITIONAL (RESTRICTED). */
    public OpenType access() {
        return access;
    }

    /** The licence every distribution is offered under, or null. */
    public URI license() {
        return license;
    }

    /** The dataset's page on the open-data portal, or null. */
    public URI landingPage() {
        return landingPage;
    }

    /** The area the data covers, as the IRI of a place (GeoNames, or the EU country or place tables), or null. */
    public URI spatial() {
        return spatial;
    }

    public List<OpenDistribution> distributions() {
        return distributions;
    }

    /** Builds an {@link OpenDataset} step by step. */
    public static final class Builder {
        private final URI uri;
        private ResourceCode identifier;
        private String title;
        private String description;
        private final Set<String> keywords = new LinkedHashSet<>();
        private Theme theme;
        private Publisher publisher;
        private ContactPoint contactPoint;
        private LocalDate issued;
        private LocalDate modified;
        private UpdateCycle updateCycle;
        private OpenType access;
        private URI license;
        private URI landingPage;
        private URI spatial;
        private final List<OpenDistribution> distributions = new ArrayList<>();

        private Builder(URI uri) {
            this.uri = Checks.webUri(uri, "dataset.uri");
        }

        /** Required: 信息资源代码. */
        public Builder identifier(ResourceCode identifier) {
            this.identifier = Objects.requireNonNull(identifier, "dataset.identifier");
            return this;
        }

        /** Required: 信息资源名称. */
        public Builder title(String title) {
            this.title = Checks.text(title, "dataset.title");
            return this;
        }

        /** Required: 信息资源摘要. */
        public Builder description(String description) {
            this.description = Checks.text(description, "dataset.description");
            return this;
        }

        /** Required: 信息资源分类. */
        public Builder theme(Theme theme) {
            this.theme = Objects.requireNonNull(theme, "dataset.theme");
            return this;
        }

        /** Required: 信息资源提供方. */
        public Builder publisher(Publisher publisher) {
            this.publisher = Objects.requireNonNull(publisher, "dataset.publisher");
            return this;
        }

        /** Required: 发布日期. */
        public Builder issued(LocalDate issued) {
            this.issued = Objects.requireNonNull(issued, "dataset.issued");
            return this;
        }

        /** Required: 更新周期. */
        public Builder updateCycle(UpdateCycle updateCycle) {
            this.updateCycle = Objects.requireNonNull(updateCycle, "dataset.updateCycle");
            return this;
        }

        /**
         * Required: 开放类型.
         *
         * @throws IllegalArgumentException for {@link OpenType#NONE}: 不予开放 resources are not published
         */
        public Builder access(OpenType access) {
            Objects.requireNonNull(access, "dataset.access");
            if (access == OpenType.NONE) {
                throw new IllegalArgumentException("dataset.access must be UNCONDITIONAL or CONDITIONAL: a 不予开放"
                        + " (NONE) resource is not published in the open catalog");
            }
            this.access = access;
            return this;
        }

        /** A keyword in Chinese; one given twice is kept once. */
        public Builder keyword(String keyword) {
            keywords.add(Checks.text(keyword, "dataset.keyword"));
            return this;
        }

        public Builder contactPoint(ContactPoint contactPoint) {
            this.contactPoint = Objects.requireNonNull(contactPoint, "dataset.contactPoint");
            return this;
        }

        public Builder modified(LocalDate modified) {
            this.modified = Objects.requireNonNull(modified, "dataset.modified");
            return this;
        }

        public Builder license(URI license) {
            this.license = Checks.webUri(license, "dataset.license");
            return this;
        }

        public Builder landingPage(URI landingPage) {
            this.landingPage = Checks.webUri(landingPage, "dataset.landingPage");
            return this;
        }

        public Builder spatial(URI spatial) {
            this.spatial = Checks.webUri(spatial, "dataset.spatial");
            return this;
        }

        /** @throws IllegalArgumentException if another distribution of this dataset has the same IRI */
        public Builder distribution(OpenDistribution distribution) {
            Objects.requireNonNull(distribution, "dataset.distribution");
            for (OpenDistribution earlier : distributions) {
                if (earlier.uri().equals(distribution.uri())) {
                    throw new IllegalArgumentException("dataset.distribution " + distribution.uri()
                            + " is given twice");
                }
            }
            distributions.add(distribution);
            return this;
        }

        /**
         * @throws IllegalStateException    naming the required fields that were not given
         * @throws IllegalArgumentException if {@code modified} is before {@code issued}
         */
        public OpenDataset build() {
            new Checks.Required().field(identifier, "identifier").field(title, "title")
                    .field(description, "description").field(theme, "theme").field(publisher, "publisher")
                    .field(issued, "issued").field(updateCycle, "updateCycle").field(access, "access")
                    .check("dataset " + uri);
            if (modified != null && modified.isBefore(issued)) {
                throw new IllegalArgumentException("dataset.modified " + modified + " must not be before"
                        + " dataset.issued " + issued);
            }
            return new OpenDataset(this);
        }
    }
}
