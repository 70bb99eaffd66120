package io.govshare.app.catalog;

import java.time.LocalDateTime;

/** One line of an entry's history as the API shows it. */
public record VersionView(int version, String status, String action, String reason, String changedBy,
                          LocalDateTime changedAt, String document) {
}
