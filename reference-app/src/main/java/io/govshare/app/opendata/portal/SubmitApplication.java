package io.govshare.app.opendata.portal;

/** Apply to use a 有条件开放 dataset, saying why and how the data will be used. */
record SubmitApplication(String datasetId, String purpose) {
}
