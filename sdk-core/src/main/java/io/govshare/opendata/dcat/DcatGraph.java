package io.govshare.opendata.dcat;

import static io.govshare.opendata.dcat.Vocabulary.DCAT_ACCESS_URL;
import static io.govshare.opendata.dcat.Vocabulary.DCAT_BYTE_SIZE;
import static io.govshare.opendata.dcat.Vocabulary.DCAT_CATALOG;
import static io.govshare.opendata.dcat.Vocabulary.DCAT_CONTACT_POINT;
import static io.govshare.opendata.dcat.Vocabulary.DCAT_DATASET;
import static io.govshare.opendata.dcat.Vocabulary.DCAT_DATASET_CLASS;
import static io.govshare.opendata.dcat.Vocabulary.DCAT_DATA_SERVICE;
import static io.govshare.opendata.dcat.Vocabulary.DCAT_DISTRIBUTION;
import static io.govshare.opendata.dcat.Vocabulary.DCAT_DISTRIBUTION_CLASS;
import static io.govshare.opendata.dcat.Vocabulary.DCAT_DOWNLOAD_URL;
import static io.govshare.opendata.dcat.Vocabulary.DCAT_ENDPOINT_DESCRIPTION;
import static io.govshare.opendata.dcat.Vocabulary.DCAT_ENDPOINT_URL;
import static io.govshare.opendata.dcat.Vocabulary.DCAT_KEYWORD;
import static io.govshare.opendata.dcat.Vocabulary.DCAT_LANDING_PAGE;
import static io.govshare.opendata.dcat.Vocabulary.DCAT_MEDIA_TYPE;
import static io.govshare.opendata.dcat.Vocabulary.DCAT_SERVES_DATASET;
import static io.govshare.opendata.dcat.Vocabulary.DCAT_SERVICE;
import static io.govshare.opendata.dcat.Vocabulary.DCAT_THEME;
import static io.govshare.opendata.dcat.Vocabulary.DCAT_THEME_TAXONOMY;
import static io.govshare.opendata.dcat.Vocabulary.DCT_ACCESS_RIGHTS;
import static io.govshare.opendata.dcat.Vocabulary.DCT_ACCRUAL_PERIODICITY;
import static io.govshare.opendata.dcat.Vocabulary.DCT_DESCRIPTION;
import static io.govshare.opendata.dcat.Vocabulary.DCT_FORMAT;
import static io.govshare.opendata.dcat.Vocabulary.DCT_IDENTIFIER;
import static io.govshare.opendata.dcat.Vocabulary.DCT_ISSUED;
import static io.govshare.opendata.dcat.Vocabulary.DCT_LANGUAGE;
import static io.govshare.opendata.dcat.Vocabulary.DCT_LICENSE;
import static io.govshare.opendata.dcat.Vocabulary.DCT_LICENSE_DOCUMENT;
import static io.govshare.opendata.dcat.Vocabulary.DCT_LOCATION;
import static io.govshare.opendata.dcat.Vocabulary.DCT_MEDIA_TYPE;
import static io.govshare.opendata.dcat.Vocabulary.DCT_MODIFIED;
import static io.govshare.opendata.dcat.Vocabulary.DCT_PUBLISHER;
import static io.govshare.opendata.dcat.Vocabulary.DCT_SPATIAL;
import static io.govshare.opendata.dcat.Vocabulary.DCT_TITLE;
import static io.govshare.opendata.dcat.Vocabulary.DCT_TYPE;
import static io.govshare.opendata.dcat.Vocabulary.FOAF_AGENT;
import static io.govshare.opendata.dcat.Vocabulary.FOAF_DOCUMENT;
import static io.govshare.opendata.dcat.Vocabulary.FOAF_HOMEPAGE;
import static io.govshare.opendata.dcat.Vocabulary.FOAF_NAME;
import static io.govshare.opendata.dcat.Vocabulary.GOVSHARE_SM3;
import static io.govshare.opendata.dcat.Vocabulary.RDF_TYPE;
import static io.govshare.opendata.dcat.Vocabulary.SKOS_CONCEPT;
import static io.govshare.opendata.dcat.Vocabulary.SKOS_CONCEPT_SCHEME;
import static io.govshare.opendata.dcat.Vocabulary.SKOS_IN_SCHEME;
import static io.govshare.opendata.dcat.Vocabulary.SKOS_NOTATION;
import static io.govshare.opendata.dcat.Vocabulary.SKOS_PREF_LABEL;
import static io.govshare.opendata.dcat.Vocabulary.SPDX_ALGORITHM;
import static io.govshare.opendata.dcat.Vocabulary.SPDX_CHECKSUM;
import static io.govshare.opendata.dcat.Vocabulary.SPDX_CHECKSUM_ALGORITHM_CLASS;
import static io.govshare.opendata.dcat.Vocabulary.SPDX_CHECKSUM_CLASS;
import static io.govshare.opendata.dcat.Vocabulary.SPDX_CHECKSUM_VALUE;
import static io.govshare.opendata.dcat.Vocabulary.SPDX_SHA256;
import static io.govshare.opendata.dcat.Vocabulary.VCARD_FN;
import static io.govshare.opendata.dcat.Vocabulary.VCARD_HAS_EMAIL;
import static io.govshare.opendata.dcat.Vocabulary.VCARD_HAS_TELEPHONE;
import static io.govshare.opendata.dcat.Vocabulary.VCARD_KIND;
import static io.govshare.opendata.dcat.Vocabulary.VCARD_ORGANIZATION;
import static io.govshare.opendata.dcat.Vocabulary.XSD_DATE;
import static io.govshare.opendata.dcat.Vocabulary.XSD_DATE_TIME;
import static io.govshare.opendata.dcat.Vocabulary.XSD_HEX_BINARY;
import static io.govshare.opendata.dcat.Vocabulary.XSD_NON_NEGATIVE_INTEGER;
import static io.govshare.opendata.dcat.Vocabulary.XSD_STRING;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import io.govshare.catalog.ClassificationCode;
import io.govshare.opendata.dcat.Term.BlankNode;
import io.govshare.opendata.dcat.Term.Iri;
import io.govshare.opendata.dcat.Term.Literal;

