package io.govshare.app.sharing;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.govshare.app.catalog.CatalogEvents;
import io.govshare.app.platform.outbox.EventObserver;
import io.govshare.app.platform.outbox.OutboxEvent;

/**
 * When a catalog entry is retired (资源下线), everyone subscribed to it is told: the data stops flowing, and the
 * consumer has to find the successor resource. Sharing learns of the retirement from the catalog's outbox event
 * rather than asking the catalog, so the catalog knows nothing of subscriptions.
 * <p>
 * Cluster-wide: one notice per subscriber, whichever instance handles the event. The notices are written in the
 * transaction that marks the event handled, so a crash never loses them or sends them twice.
 */
@ApplicationScoped
public class RetiredResourceNotices implements EventObserver {

    static final String KIND = "resource.retired";

    @Inject
    SharingRepository repository;

    @Inject
    Notifications notifications;

    @Override
    public String name() {
        return "sharing.retired-resource-notices";
    }

    @Override
    public Scope scope() {
        return Scope.CLUSTER;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(CatalogEvents.RETIRED);
    }

    @Override
    public void on(OutboxEvent event) {
        String code = event.payload().getString("code");
        String name = event.payload().getJsonObject("entry").getString("name", code);
        for (ShareSubscriptionRow subscription : repository.liveSubscriptionsOf(code)) {
            notifications.send(List.of(subscription.createdBy()), KIND, "share-subscription", subscription.id(),
                    "您订阅的资源「" + name + "」（" + code + "）已下线，数据将不再更新。请联系提供部门或检索替代资源。");
        }
    }
}
