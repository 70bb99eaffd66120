package io.govshare.app.opendata.release;

/** Save a dataset's release policy, as its provider wrote it. */
record SavePolicy(String datasetId, ReleasePolicy policy) {
}
