package io.govshare.opendata.dcat;

import java.util.Objects;

import io.govshare.catalog.ClassificationCode;

/**
 * The 信息资源分类 a dataset belongs to, written as dcat:theme: a skos:Concept with the code as skos:notation and
 * the label as skos:prefLabel, in a concept scheme that the catalog names as its dcat:themeTaxonomy.
 *
 * @param label the class's name, such as 人口; non-blank
 */
public record Theme(ClassificationCode code, String label) {

    /** @throws IllegalArgumentException naming the field that breaks its rule */
    public Theme {
        Objects.requireNonNull(code, "theme.code");
        Checks.text(label, "theme.label");
    }
}
