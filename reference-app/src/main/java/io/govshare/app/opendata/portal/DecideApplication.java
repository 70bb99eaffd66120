package io.govshare.app.opendata.portal;

/** The providing department's decision on an application: approve, or refuse with a reason the applicant reads. */
record DecideApplication(long applicationId, boolean approve, String reason) {
}
