package io.govshare.catalog.validation;

import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.DepartmentCode;
import io.govshare.catalog.ShareType;
import io.govshare.catalog.Violation;

import java.util.List;

import static io.govshare.catalog.validation.CatalogValidator.isBlank;

/** The mandatory elements, name and summary, and the shape of the provider code. */
final class ElementRules {

    static final int NAME_MIN = 2;
    static final int NAME_MAX = 100;
    static final int SUMMARY_MIN = 10;

    private ElementRules() {
    }

    static void check(CatalogEntry e, List<Violation> out) {
        checkName(e.name(), out);
        checkSummary(e.summary(), out);
        if (e.kind() == null) {
            out.add(Violation.error("kind", "kind.required", "kind (目录类型) is required: BASE, THEME or DEPARTMENT"));
        }
        if (isBlank(e.classificationCode())) {
            out.add(Violation.error("classificationCode", "classification-code.required",
                    "classificationCode (信息资源分类) is required, e.g. 101001"));
        }
        checkProvider(e, out);
        if (e.format() == null || e.format().type() == null) {
            out.add(Violation.error("format.type", "format.type.required", "format.type (信息资源格式) is required"));
        }
        if (e.share() == null || e.share().type() == null) {
            out.add(Violation.error("share.type", "share.type.required", "share.type (共享类型) is required"));
        }
        // A resource that is never shared has no way of being shared.
        boolean neverShared = e.share() != null && e.share().type() == ShareType.NONE;
        if (!neverShared && (e.share() == null || e.share().method() == null)) {
            out.add(Violation.error("share.method", "share.method.required",
                    "share.method (共享方式) is required unless share.type is NONE: TABLE, INTERFACE or FILE"));
        }
        if (e.open() == null || e.open().type() == null) {
            out.add(Violation.error("open.type", "open.type.required", "open.type (开放类型) is required"));
        }
        if (e.updateCycle() == null) {
            out.add(Violation.error("updateCycle", "update-cycle.required", "updateCycle (更新周期) is required"));
        }
    }

    private static void checkName(String name, List<Violation> out) {
        if (isBlank(name)) {
            out.add(Violation.error("name", "name.required", "name (信息资源名称) is required"));
            return;
        }
        int length = name.strip().codePointCount(0, name.strip().length());
        if (length < NAME_MIN || length > NAME_MAX) {
            out.add(Violation.error("name", "name.length",
                    "name must have " + NAME_MIN + " to " + NAME_MAX + " characters, has " + length));
        }
    }

    private static void checkSummary(String summary, List<Violation> out) {
        if (isBlank(summary)) {
            out.add(Violation.error("summary", "summary.required", "summary (信息资源摘要) is required"));
            return;
        }
        int length = summary.strip().codePointCount(0, summary.strip().length());
        if (length < SUMMARY_MIN) {
            out.add(Violation.warning("summary", "summary.too-short", "summary has only " + length
                    + " characters; describe the content, scope and use of the resource in at least "
                    + SUMMARY_MIN));
        }
    }

    private static void checkProvider(CatalogEntry e, List<Violation> out) {
        String code = e.provider() == null ? null : e.provider().code();
        String name = e.provider() == null ? null : e.provider().name();
        if (isBlank(code)) {
            out.add(Violation.error("provider.code", "provider.code.required",
                    "provider.code (提供方代码, the 18-character 统一社会信用代码) is required"));
        } else {
            checkProviderCode(code, out);
        }
        if (isBlank(name)) {
            out.add(Violation.error("provider.name", "provider.name.required",
                    "provider.name (信息资源提供方) is required"));
        }
    }

    private static void checkProviderCode(String text, List<Violation> out) {
        DepartmentCode code;
        try {
            code = DepartmentCode.of(text);
        } catch (IllegalArgumentException e) {
            out.add(Violation.error("provider.code", "provider.code.format", e.getMessage()));
            return;
        }
        if (!code.hasValidCheckCharacter()) {
            char expected = DepartmentCode.checkCharacterFor(code.value().substring(0, 17));
            out.add(Violation.warning("provider.code", "provider.code.check-character", "统一社会信用代码 "
                    + code + " fails the GB 32100 check: the last character should be '" + expected
                    + "'; some registered codes do, so check it against the registration certificate"));
        }
    }
}