/**
 * Turns the open-catalog model into descriptions for a serialiser: the catalog first, then each dataset with its
 * distributions.
 * <p>
 * What many datasets share — publishers, contact points, themes, authority concepts, licences, media types — is
 * described the first time it is referenced and only named afterwards, so the output grows with the datasets,
 * not with the repetitions. The memory this takes is bounded by the number of distinct shared resources plus one
 * IRI per dataset and distribution, kept to refuse a second resource with the same IRI (it would merge with the
 * first into one node that breaks the cardinalities).
 */
final class DcatGraph {

    private static final String THEME_SCHEME_TITLE = "政务信息资源分类";
    private static final String IANA_MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";

    private final OpenCatalog catalog;
    private final RdfSerializer out;
    private final Iri catalogIri;
    private final Iri themeScheme;
    private final Iri serviceIri;
    private final Set<String> subjects = new HashSet<>();
    private final Set<Object> described = new HashSet<>();
    private final Map<Object, BlankNode> sharedBlankNodes = new HashMap<>();
    private final Map<ClassificationCode, String> themeLabels = new HashMap<>();
    private final List<Description> pending = new ArrayList<>();
    private int blankNodeCount;

    DcatGraph(OpenCatalog catalog, RdfSerializer out) {
        this.catalog = catalog;
        this.out = out;
        catalogIri = claim(catalog.uri(), "catalog");
        themeScheme = claim(catalog.themeScheme(), "theme scheme");
        serviceIri = catalog.dataService() == null ? null : claim(catalog.dataService().uri(), "data service");
    }

