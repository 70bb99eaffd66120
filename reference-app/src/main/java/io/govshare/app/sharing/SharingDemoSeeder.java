package io.govshare.app.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import io.govshare.app.catalog.CatalogLookup;
import io.govshare.app.department.Departments;
import io.govshare.app.platform.DatabaseReady;
import io.govshare.app.platform.security.Role;
import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.CatalogStatus;
import io.govshare.catalog.DataItem;
import io.govshare.catalog.ShareType;

/**
 * Demo mode, empty workflow only: something for each demo role to find in its to-dos — an application of 市民政局
 * (the demo consumer) waiting for the platform's conformity review, one waiting for 市公安局's reviewer, and a
 * missing-resource request waiting for 市卫健委's cataloguer. Written as the workflow would have left them, with
 * their notifications; deadlines counted from the start-up.
 */
@ApplicationScoped
public class SharingDemoSeeder {

    private static final Logger LOG = Logger.getLogger(SharingDemoSeeder.class.getName());

    @PersistenceContext(unitName = "govshare")
    EntityManager em;
    @Inject
    SharingRepository repository;
    @Inject
    CatalogLookup catalog;
    @Inject
    Departments departments;
    @Inject
    Notifications notifications;
    @Inject
    SharingConfig config;

    @Transactional
    void seed(@Observes @Priority(DatabaseReady.SEED_SHARING) DatabaseReady ready) {
        if (!ready.demoMode() || em.createQuery("SELECT COUNT(a) FROM ShareApplicationRow a", Long.class)
                .getSingleResult() > 0) {
            return;
        }
        String police = departments.findByNumber("01").map(Departments.DepartmentInfo::code).orElse(null);
        String civilAffairs = departments.findByNumber("02").map(Departments.DepartmentInfo::code).orElse(null);
        String health = departments.findByNumber("04").map(Departments.DepartmentInfo::code).orElse(null);
        if (police == null || civilAffairs == null || health == null) {
            return;
        }
        List<CatalogEntry> shared = sharedEntriesOf(police, 2);
        if (shared.size() < 2) {
            return;
        }
        Instant now = ApplicationService.now();
        WorkingCalendar calendar = config.calendar();
        LocalDate today = LocalDate.now(WorkingCalendar.ZONE);

        ShareApplicationRow waitingForPlatform = application(shared.get(0), civilAffairs, now, today,
                calendar.deadline(now, config.conformityDays()));
        notifications.send(notifications.holders(Role.PLATFORM_REVIEWER, null), "application.conformity-review",
                "share-application", waitingForPlatform.id(), "资源申请待合规性审核：" + shared.get(0).name() + "（申请部门 市民政局）");

        ShareApplicationRow waitingForProvider = application(shared.get(1), civilAffairs, now, today, null);
        waitingForProvider.conformity(ShareApplicationRow.Status.PROVIDER_REVIEW, "platform-reviewer", now,
                "用途与法定职责相符", calendar.deadline(now, config.providerDays()));
        notifications.send(notifications.holders(Role.DEPT_REVIEWER, police), "application.provider-review",
                "share-application", waitingForProvider.id(), "资源申请待审批：" + shared.get(1).name() + "（申请部门 市民政局）");

        ShareDemandRow demand = new ShareDemandRow("consumer", civilAffairs, health, "困难家庭成员慢性病诊疗信息",
                "社会救助对象认定需要核实家庭成员的慢性病诊疗情况（病种、确诊时间），目录中未找到对应资源。", now,
                calendar.deadline(now, config.demandDays()));
        repository.insert(demand);
        notifications.send(notifications.holders(Role.DEPT_CATALOGUER, health), "demand.open", "share-demand", demand.id(),
                "新的资源需求：" + demand.title() + "，" + config.demandDays() + " 个工作日内答复");
        LOG.info(() -> "Demo sharing workflow: 2 applications of 市民政局 under review, 1 open request to 市卫健委");
    }

    private ShareApplicationRow application(CatalogEntry entry, String consumer, Instant now, LocalDate today,
                                            Instant dueAt) {
        ShareType resourceShare = entry.share().type();
        List<String> items = entry.dataItems().stream()
                .filter(item -> item.effectiveShareType(resourceShare) != ShareType.NONE)
                .map(DataItem::name).limit(3).toList();
        ShareApplicationRow row = new ShareApplicationRow(entry.code().value(), entry.name(), entry.provider().code(),
                consumer, "consumer", ApplicationService.itemsJson(items), "社会救助对象资格认定时核验申请人及家庭成员信息",
                "《社会救助暂行办法》第十一条", today, today.plusYears(1), now, dueAt);
        repository.insert(row);
        return row;
    }

    /** The first published entries of {@code provider} with at least two shareable items, in code order. */
    private List<CatalogEntry> sharedEntriesOf(String provider, int wanted) {
        List<CatalogEntry> found = new ArrayList<>();
        String after = null;
        List<CatalogLookup.CatalogRecord> page;
        do {
            page = catalog.page(after, 200);
            for (CatalogLookup.CatalogRecord row : page) {
                after = row.code();
                if (row.status() != CatalogStatus.PUBLISHED || !provider.equals(row.providerCode())) {
                    continue;
                }
                CatalogEntry entry = row.entry();
                ShareType share = entry.share() == null ? null : entry.share().type();
                if (share != null && share != ShareType.NONE && entry.dataItems().stream()
                        .filter(item -> item.effectiveShareType(share) != ShareType.NONE).count() >= 2) {
                    found.add(entry);
                    if (found.size() == wanted) {
                        return found;
                    }
                }
            }
        } while (page.size() == 200);
        return found;
    }
}
