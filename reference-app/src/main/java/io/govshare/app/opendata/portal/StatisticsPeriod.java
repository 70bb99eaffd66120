package io.govshare.app.opendata.portal;

import java.time.LocalDate;

/** The days (inclusive) to count downloads over. */
record StatisticsPeriod(LocalDate from, LocalDate to) {
}
