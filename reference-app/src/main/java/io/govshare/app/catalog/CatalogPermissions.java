package io.govshare.app.catalog;

import io.govshare.app.platform.security.Role;
import io.govshare.catalog.CatalogStatus;

/**
 * Who may see, edit and move catalog entries. Department staff act only on their own department's entries
 * (the entry's provider); platform reviewers and administrators act on every department's; an auditor reads
 * everything and changes nothing.
 */
public final class CatalogPermissions {

    private CatalogPermissions() {
    }

    /** Published entries are visible to every signed-in user; the rest to their department's staff and the platform. */
    public static boolean canSee(CatalogActor actor, CatalogStatus status, String providerCode) {
        if (status == CatalogStatus.PUBLISHED || actor.seesEverything()) {
            return true;
        }
        return isDepartmentStaff(actor) && actor.belongsTo(providerCode);
    }

    /** Creating, editing and importing entries. */
    public static boolean canEdit(CatalogActor actor, String providerCode) {
        return actor.has(Role.PLATFORM_ADMIN) || (actor.has(Role.DEPT_CATALOGUER) && actor.belongsTo(providerCode));
    }

    public static boolean canMove(CatalogActor actor, LifecycleAction action, CatalogStatus from, String providerCode) {
        if (actor.has(Role.PLATFORM_ADMIN)) {
            return true;
        }
        boolean ownDepartmentReviewer = actor.has(Role.DEPT_REVIEWER) && actor.belongsTo(providerCode);
        boolean platformReviewer = actor.has(Role.PLATFORM_REVIEWER);
        return switch (action) {
            case SUBMIT -> actor.has(Role.DEPT_CATALOGUER) && actor.belongsTo(providerCode);
            case APPROVE -> platformReviewer || ownDepartmentReviewer;
            // refusing publication of a registered entry is the platform's decision, returning a submission is both
            case REJECT -> platformReviewer || (ownDepartmentReviewer && from == CatalogStatus.SUBMITTED);
            case PUBLISH -> platformReviewer;
            case RETIRE -> platformReviewer || ownDepartmentReviewer;
        };
    }

    private static boolean isDepartmentStaff(CatalogActor actor) {
        return actor.has(Role.DEPT_CATALOGUER) || actor.has(Role.DEPT_REVIEWER);
    }
}
