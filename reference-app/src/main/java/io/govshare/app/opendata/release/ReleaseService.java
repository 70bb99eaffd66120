package io.govshare.app.opendata.release;

import io.govshare.app.exchange.StoredRecords;
import io.govshare.app.opendata.OpenCatalog;
import io.govshare.app.opendata.OpenDataRepository;
import io.govshare.app.opendata.OpenDatasetId;
import io.govshare.app.opendata.OpenReleaseRow;
import io.govshare.app.platform.FieldError;
import io.govshare.app.platform.Uploads;
import io.govshare.app.platform.domain.InvalidInput;
import io.govshare.app.platform.domain.NotFound;
import io.govshare.app.platform.domain.NotPermitted;
import io.govshare.app.platform.domain.ValidationFailed;
import io.govshare.app.platform.security.CurrentActor;
import io.govshare.app.platform.security.Role;
import io.govshare.catalog.CatalogEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The providing department's side of a release: its policy, the release itself and the reports of past releases.
 * Only staff of the providing department write policies and release; the platform's oversight roles read too.
 */
@ApplicationScoped
public class ReleaseService {

    @Inject
    OpenCatalog catalog;
    @Inject
    PolicyRepository policies;
    @Inject
    OpenDataRepository releases;
    @Inject
    ReleasePipeline pipeline;
    @Inject
    StoredRecords stored;
    @Inject
    ReleaseFiles files;
    @Inject
    CurrentActor user;

    @Inject
    @ConfigProperty(name = "govshare.open.max-upload-bytes", defaultValue = "1073741824")
    long maxUploadBytes;

    /** A dataset's policy: the saved one with who saved it, or the safe default (no row). */
    record StoredPolicy(ReleasePolicy policy, Optional<OpenPolicyRow> row) {
    }

    @Transactional
    public StoredPolicy policy(String datasetId) {
        CatalogEntry entry = catalog.require(datasetId);
        requireReader(entry);
        Optional<OpenPolicyRow> row = policies.policy(entry.code().value());
        return new StoredPolicy(policyOf(entry, row), row);
    }

    @Transactional
    public ReleasePolicy savePolicy(SavePolicy command) {
        CatalogEntry entry = catalog.require(command.datasetId());
        requireProvider(entry);
        ReleasePolicy policy = command.policy();
        policy.checkAgainst(entry);
        var existing = policies.policy(entry.code().value());
        if (existing.isPresent()) {
            existing.get().change(policy.toJson(), user.username(), Instant.now());
        } else {
            policies.savePolicy(new OpenPolicyRow(entry.code().value(), policy.toJson(), user.username(), Instant.now()));
        }
        return policy;
    }

    /**
     * Runs a release. No transaction here: the upload is staged and the records stream through the pipeline first;
     * the pipeline stores the outcome in a transaction of its own.
     */
    public ReleasePipeline.Outcome release(NewRelease command) {
        CatalogEntry entry = catalog.require(command.datasetId());
        requireProvider(entry);
        ReleasePolicy policy = policyOf(entry, policies.policy(entry.code().value()));
        return command.fromExchange() ? fromExchange(entry, policy) : fromUpload(entry, policy, command);
    }

    /** Every release of a dataset, blocked ones included, newest first. */
    @Transactional
    public List<ReleasePipeline.Outcome> releases(String datasetId) {
        CatalogEntry entry = catalog.require(datasetId);
        requireReader(entry);
        List<ReleasePipeline.Outcome> list = new ArrayList<>();
        for (OpenReleaseRow row : releases.releases(entry.code().value(), true)) {
            list.add(new ReleasePipeline.Outcome(row, releases.files(row.id())));
        }
        return list;
    }

    @Transactional
    public ReleasePipeline.Outcome release(long releaseId) {
        OpenReleaseRow row = releases.release(releaseId).orElseThrow(() -> new NotFound("No release " + releaseId));
        requireReader(catalog.require(OpenDatasetId.of(row.resourceCode())));
        return new ReleasePipeline.Outcome(row, releases.files(row.id()));
    }

    private static ReleasePolicy policyOf(CatalogEntry entry, Optional<OpenPolicyRow> row) {
        return row.map(r -> ReleasePolicy.fromStored(r.policyJson())).orElseGet(() -> ReleasePolicy.defaultsFor(entry));
    }

    private ReleasePipeline.Outcome fromExchange(CatalogEntry entry, ReleasePolicy policy) {
        StoredRecords.RecordIterator records;
        try {
            records = stored.currentRecords(entry.code().value());
        } catch (StoredRecords.NotReleasable e) {
            throw new ValidationFailed("The hub's records cannot be released: " + e.getMessage(),
                    List.of(new FieldError("source", "open.source-not-releasable", e.getMessage())));
        }
        try (records) {
            return pipeline.release(entry, policy, records, OpenReleaseRow.Source.EXCHANGE, user.username());
        }
    }

    private ReleasePipeline.Outcome fromUpload(CatalogEntry entry, ReleasePolicy policy, NewRelease command) {
        java.nio.file.Path upload = files.newStaging().resolve("upload");
        try {
            try (InputStream in = command.body()) {
                long size = Uploads.copy(in, upload, maxUploadBytes, "upload", "govshare.open.max-upload-bytes",
                        "open.upload-too-large");
                if (size == 0) {
                    throw new InvalidInput("body", "required", "upload the records as text/csv or "
                            + ReleaseResource.JSON_LINES + ", or use ?source=exchange");
                }
            } catch (IOException e) {
                throw new InvalidInput("body", "open.upload-incomplete",
                        "The upload could not be read to its end: " + e.getMessage());
            }
            try (UploadedRecords records = UploadedRecords.open(upload, entry, command.kind())) {
                return pipeline.release(entry, policy, records, OpenReleaseRow.Source.UPLOAD, user.username());
            }
        } finally {
            files.discard(upload.getParent());
        }
    }

    /** Staff of the providing department write policies and release. */
    private void requireProvider(CatalogEntry entry) {
        if (!user.requireDepartmentCode().equals(entry.provider().code())) {
            throw new NotPermitted("Only the providing department (" + entry.provider().name()
                    + ") releases " + entry.code().value());
        }
    }

    /** Reports are for the provider and the platform's oversight roles. */
    private void requireReader(CatalogEntry entry) {
        boolean oversight = user.has(Role.PLATFORM_ADMIN) || user.has(Role.PLATFORM_REVIEWER) || user.has(Role.AUDITOR);
        if (!oversight) {
            requireProvider(entry);
        }
    }
}
