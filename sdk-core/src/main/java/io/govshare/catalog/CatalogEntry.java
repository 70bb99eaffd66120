package io.govshare.catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * One entry of the government information-resource catalog: the 13 core items of the 2017 编制指南 plus the
 * fields deployed catalogs commonly add (所属系统, the survey counts).
 * <p>
 * An entry is a plain carrier and may be incomplete or inconsistent — that is what
 * {@link io.govshare.catalog.validation.CatalogValidator} reports on. Fields other than the lists may be null.
 *
 * @param code       信息资源代码; null until one is assigned
 * @param systemName 所属系统: the business system the data comes from
 * @param status     lifecycle state, managed by the platform
 * @param version    increases by one with every saved change, managed by the platform
 */
public record CatalogEntry(
        ResourceCode code,
        String name,
        String summary,
        CatalogKind kind,
        String classificationCode,
        Provider provider,
        Format format,
        List<DataItem> dataItems,
        ShareAttributes share,
        OpenAttributes open,
        UpdateCycle updateCycle,
        LocalDate publishedOn,
        List<ResourceCode> relatedCodes,
        String systemName,
        SurveyCounts survey,
        CatalogStatus status,
        Integer version) {

    /** Checks the components, and copies or normalises them where the class description says so. */
    public CatalogEntry {
        dataItems = dataItems == null ? List.of() : List.copyOf(dataItems);
        relatedCodes = relatedCodes == null ? List.of() : List.copyOf(relatedCodes);
    }

    public CatalogEntry withCode(ResourceCode newCode) {
        return new CatalogEntry(newCode, name, summary, kind, classificationCode, provider, format, dataItems, share,
                open, updateCycle, publishedOn, relatedCodes, systemName, survey, status, version);
    }

    public CatalogEntry withLifecycle(CatalogStatus newStatus, Integer newVersion) {
        return new CatalogEntry(code, name, summary, kind, classificationCode, provider, format, dataItems, share,
                open, updateCycle, publishedOn, relatedCodes, systemName, survey, newStatus, newVersion);
    }

    public CatalogEntry withPublishedOn(LocalDate date) {
        return new CatalogEntry(code, name, summary, kind, classificationCode, provider, format, dataItems, share,
                open, updateCycle, date, relatedCodes, systemName, survey, status, version);
    }
}
