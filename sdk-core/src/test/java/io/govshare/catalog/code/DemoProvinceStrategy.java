package io.govshare.catalog.code;

import io.govshare.catalog.ClassificationCode;
import io.govshare.catalog.ResourceCode;
import io.govshare.catalog.Violation;

import java.util.List;

/**
 * A province-style rule, registered through META-INF/services in src/test: the classification is prefixed with
 * the province's two-digit division code and the sequence has four digits, e.g. {@code 51-101001/0001}.
 */
public final class DemoProvinceStrategy implements ResourceCodeStrategy {

    @Override
    public String name() {
        return "demo-province";
    }

    @Override
    public List<Violation> check(ResourceCode code, String classificationCode, String field) {
        String expectedPrefix = "51-" + (classificationCode == null ? "" : classificationCode);
        boolean ok = code.classificationPart().startsWith("51-")
                && (classificationCode == null || code.classificationPart().equals(expectedPrefix))
                && code.sequencePart().matches("[0-9]{4}");
        return ok ? List.of() : List.of(Violation.error(field, "code.demo-province",
                "expected 51-<classification>/<4 digits>, got " + code));
    }

    @Override
    public ResourceCode assign(ClassificationCode classification, long sequence) {
        return ResourceCode.of("51-" + classification + "/" + String.format("%04d", sequence));
    }
}
