package io.govshare.app.sharing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.govshare.app.identity.Actors;
import io.govshare.app.platform.domain.NotFound;
import io.govshare.app.platform.security.Role;

/**
 * Notifications to the people who must act or who are waiting: written in the same transaction as the change
 * they announce, so a notification exists if and only if its change committed.
 */
@ApplicationScoped
public class Notifications {

    @Inject
    SharingRepository repository;

    @Inject
    Actors actors;

    /** Everyone with {@code role} (in {@code departmentCode} when given). */
    public Set<String> holders(Role role, String departmentCode) {
        return new LinkedHashSet<>(actors.usernamesWith(role, departmentCode));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void send(Collection<String> recipients, String kind, String subjectType, Object subjectId, String message) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        for (String recipient : new LinkedHashSet<>(recipients)) {
            repository.insert(new NotificationRow(recipient, kind, subjectType, String.valueOf(subjectId), message, now));
        }
    }

    /** Marks one of the current user's notifications read; another user's is as unknown as a missing one. */
    @Transactional
    public NotificationRow markRead(long id, String recipient) {
        NotificationRow notification = repository.notification(id)
                .filter(n -> n.recipient().equals(recipient))
                .orElseThrow(() -> new NotFound("No notification " + id));
        notification.read(Instant.now());
        return notification;
    }
}
