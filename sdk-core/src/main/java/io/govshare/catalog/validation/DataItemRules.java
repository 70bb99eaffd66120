package io.govshare.catalog.validation;

import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.DataItem;
import io.govshare.catalog.DataItemType;
import io.govshare.catalog.FormatType;
import io.govshare.catalog.Violation;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.govshare.catalog.validation.CatalogValidator.isBlank;

/** 信息项: presence, name, type, length and unique names. */
final class DataItemRules {

    /** Formats whose content has no fields to describe. */
    private static final Set<FormatType> WITHOUT_ITEMS = EnumSet.of(FormatType.IMAGE, FormatType.STREAMING_MEDIA);
    private static final Set<DataItemType> NEED_LENGTH = EnumSet.of(DataItemType.STRING, DataItemType.DECIMAL);

    private DataItemRules() {
    }

    static void check(CatalogEntry e, List<Violation> out) {
        FormatType format = e.format() == null ? null : e.format().type();
        if (e.dataItems().isEmpty() && !WITHOUT_ITEMS.contains(format)) {
            out.add(Violation.error("dataItems", "data-items.required",
                    "at least one data item (信息项) is required unless the format is IMAGE or STREAMING_MEDIA"));
        }
        Map<String, Integer> firstIndexByName = new HashMap<>();
        for (int i = 0; i < e.dataItems().size(); i++) {
            DataItem item = e.dataItems().get(i);
            String path = "dataItems[" + i + "]";
            if (isBlank(item.name())) {
                out.add(Violation.error(path + ".name", "data-item.name.required", "every data item needs a name"));
            } else {
                Integer first = firstIndexByName.putIfAbsent(CatalogValidator.normalizedName(item.name()), i);
                if (first != null) {
                    out.add(Violation.error(path + ".name", "data-item.name.duplicate", "data item '" + item.name()
                            + "' has the same name as dataItems[" + first + "] ('"
                            + e.dataItems().get(first).name() + "'); names must differ by more than spaces,"
                            + " punctuation or case"));
                }
            }
            if (item.type() == null) {
                out.add(Violation.error(path + ".type", "data-item.type.required",
                        "every data item needs a type (数据类型)"));
            }
            if (item.length() == null && NEED_LENGTH.contains(item.type())) {
                out.add(Violation.error(path + ".length", "data-item.length.required",
                        "a " + item.type() + " data item needs a length (长度)"));
            }
            if (item.length() != null && item.length() <= 0) {
                out.add(Violation.error(path + ".length", "data-item.length.positive",
                        "length must be greater than 0, got " + item.length()));
            }
        }
    }
}
