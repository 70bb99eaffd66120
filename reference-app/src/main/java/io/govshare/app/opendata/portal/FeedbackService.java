package io.govshare.app.opendata.portal;

import io.govshare.app.opendata.OpenCatalog;
import io.govshare.app.platform.domain.InvalidInput;
import io.govshare.app.platform.security.CurrentActor;
import io.govshare.catalog.CatalogEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** Ratings (1–5) and comments on open datasets. */
@ApplicationScoped
class FeedbackService {

    static final int MAX_COMMENT = 2000;

    @Inject
    OpenCatalog catalog;
    @Inject
    PortalRepository repository;
    @Inject
    CurrentActor user;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public OpenFeedbackRow give(GiveFeedback command) {
        CatalogEntry entry = catalog.require(command.datasetId());
        Integer rating = command.rating();
        if (rating == null || rating < 1 || rating > 5) {
            throw new InvalidInput("rating", "range", "rating must be a whole number from 1 to 5");
        }
        String comment = command.comment();
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new InvalidInput("comment", "length", "comment must be at most " + MAX_COMMENT + " characters");
        }
        OpenFeedbackRow row = new OpenFeedbackRow(entry.code().value(), user.username(), rating,
                comment == null || comment.isBlank() ? null : comment.strip(), clock.instant());
        repository.insert(row);
        return row;
    }

    /** A dataset's ratings and comments, newest first. */
    @Transactional
    public List<OpenFeedbackRow> of(String datasetId) {
        return repository.feedback(catalog.require(datasetId).code().value());
    }
}
