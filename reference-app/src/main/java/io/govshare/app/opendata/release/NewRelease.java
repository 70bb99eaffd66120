package io.govshare.app.opendata.release;

import java.io.InputStream;

/**
 * Release a new version of a dataset: from an upload (the body, of the given kind) or from the records the exchange
 * hub holds ({@code fromExchange}; no body then).
 */
record NewRelease(String datasetId, boolean fromExchange, UploadedRecords.Kind kind, InputStream body) {

    static NewRelease fromExchange(String datasetId) {
        return new NewRelease(datasetId, true, null, null);
    }

    static NewRelease upload(String datasetId, UploadedRecords.Kind kind, InputStream body) {
        return new NewRelease(datasetId, false, kind, body);
    }
}
