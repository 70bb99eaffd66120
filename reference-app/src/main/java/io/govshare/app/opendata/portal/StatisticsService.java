package io.govshare.app.opendata.portal;

import io.govshare.app.opendata.OpenCatalog;
import io.govshare.app.opendata.OpenDataRepository;
import io.govshare.app.platform.domain.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Download counts per dataset, day and format, and how many datasets are open and published. */
@ApplicationScoped
class StatisticsService {

    @Inject
    OpenCatalog catalog;
    @Inject
    OpenDataRepository releases;
    @Inject
    PortalRepository repository;

    /** Downloads of one dataset in one format on one day. */
    record DayCount(String resourceCode, LocalDate day, String format, long downloads) {
    }

    /** The counts of a period, oldest first, with the catalog's size. */
    record Statistics(StatisticsPeriod period, List<DayCount> days, int openDatasets, int publishedDatasets) {
    }

    @Transactional
    public Statistics downloads(StatisticsPeriod period) {
        if (period.from().isAfter(period.to())) {
            throw new InvalidInput("from", "order", "from must not be after to");
        }
        List<DayCount> days = new ArrayList<>();
        for (Object[] row : repository.downloads(period.from(), period.to())) {
            LocalDate day = row[1] instanceof Date sql ? sql.toLocalDate() : LocalDate.parse(row[1].toString());
            days.add(new DayCount((String) row[0], day, (String) row[2], ((Number) row[3]).longValue()));
        }
        return new Statistics(period, days, catalog.all().size(), releases.latestPublished().size());
    }
}
