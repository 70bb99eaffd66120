package io.govshare.opendata.dcat;

import static io.govshare.opendata.dcat.Namespace.DCT;

import io.govshare.catalog.OpenType;
import io.govshare.catalog.UpdateCycle;
import io.govshare.opendata.dcat.Term.Iri;

/**
 * A concept of a controlled vocabulary that DCAT-AP asks for: the EU Publications Office authority tables
 * (language, frequency, access right, file type) and the ADMS publisher types.
 * <p>
 * The output describes every concept it uses (its class, English label and scheme) because the DCAT-AP shapes
 * check those statements in the data graph; without them a validator has to download the whole authority
 * table first. The labels are the tables' own English labels.
 *
 * @param kind the class DCAT-AP expects of the property's value, such as dct:Frequency
 */
record AuthorityConcept(Iri iri, Iri kind, String englishLabel, Iri scheme, String schemeTitle) {

    private static final String EU_AUTHORITY = "http://publications.europa.eu/resource/authority/";
    private static final String ADMS_PUBLISHER_TYPE = "http://purl.org/adms/publishertype/";

    static final AuthorityConcept CHINESE = eu("language", "Language", "ZHO", "Chinese", "LinguisticSystem");

    static AuthorityConcept frequency(UpdateCycle cycle) {
        return switch (cycle) {
            case REALTIME -> frequency("CONT", "continuous");
            case DAILY -> frequency("DAILY", "daily");
            case WEEKLY -> frequency("WEEKLY", "weekly");
            case MONTHLY -> frequency("MONTHLY", "monthly");
            case QUARTERLY -> frequency("QUARTERLY", "quarterly");
            case HALF_YEARLY -> frequency("ANNUAL_2", "semiannual");
            case YEARLY -> frequency("ANNUAL", "annual");
            case IRREGULAR -> frequency("IRREG", "irregular");
        };
    }

    /** 无条件开放 is PUBLIC; 有条件开放 (on an approved application) is RESTRICTED. */
    static AuthorityConcept accessRight(OpenType open) {
        return switch (open) {
            case UNCONDITIONAL -> eu("access-right", "Access right", "PUBLIC", "public", "RightsStatement");
            case CONDITIONAL -> eu("access-right", "Access right", "RESTRICTED", "restricted", "RightsStatement");
            case NONE -> throw new IllegalArgumentException("不予开放 (NONE) resources have no access right in an open"
                    + " catalog");
        };
    }

    static AuthorityConcept fileType(DistributionFormat format) {
        return eu("file-type", "File type", format.fileTypeCode(), format.label(), "MediaTypeOrExtent");
    }

    static AuthorityConcept publisherType(Publisher.Level level) {
        String code = switch (level) {
            case NATIONAL -> "NationalAuthority";
            case REGIONAL -> "RegionalAuthority";
            case LOCAL -> "LocalAuthority";
        };
        String label = switch (level) {
            case NATIONAL -> "National authority";
            case REGIONAL -> "Regional authority";
            case LOCAL -> "Local authority";
        };
        return new AuthorityConcept(new Iri(ADMS_PUBLISHER_TYPE + code), Vocabulary.SKOS_CONCEPT, label,
                new Iri(ADMS_PUBLISHER_TYPE + "1.0"), "Publisher type");
    }

    private static AuthorityConcept frequency(String code, String label) {
        return eu("frequency", "Frequency", code, label, "Frequency");
    }

    private static AuthorityConcept eu(String table, String tableTitle, String code, String label, String dctClass) {
        return new AuthorityConcept(new Iri(EU_AUTHORITY + table + "/" + code), DCT.term(dctClass), label,
                new Iri(EU_AUTHORITY + table), tableTitle);
    }
}
