package io.govshare.catalog;

/**
 * Lifecycle of a catalog entry: 草稿 → 待注册审核 → 已注册 → 已发布 → 下线, with 退回 (REJECTED) from review.
 * The allowed moves between them are the platform's business; the SDK only names the states.
 */
public enum CatalogStatus {
    DRAFT,
    SUBMITTED,
    REGISTERED,
    PUBLISHED,
    REJECTED,
    RETIRED
}