    void writeCatalog() throws IOException {
        Description description = new Description(catalogIri)
                .add(RDF_TYPE, DCAT_CATALOG)
                .add(DCT_TITLE, chinese(catalog.title()))
                .add(DCT_DESCRIPTION, chinese(catalog.description()))
                .add(DCT_PUBLISHER, agent(catalog.publisher()))
                .add(DCT_MODIFIED, dateTime(catalog.modified()))
                .add(DCT_LANGUAGE, concept(AuthorityConcept.CHINESE))
                .add(DCAT_THEME_TAXONOMY, themeScheme());
        if (catalog.homepage() != null) {
            description.add(FOAF_HOMEPAGE, typedResource(catalog.homepage(), FOAF_DOCUMENT));
        }
        if (catalog.issued() != null) {
            description.add(DCT_ISSUED, date(catalog.issued()));
        }
        if (catalog.license() != null) {
            description.add(DCT_LICENSE, typedResource(catalog.license(), DCT_LICENSE_DOCUMENT));
        }
        if (catalog.spatial() != null) {
            description.add(DCT_SPATIAL, typedResource(catalog.spatial(), DCT_LOCATION));
        }
        if (serviceIri != null) {
            description.add(DCAT_SERVICE, serviceIri);
            dataService(catalog.dataService());
        }
        emit(description);
    }

    /** @throws IllegalArgumentException if an IRI of the dataset or its distributions was used before */
    void writeDataset(OpenDataset dataset) throws IOException {
        Iri datasetIri = claim(dataset.uri(), "dataset");
        for (OpenDistribution distribution : dataset.distributions()) {
            claim(distribution.uri(), "distribution");
        }
        Description description = new Description(datasetIri)
                .add(RDF_TYPE, DCAT_DATASET_CLASS)
                .add(DCT_TITLE, chinese(dataset.title()))
                .add(DCT_DESCRIPTION, chinese(dataset.description()))
                .add(DCT_IDENTIFIER, Literal.typed(dataset.identifier().value(), XSD_STRING));
        for (String keyword : dataset.keywords()) {
            description.add(DCAT_KEYWORD, chinese(keyword));
        }
        description.add(DCAT_THEME, theme(dataset.theme(), dataset.uri()))
                .add(DCT_PUBLISHER, agent(dataset.publisher()));
        if (dataset.contactPoint() != null) {
            description.add(DCAT_CONTACT_POINT, contactPoint(dataset.contactPoint()));
        }
        description.add(DCT_ISSUED, date(dataset.issued()));
        if (dataset.modified() != null) {
            description.add(DCT_MODIFIED, date(dataset.modified()));
        }
        description.add(DCT_ACCRUAL_PERIODICITY, concept(AuthorityConcept.frequency(dataset.updateCycle())))
                .add(DCT_ACCESS_RIGHTS, concept(AuthorityConcept.accessRight(dataset.access())));
        if (dataset.landingPage() != null) {
            description.add(DCAT_LANDING_PAGE, typedResource(dataset.landingPage(), FOAF_DOCUMENT));
        }
        if (dataset.spatial() != null) {
            description.add(DCT_SPATIAL, typedResource(dataset.spatial(), DCT_LOCATION));
        }
        for (OpenDistribution distribution : dataset.distributions()) {
            description.add(DCAT_DISTRIBUTION, Checks.iri(distribution.uri()));
        }
        // written only now, so that a dataset refused above leaves no trace in the output
        out.write(new Description(catalogIri).add(DCAT_DATASET, datasetIri));
        if (serviceIri != null) {
            out.write(new Description(serviceIri).add(DCAT_SERVES_DATASET, datasetIri));
        }
        emit(description);
        for (OpenDistribution distribution : dataset.distributions()) {
            emit(distribution(distribution, dataset.license()));
        }
    }

