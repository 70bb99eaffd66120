package io.govshare.app.catalog;

import io.govshare.catalog.CatalogStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Optional;

import static io.govshare.catalog.CatalogStatus.DRAFT;
import static io.govshare.catalog.CatalogStatus.PUBLISHED;
import static io.govshare.catalog.CatalogStatus.REGISTERED;
import static io.govshare.catalog.CatalogStatus.REJECTED;
import static io.govshare.catalog.CatalogStatus.RETIRED;
import static io.govshare.catalog.CatalogStatus.SUBMITTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LifecycleTest {

    @Test
    void followsTheRegistrationAndPublicationPath() {
        assertEquals(Optional.of(SUBMITTED), Lifecycle.next(DRAFT, LifecycleAction.SUBMIT));
        assertEquals(Optional.of(REGISTERED), Lifecycle.next(SUBMITTED, LifecycleAction.APPROVE));
        assertEquals(Optional.of(PUBLISHED), Lifecycle.next(REGISTERED, LifecycleAction.PUBLISH));
        assertEquals(Optional.of(RETIRED), Lifecycle.next(PUBLISHED, LifecycleAction.RETIRE));
    }

    @Test
    void returnsSubmissionsAndRefusedPublicationsToTheCataloguer() {
        assertEquals(Optional.of(REJECTED), Lifecycle.next(SUBMITTED, LifecycleAction.REJECT));
        assertEquals(Optional.of(REJECTED), Lifecycle.next(REGISTERED, LifecycleAction.REJECT));
        assertEquals(Optional.of(SUBMITTED), Lifecycle.next(REJECTED, LifecycleAction.SUBMIT));
    }

    @Test
    void refusesShortcuts() {
        assertTrue(Lifecycle.next(DRAFT, LifecycleAction.PUBLISH).isEmpty(), "a draft cannot skip review");
        assertTrue(Lifecycle.next(DRAFT, LifecycleAction.APPROVE).isEmpty());
        assertTrue(Lifecycle.next(SUBMITTED, LifecycleAction.PUBLISH).isEmpty(), "registration comes first");
        assertTrue(Lifecycle.next(PUBLISHED, LifecycleAction.SUBMIT).isEmpty());
        assertTrue(Lifecycle.next(DRAFT, LifecycleAction.RETIRE).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(LifecycleAction.class)
    void retiredIsFinal(LifecycleAction action) {
        assertTrue(Lifecycle.next(RETIRED, action).isEmpty());
    }

    @Test
    void entriesUnderReviewOrRetiredCannotBeEdited() {
        assertFalse(Lifecycle.isEditable(SUBMITTED));
        assertFalse(Lifecycle.isEditable(RETIRED));
        assertTrue(Lifecycle.isEditable(DRAFT));
        assertTrue(Lifecycle.isEditable(PUBLISHED));
    }

    @ParameterizedTest
    @EnumSource(value = CatalogStatus.class, names = {"DRAFT", "REGISTERED", "PUBLISHED"})
    void editedEntriesGoBackToDraftForReview(CatalogStatus status) {
        assertEquals(DRAFT, Lifecycle.statusAfterEdit(status));
    }

    @Test
    void onlyRejectAndRetireNeedAReason() {
        assertTrue(LifecycleAction.REJECT.needsReason());
        assertTrue(LifecycleAction.RETIRE.needsReason());
        assertFalse(LifecycleAction.SUBMIT.needsReason());
        assertFalse(LifecycleAction.APPROVE.needsReason());
        assertFalse(LifecycleAction.PUBLISH.needsReason());
    }
}
