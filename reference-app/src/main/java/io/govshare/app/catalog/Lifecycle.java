package io.govshare.app.catalog;

import io.govshare.catalog.CatalogStatus;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.govshare.catalog.CatalogStatus.DRAFT;
import static io.govshare.catalog.CatalogStatus.PUBLISHED;
import static io.govshare.catalog.CatalogStatus.REGISTERED;
import static io.govshare.catalog.CatalogStatus.REJECTED;
import static io.govshare.catalog.CatalogStatus.RETIRED;
import static io.govshare.catalog.CatalogStatus.SUBMITTED;

/**
 * The catalog lifecycle observed in deployed catalogs: 草稿 → 待注册审核 → 已注册 → 已发布 → 下线, with 退回 from
 * either review step. Which user may make a move is {@link CatalogPermissions}' business, not this table's.
 */
public final class Lifecycle {

    private static final Map<LifecycleAction, Set<CatalogStatus>> ALLOWED_FROM = Map.of(
            LifecycleAction.SUBMIT, Set.of(DRAFT, REJECTED),
            LifecycleAction.APPROVE, Set.of(SUBMITTED),
            LifecycleAction.REJECT, Set.of(SUBMITTED, REGISTERED),
            LifecycleAction.PUBLISH, Set.of(REGISTERED),
            LifecycleAction.RETIRE, Set.of(PUBLISHED, REGISTERED));

    private static final Map<LifecycleAction, CatalogStatus> TARGET = Map.of(
            LifecycleAction.SUBMIT, SUBMITTED,
            LifecycleAction.APPROVE, REGISTERED,
            LifecycleAction.REJECT, REJECTED,
            LifecycleAction.PUBLISH, PUBLISHED,
            LifecycleAction.RETIRE, RETIRED);

    /** Statuses in which the content of an entry may be edited; SUBMITTED is under review and RETIRED is final. */
    private static final Set<CatalogStatus> EDITABLE = Set.of(DRAFT, REJECTED, REGISTERED, PUBLISHED);

    private Lifecycle() {
    }

    /** The status after the action, or empty when the action is not allowed from {@code current}. */
    public static Optional<CatalogStatus> next(CatalogStatus current, LifecycleAction action) {
        return ALLOWED_FROM.get(action).contains(current) ? Optional.of(TARGET.get(action)) : Optional.empty();
    }

    public static Set<CatalogStatus> allowedFrom(LifecycleAction action) {
        return ALLOWED_FROM.get(action);
    }

    public static boolean isEditable(CatalogStatus status) {
        return EDITABLE.contains(status);
    }

    /**
     * An edit of a registered or published entry sends it back to DRAFT: changed content is reviewed again before
     * other departments rely on it. Drafts and returned entries stay what they are.
     */
    public static CatalogStatus statusAfterEdit(CatalogStatus current) {
        return current == REJECTED ? REJECTED : DRAFT;
    }
}