    /** DCAT-AP puts the licence on the distribution, so each one carries its dataset's. */
    private Description distribution(OpenDistribution distribution, URI license) {
        Description description = new Description(Checks.iri(distribution.uri()))
                .add(RDF_TYPE, DCAT_DISTRIBUTION_CLASS);
        if (distribution.title() != null) {
            description.add(DCT_TITLE, chinese(distribution.title()));
        }
        description.add(DCAT_ACCESS_URL, Checks.iri(distribution.accessUrl()));
        if (distribution.downloadUrl() != null) {
            description.add(DCAT_DOWNLOAD_URL, Checks.iri(distribution.downloadUrl()));
        }
        description.add(DCT_FORMAT, concept(AuthorityConcept.fileType(distribution.format())))
                .add(DCAT_MEDIA_TYPE, typedResource(
                        URI.create(IANA_MEDIA_TYPES + distribution.format().mediaType()), DCT_MEDIA_TYPE));
        if (license != null) {
            description.add(DCT_LICENSE, typedResource(license, DCT_LICENSE_DOCUMENT));
        }
        if (distribution.byteSize() != null) {
            description.add(DCAT_BYTE_SIZE,
                    Literal.typed(distribution.byteSize().toString(), XSD_NON_NEGATIVE_INTEGER));
        }
        if (distribution.issued() != null) {
            description.add(DCT_ISSUED, date(distribution.issued()));
        }
        if (distribution.sha256() != null) {
            description.add(SPDX_CHECKSUM, sha256Checksum(distribution.sha256()));
        }
        if (distribution.sm3() != null) {
            description.add(GOVSHARE_SM3, Literal.typed(distribution.sm3(), XSD_HEX_BINARY));
        }
        return description;
    }

    private void dataService(OpenDataService service) {
        Description description = new Description(serviceIri)
                .add(RDF_TYPE, DCAT_DATA_SERVICE)
                .add(DCT_TITLE, chinese(service.title()))
                .add(DCAT_ENDPOINT_URL, Checks.iri(service.endpointUrl()));
        if (service.endpointDescription() != null) {
            description.add(DCAT_ENDPOINT_DESCRIPTION, Checks.iri(service.endpointDescription()));
        }
        pending.add(description.add(DCT_PUBLISHER, agent(catalog.publisher())));
    }

    private BlankNode agent(Publisher publisher) {
        return sharedBlankNode(publisher, "agent", description -> description
                .add(RDF_TYPE, FOAF_AGENT)
                .add(FOAF_NAME, chinese(publisher.name()))
                .add(DCT_IDENTIFIER, Literal.typed(publisher.code().value(), XSD_STRING))
                .add(DCT_TYPE, concept(AuthorityConcept.publisherType(publisher.level()))));
    }

    private BlankNode contactPoint(ContactPoint contact) {
        return sharedBlankNode(contact, "contact", description -> {
            // vcard:Kind is what DCAT-AP checks; vcard:Organization says which kind
            description.add(RDF_TYPE, VCARD_KIND)
                    .add(RDF_TYPE, VCARD_ORGANIZATION)
                    .add(VCARD_FN, chinese(contact.name()));
            if (contact.emailUri() != null) {
                description.add(VCARD_HAS_EMAIL, Checks.iri(contact.emailUri()));
            }
            if (contact.telephoneUri() != null) {
                description.add(VCARD_HAS_TELEPHONE, Checks.iri(contact.telephoneUri()));
            }
        });
    }

    /** One blank node for equal values: the first use describes it, later ones only name it. */
    private BlankNode sharedBlankNode(Object value, String kind, Consumer<Description> describe) {
        BlankNode node = sharedBlankNodes.get(value);
        if (node == null) {
            node = newBlankNode(kind);
            sharedBlankNodes.put(value, node);
            Description description = new Description(node);
            pending.add(description); // ahead of the resources it refers to, for a reader of the output
            describe.accept(description);
        }
        return node;
    }

