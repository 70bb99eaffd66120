package io.govshare.opendata.dcat;

import java.util.Objects;

import io.govshare.catalog.DepartmentCode;

/**
 * The department that publishes a dataset or the catalog (信息资源提供方): written as a foaf:Agent with its
 * name, its 统一社会信用代码 as dct:identifier and its level as an ADMS publisher type.
 * <p>
 * Equal publishers are written once per document and shared by every dataset that names them.
 *
 * @param name  the department's name, in Chinese; non-blank
 * @param code  its 统一社会信用代码 (GB 32100)
 * @param level the level of government it belongs to
 */
public record Publisher(String name, DepartmentCode code, Level level) {

    /** The level of government, mapped to the ADMS publisher types DCAT-AP recommends. */
    public enum Level {
        /** 国家级 (ministries, national bureaus): NationalAuthority. */
        NATIONAL,
        /** 省级: RegionalAuthority. */
        REGIONAL,
        /** 市级、县级: LocalAuthority. */
        LOCAL
    }

    /** @throws IllegalArgumentException naming the field that breaks its rule */
    public Publisher {
        Checks.text(name, "publisher.name");
        Objects.requireNonNull(code, "publisher.code");
        Objects.requireNonNull(level, "publisher.level");
    }
}
