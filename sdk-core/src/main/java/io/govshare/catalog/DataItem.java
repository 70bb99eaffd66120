package io.govshare.catalog;

/**
 * 信息项: one field of a resource.
 *
 * @param length     maximum length for text, total digits for numbers; may be null where the type has none
 * @param shareType  the item's own share type; null means "as the resource"
 * @param sensitive  whether the item holds personal or enterprise data that must be masked before release
 */
public record DataItem(String name, DataItemType type, Integer length, ShareType shareType, boolean sensitive,
                       String description) {

    /** The share type that applies to this item: its own, or else the resource's. */
    public ShareType effectiveShareType(ShareType resourceShareType) {
        return shareType != null ? shareType : resourceShareType;
    }
}
