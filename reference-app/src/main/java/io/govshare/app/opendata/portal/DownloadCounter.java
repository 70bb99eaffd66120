package io.govshare.app.opendata.portal;

import io.govshare.app.opendata.ReleaseFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Counts downloads per resource, day and format, in its own transaction so a count never fails a download. */
@ApplicationScoped
public class DownloadCounter {

    private static final Logger LOG = Logger.getLogger(DownloadCounter.class.getName());

    @Inject
    PortalRepository repository;
    @Inject
    DownloadCounter self;

    public void count(String resourceCode, LocalDate day, ReleaseFormat format) {
        try {
            self.countOnce(resourceCode, day, format);
        } catch (PersistenceException | jakarta.transaction.TransactionalException e) {
            // two first downloads of the day raced to insert the row: the other one exists now
            try {
                self.countOnce(resourceCode, day, format);
            } catch (RuntimeException again) {
                LOG.log(Level.WARNING, "Download of " + resourceCode + " not counted", again);
            }
        }
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void countOnce(String resourceCode, LocalDate day, ReleaseFormat format) {
        repository.countDownload(resourceCode, day, format);
    }
}
