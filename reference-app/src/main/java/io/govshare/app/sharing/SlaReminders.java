package io.govshare.app.sharing;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.govshare.app.platform.DatabaseReady;
import io.govshare.app.platform.security.Role;

/**
 * Reminds whoever is late: every {@code govshare.sharing.reminder-interval} the pending applications and open
 * requests past their deadline are looked up, and the people who must act (and the applicant, who is waiting)
 * get one reminder per stage. Overdue marks themselves need no job: every view computes them from the deadline.
 */
@ApplicationScoped
public class SlaReminders {

    private static final Logger LOG = Logger.getLogger(SlaReminders.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;
    @Inject
    SharingRepository repository;
    @Inject
    Notifications notifications;
    @Inject
    DemandService demands;
    @Inject
    SharingConfig config;

    void start(@Observes @Priority(DatabaseReady.START_SHARING_REMINDERS) DatabaseReady ready) {
        long every = config.reminderInterval().toMillis();
        executor.scheduleWithFixedDelay(this::remindSafely, every, every, TimeUnit.MILLISECONDS);
    }

    private void remindSafely() {
        try {
            remind();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "SLA reminders failed; they run again at the next interval", e);
        }
    }

    /** One pass; returns the number of overdue items reminded. */
    @Transactional
    public int remind() {
        Instant now = ApplicationService.now();
        int reminded = 0;
        for (ShareApplicationRow application : repository.overdueApplications(now)) {
            Set<String> people = new LinkedHashSet<>(application.status() == ShareApplicationRow.Status.CONFORMITY_REVIEW
                    ? notifications.holders(Role.PLATFORM_REVIEWER, null)
                    : notifications.holders(Role.DEPT_REVIEWER, application.providerDepartment()));
            people.add(application.applicant());
            String stage = application.status() == ShareApplicationRow.Status.CONFORMITY_REVIEW ? "合规性审核" : "提供部门审批";
            notifications.send(people, "application.overdue", "share-application", application.id(),
                    "资源申请已超期（" + stage + "，期限 " + application.dueAt() + "）：" + application.resourceName());
            application.reminded(now);
            reminded++;
        }
        for (ShareDemandRow demand : repository.overdueDemands(now)) {
            Set<String> people = demands.responsible(demand.targetDepartment());
            people.add(demand.requester());
            notifications.send(people, "demand.overdue", "share-demand", demand.id(),
                    "资源需求已超期未答复（期限 " + demand.dueAt() + "）：" + demand.title());
            demand.reminded(now);
            reminded++;
        }
        return reminded;
    }
}
