package io.govshare.app.opendata;

import io.govshare.catalog.ResourceCode;

/**
 * The open-data id of a dataset: its 信息资源代码 with the slash written as a hyphen ({@code 101001-000042}), so it
 * fits a URL path segment and CKAN's package-name rule (lower-case letters, digits, '-' and '_').
 */
public final class OpenDatasetId {

    private OpenDatasetId() {
    }

    public static String of(String resourceCode) {
        ResourceCode code = ResourceCode.of(resourceCode);
        return code.classificationPart() + "-" + code.sequencePart();
    }

    /**
     * The resource code for an id, or null if the text cannot be one. National codes have no hyphen of their own;
     * for a provincial variant that does, the first hyphen is taken as the slash.
     */
    public static String toResourceCode(String id) {
        if (id == null) {
            return null;
        }
        int hyphen = id.indexOf('-');
        if (hyphen <= 0 || hyphen == id.length() - 1) {
            return null;
        }
        String code = id.substring(0, hyphen) + "/" + id.substring(hyphen + 1);
        try {
            return ResourceCode.of(code).value();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
