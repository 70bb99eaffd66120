package io.govshare.app.opendata.portal;

/** Rate a dataset; {@code rating} is null when the request did not send a whole number. */
record GiveFeedback(String datasetId, Integer rating, String comment) {
}
