package io.govshare.app.exchange;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The {@link Grants} port: {@link GrantService}'s rules and audit, answered as values. */
@ApplicationScoped
class GrantDirectory implements Grants {

    @Inject
    GrantService service;

    @Inject
    ExchangeRepository repository;

    @Override
    @Transactional
    public GrantInfo grant(String consumerDepartment, String resourceCode, List<String> items, boolean startPaused) {
        return info(service.grant(consumerDepartment, resourceCode, items, startPaused));
    }

    @Override
    @Transactional
    public void pause(long grantId, boolean paused) {
        service.pause(grantId, paused);
    }

    @Override
    @Transactional
    public boolean revokeIfPresent(long grantId) {
        if (repository.grant(grantId).isEmpty()) {
            return false;
        }
        service.revoke(grantId);
        return true;
    }

    @Override
    @Transactional
    public List<GrantInfo> list(String resourceCodeOrNull) {
        return service.list(resourceCodeOrNull).stream().map(GrantDirectory::info).toList();
    }

    @Override
    @Transactional
    public DeliveryStatus deliveryStatus(String consumerDepartment, String resourceCode) {
        Object[] totals = repository.deliveryStatus(consumerDepartment, resourceCode);
        return new DeliveryStatus(number(totals[0]), number(totals[1]), number(totals[2]), number(totals[3]),
                (Instant) totals[4], (Instant) totals[5], repository.activeNodes(consumerDepartment).size());
    }

    private static GrantInfo info(ExchangeGrantRow row) {
        return new GrantInfo(row.id(), row.consumerDepartment(), row.resourceCode(), row.paused());
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