    private BlankNode sha256Checksum(String hex) {
        BlankNode node = newBlankNode("checksum");
        if (described.add(SPDX_SHA256)) {
            pending.add(new Description(SPDX_SHA256).add(RDF_TYPE, SPDX_CHECKSUM_ALGORITHM_CLASS));
        }
        pending.add(new Description(node)
                .add(RDF_TYPE, SPDX_CHECKSUM_CLASS)
                .add(SPDX_ALGORITHM, SPDX_SHA256)
                .add(SPDX_CHECKSUM_VALUE, Literal.typed(hex, XSD_HEX_BINARY)));
        return node;
    }

    /**
     * A theme concept under the catalog's scheme.
     *
     * @throws IllegalArgumentException if an earlier dataset gave the same code another label
     */
    private Iri theme(Theme theme, URI dataset) {
        String earlierLabel = themeLabels.putIfAbsent(theme.code(), theme.label());
        if (earlierLabel != null && !earlierLabel.equals(theme.label())) {
            throw new IllegalArgumentException("dataset " + dataset + ": theme " + theme.code() + " is labelled '"
                    + theme.label() + "' but an earlier dataset labelled it '" + earlierLabel + "'");
        }
        Iri concept = new Iri(themeScheme.value() + "/" + theme.code().value());
        if (earlierLabel == null) {
            claim(URI.create(concept.value()), "theme");
            pending.add(new Description(concept)
                    .add(RDF_TYPE, SKOS_CONCEPT)
                    .add(SKOS_PREF_LABEL, chinese(theme.label()))
                    .add(SKOS_NOTATION, Literal.typed(theme.code().value(), XSD_STRING))
                    .add(SKOS_IN_SCHEME, themeScheme()));
        }
        return concept;
    }

    private Iri themeScheme() {
        if (described.add(themeScheme)) {
            pending.add(new Description(themeScheme)
                    .add(RDF_TYPE, SKOS_CONCEPT_SCHEME)
                    .add(DCT_TITLE, chinese(THEME_SCHEME_TITLE)));
        }
        return themeScheme;
    }

    private Iri concept(AuthorityConcept concept) {
        if (described.add(concept.iri())) {
            Description description = new Description(concept.iri()).add(RDF_TYPE, concept.kind());
            if (!concept.kind().equals(SKOS_CONCEPT)) {
                description.add(RDF_TYPE, SKOS_CONCEPT);
            }
            pending.add(description
                    .add(SKOS_PREF_LABEL, Literal.tagged(concept.englishLabel(), "en"))
                    .add(SKOS_IN_SCHEME, concept.scheme()));
            if (described.add(concept.scheme())) {
                pending.add(new Description(concept.scheme())
                        .add(RDF_TYPE, SKOS_CONCEPT_SCHEME)
                        .add(DCT_TITLE, Literal.tagged(concept.schemeTitle(), "en")));
            }
        }
        return concept.iri();
    }

    /** Someone else's resource, typed with the class DCAT-AP expects of it (range.ttl checks the class). */
    private Iri typedResource(URI uri, Iri type) {
        Iri iri = Checks.iri(uri);
        if (described.add(List.of(iri, type))) {
            pending.add(new Description(iri).add(RDF_TYPE, type));
        }
        return iri;
    }

    private void emit(Description description) throws IOException {
        out.write(description);
        for (Description shared : pending) {
            out.write(shared);
        }
        pending.clear();
    }

    private Iri claim(URI uri, String what) {
        if (!subjects.add(uri.toString())) {
            throw new IllegalArgumentException(what + " " + uri + " has the IRI of another resource of the catalog");
        }
        return Checks.iri(uri);
    }

    private BlankNode newBlankNode(String kind) {
        return new BlankNode(kind + ++blankNodeCount);
    }

    private static Literal chinese(String text) {
        return Literal.tagged(text, "zh");
    }

    private static Literal date(LocalDate date) {
        return Literal.typed(date.toString(), XSD_DATE);
    }

    private static Literal dateTime(OffsetDateTime time) {
        return Literal.typed(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time), XSD_DATE_TIME);
    }
}
