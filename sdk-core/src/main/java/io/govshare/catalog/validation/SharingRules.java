package io.govshare.catalog.validation;

import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.DataItem;
import io.govshare.catalog.FormatType;
import io.govshare.catalog.OpenType;
import io.govshare.catalog.ShareMethod;
import io.govshare.catalog.ShareType;
import io.govshare.catalog.Violation;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.govshare.catalog.validation.CatalogValidator.isBlank;

/** 共享属性 and 开放属性, and whether the share method can deliver the format. */
final class SharingRules {

    private static final Map<FormatType, Set<ShareMethod>> METHODS_BY_FORMAT = new EnumMap<>(Map.of(
            FormatType.ELECTRONIC_FILE, EnumSet.of(ShareMethod.FILE),
            FormatType.SPREADSHEET, EnumSet.of(ShareMethod.FILE),
            FormatType.IMAGE, EnumSet.of(ShareMethod.FILE),
            FormatType.STREAMING_MEDIA, EnumSet.of(ShareMethod.FILE),
            FormatType.DATABASE, EnumSet.of(ShareMethod.TABLE, ShareMethod.INTERFACE),
            FormatType.SERVICE_INTERFACE, EnumSet.of(ShareMethod.INTERFACE),
            FormatType.SELF_DESCRIBING, EnumSet.of(ShareMethod.FILE, ShareMethod.INTERFACE)));

    private SharingRules() {
    }

    static void check(CatalogEntry e, List<Violation> out) {
        ShareType share = e.share() == null ? null : e.share().type();
        OpenType open = e.open() == null ? null : e.open().type();
        if (share == ShareType.CONDITIONAL && isBlank(e.share().condition())) {
            out.add(Violation.error("share.condition", "share.condition.required",
                    "有条件共享 needs a condition (共享条件): who may receive the data, or which part"));
        }
        if ((share == ShareType.CONDITIONAL || share == ShareType.NONE) && isBlank(e.share().basis())) {
            out.add(Violation.error("share.basis", "share.basis.required", (share == ShareType.NONE ? "不予共享"
                    : "有条件共享") + " needs a basis: the law, regulation or policy that restricts sharing"));
        }
        checkItems(e, share, open, out);
        if (open == OpenType.CONDITIONAL && isBlank(e.open().condition())) {
            out.add(Violation.error("open.condition", "open.condition.required",
                    "有条件开放 needs a condition (开放条件)"));
        }
        if (share == ShareType.NONE && open != null && open != OpenType.NONE) {
            out.add(Violation.error("open.type", "open.type.not-shared",
                    "a resource that is not shared between departments (share.type NONE) cannot be opened to the"
                            + " public; set open.type to NONE"));
        }
        checkMethod(e, out);
    }

    private static void checkItems(CatalogEntry e, ShareType share, OpenType open, List<Violation> out) {
        for (int i = 0; i < e.dataItems().size(); i++) {
            DataItem item = e.dataItems().get(i);
            String path = "dataItems[" + i + "]";
            if (share != null && item.shareType() != null && item.shareType().isMoreOpenThan(share)) {
                out.add(Violation.error(path + ".shareType", "data-item.share-type.more-open", "data item '"
                        + item.name() + "' is " + item.shareType() + " but the resource is only " + share
                        + "; an item cannot be shared more openly than its resource"));
            }
            if (open == OpenType.UNCONDITIONAL && item.sensitive()) {
                out.add(Violation.warning(path + ".sensitive", "open.sensitive-item", "data item '" + item.name()
                        + "' is sensitive and the resource is opened unconditionally: mask it before release"));
            }
        }
    }

    private static void checkMethod(CatalogEntry e, List<Violation> out) {
        if (e.format() == null || e.format().type() == null || e.share() == null || e.share().method() == null) {
            return;
        }
        Set<ShareMethod> allowed = METHODS_BY_FORMAT.get(e.format().type());
        if (!allowed.contains(e.share().method())) {
            out.add(Violation.error("share.method", "share.method.format-mismatch", "a " + e.format().type()
                    + " resource cannot be shared by " + e.share().method() + "; use " + names(allowed)));
        }
    }

    private static String names(Set<ShareMethod> methods) {
        return String.join(" or ", methods.stream().map(Enum::name).toList());
    }
}
