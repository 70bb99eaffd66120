package io.govshare.opendata.dcat;

import static io.govshare.opendata.dcat.Namespace.DCAT;
import static io.govshare.opendata.dcat.Namespace.DCT;
import static io.govshare.opendata.dcat.Namespace.FOAF;
import static io.govshare.opendata.dcat.Namespace.GOVSHARE;
import static io.govshare.opendata.dcat.Namespace.RDF;
import static io.govshare.opendata.dcat.Namespace.SKOS;
import static io.govshare.opendata.dcat.Namespace.SPDX;
import static io.govshare.opendata.dcat.Namespace.VCARD;
import static io.govshare.opendata.dcat.Namespace.XSD;

import io.govshare.opendata.dcat.Term.Iri;

/** The classes, properties and datatypes the DCAT output uses. */
final class Vocabulary {

    static final Iri RDF_TYPE = RDF.term("type");

    static final Iri XSD_STRING = XSD.term("string");
    static final Iri XSD_DATE = XSD.term("date");
    static final Iri XSD_DATE_TIME = XSD.term("dateTime");
    static final Iri XSD_NON_NEGATIVE_INTEGER = XSD.term("nonNegativeInteger");
    static final Iri XSD_HEX_BINARY = XSD.term("hexBinary");

    static final Iri DCAT_CATALOG = DCAT.term("Catalog");
    static final Iri DCAT_DATASET_CLASS = DCAT.term("Dataset");
    static final Iri DCAT_DISTRIBUTION_CLASS = DCAT.term("Distribution");
    static final Iri DCAT_DATA_SERVICE = DCAT.term("DataService");
    static final Iri DCAT_DATASET = DCAT.term("dataset");
    static final Iri DCAT_DISTRIBUTION = DCAT.term("distribution");
    static final Iri DCAT_SERVICE = DCAT.term("service");
    static final Iri DCAT_SERVES_DATASET = DCAT.term("servesDataset");
    static final Iri DCAT_ENDPOINT_URL = DCAT.term("endpointURL");
    static final Iri DCAT_ENDPOINT_DESCRIPTION = DCAT.term("endpointDescription");
    static final Iri DCAT_THEME_TAXONOMY = DCAT.term("themeTaxonomy");
    static final Iri DCAT_THEME = DCAT.term("theme");
    static final Iri DCAT_KEYWORD = DCAT.term("keyword");
    static final Iri DCAT_CONTACT_POINT = DCAT.term("contactPoint");
    static final Iri DCAT_LANDING_PAGE = DCAT.term("landingPage");
    static final Iri DCAT_ACCESS_URL = DCAT.term("accessURL");
    static final Iri DCAT_DOWNLOAD_URL = DCAT.term("downloadURL");
    static final Iri DCAT_MEDIA_TYPE = DCAT.term("mediaType");
    static final Iri DCAT_BYTE_SIZE = DCAT.term("byteSize");

    static final Iri DCT_TITLE = DCT.term("title");
    static final Iri DCT_DESCRIPTION = DCT.term("description");
    static final Iri DCT_PUBLISHER = DCT.term("publisher");
    static final Iri DCT_IDENTIFIER = DCT.term("identifier");
    static final Iri DCT_TYPE = DCT.term("type");
    static final Iri DCT_ISSUED = DCT.term("issued");
    static final Iri DCT_MODIFIED = DCT.term("modified");
    static final Iri DCT_LANGUAGE = DCT.term("language");
    static final Iri DCT_LICENSE = DCT.term("license");
    static final Iri DCT_SPATIAL = DCT.term("spatial");
    static final Iri DCT_ACCRUAL_PERIODICITY = DCT.term("accrualPeriodicity");
    static final Iri DCT_ACCESS_RIGHTS = DCT.term("accessRights");
    static final Iri DCT_FORMAT = DCT.term("format");
    static final Iri DCT_LICENSE_DOCUMENT = DCT.term("LicenseDocument");
    static final Iri DCT_LOCATION = DCT.term("Location");
    static final Iri DCT_MEDIA_TYPE = DCT.term("MediaType");

    static final Iri FOAF_AGENT = FOAF.term("Agent");
    static final Iri FOAF_DOCUMENT = FOAF.term("Document");
    static final Iri FOAF_NAME = FOAF.term("name");
    static final Iri FOAF_HOMEPAGE = FOAF.term("homepage");

    static final Iri SKOS_CONCEPT = SKOS.term("Concept");
    static final Iri SKOS_CONCEPT_SCHEME = SKOS.term("ConceptScheme");
    static final Iri SKOS_PREF_LABEL = SKOS.term("prefLabel");
    static final Iri SKOS_NOTATION = SKOS.term("notation");
    static final Iri SKOS_IN_SCHEME = SKOS.term("inScheme");

    static final Iri SPDX_CHECKSUM_CLASS = SPDX.term("Checksum");
    static final Iri SPDX_CHECKSUM_ALGORITHM_CLASS = SPDX.term("ChecksumAlgorithm");
    static final Iri SPDX_CHECKSUM = SPDX.term("checksum");
    static final Iri SPDX_ALGORITHM = SPDX.term("algorithm");
    static final Iri SPDX_CHECKSUM_VALUE = SPDX.term("checksumValue");
    static final Iri SPDX_SHA256 = SPDX.term("checksumAlgorithm_sha256");

    static final Iri VCARD_KIND = VCARD.term("Kind");
    static final Iri VCARD_ORGANIZATION = VCARD.term("Organization");
    static final Iri VCARD_FN = VCARD.term("fn");
    static final Iri VCARD_HAS_EMAIL = VCARD.term("hasEmail");
    static final Iri VCARD_HAS_TELEPHONE = VCARD.term("hasTelephone");

    /** The lower-case hex SM3 digest (GM/T 0004) of a distribution: SPDX has no SM3 algorithm to name. */
    static final Iri GOVSHARE_SM3 = GOVSHARE.term("sm3");

    private Vocabulary() {
    }
}
