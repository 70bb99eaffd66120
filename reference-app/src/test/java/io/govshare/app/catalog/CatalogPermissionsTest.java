package io.govshare.app.catalog;

import io.govshare.app.platform.security.Role;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static io.govshare.catalog.CatalogStatus.DRAFT;
import static io.govshare.catalog.CatalogStatus.PUBLISHED;
import static io.govshare.catalog.CatalogStatus.REGISTERED;
import static io.govshare.catalog.CatalogStatus.SUBMITTED;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogPermissionsTest {

    private static final String POLICE = "11330100MB0000001X";
    private static final String HEALTH = "11330100MB0000002X";

    private static CatalogActor actor(Role role, String department) {
        return new CatalogActor("someone", Set.of(role), Optional.ofNullable(department));
    }

    @Test
    void cataloguerEditsOnlyOwnDepartment() {
        CatalogActor cataloguer = actor(Role.DEPT_CATALOGUER, POLICE);
        assertTrue(CatalogPermissions.canEdit(cataloguer, POLICE));
        assertFalse(CatalogPermissions.canEdit(cataloguer, HEALTH));
    }

    @Test
    void auditorAndConsumerNeverEdit() {
        assertFalse(CatalogPermissions.canEdit(actor(Role.AUDITOR, null), POLICE));
        assertFalse(CatalogPermissions.canEdit(actor(Role.CONSUMER, POLICE), POLICE));
        assertFalse(CatalogPermissions.canEdit(actor(Role.DEPT_REVIEWER, POLICE), POLICE));
    }

    @Test
    void administratorEditsEveryDepartment() {
        assertTrue(CatalogPermissions.canEdit(actor(Role.PLATFORM_ADMIN, null), HEALTH));
    }

    @Test
    void draftsAreHiddenFromOtherDepartmentsAndConsumers() {
        assertTrue(CatalogPermissions.canSee(actor(Role.DEPT_CATALOGUER, POLICE), DRAFT, POLICE));
        assertFalse(CatalogPermissions.canSee(actor(Role.DEPT_CATALOGUER, HEALTH), DRAFT, POLICE));
        assertFalse(CatalogPermissions.canSee(actor(Role.CONSUMER, POLICE), DRAFT, POLICE));
        assertTrue(CatalogPermissions.canSee(actor(Role.AUDITOR, null), DRAFT, POLICE));
        assertTrue(CatalogPermissions.canSee(actor(Role.CONSUMER, HEALTH), PUBLISHED, POLICE));
    }

    @Test
    void departmentReviewerApprovesOwnDepartmentOnly() {
        CatalogActor reviewer = actor(Role.DEPT_REVIEWER, POLICE);
        assertTrue(CatalogPermissions.canMove(reviewer, LifecycleAction.APPROVE, SUBMITTED, POLICE));
        assertFalse(CatalogPermissions.canMove(reviewer, LifecycleAction.APPROVE, SUBMITTED, HEALTH));
        assertFalse(CatalogPermissions.canMove(reviewer, LifecycleAction.PUBLISH, REGISTERED, POLICE),
                "publication is the platform's decision");
        assertFalse(CatalogPermissions.canMove(reviewer, LifecycleAction.REJECT, REGISTERED, POLICE));
        assertTrue(CatalogPermissions.canMove(reviewer, LifecycleAction.REJECT, SUBMITTED, POLICE));
    }

    @Test
    void platformReviewerPublishesAnyDepartment() {
        CatalogActor reviewer = actor(Role.PLATFORM_REVIEWER, null);
        assertTrue(CatalogPermissions.canMove(reviewer, LifecycleAction.PUBLISH, REGISTERED, HEALTH));
        assertTrue(CatalogPermissions.canMove(reviewer, LifecycleAction.REJECT, REGISTERED, HEALTH));
        assertFalse(CatalogPermissions.canMove(reviewer, LifecycleAction.SUBMIT, DRAFT, HEALTH),
                "submitting is the provider's act");
    }

    @Test
    void cataloguerSubmitsButNeverApproves() {
        CatalogActor cataloguer = actor(Role.DEPT_CATALOGUER, POLICE);
        assertTrue(CatalogPermissions.canMove(cataloguer, LifecycleAction.SUBMIT, DRAFT, POLICE));
        assertFalse(CatalogPermissions.canMove(cataloguer, LifecycleAction.APPROVE, SUBMITTED, POLICE));
        assertFalse(CatalogPermissions.canMove(actor(Role.AUDITOR, null), LifecycleAction.RETIRE, PUBLISHED, POLICE));
    }
}
