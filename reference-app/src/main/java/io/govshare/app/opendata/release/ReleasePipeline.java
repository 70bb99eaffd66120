package io.govshare.app.opendata.release;

import io.govshare.app.audit.AuditLog;
import io.govshare.app.audit.AuditTarget;
import io.govshare.app.opendata.OpenDataEvents;
import io.govshare.app.opendata.OpenDataRepository;
import io.govshare.app.opendata.OpenDatasetId;
import io.govshare.app.opendata.OpenReleaseFileRow;
import io.govshare.app.opendata.OpenReleaseRow;
import io.govshare.app.opendata.ReleaseFormat;
import io.govshare.app.platform.outbox.Outbox;
import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.DataItem;
import io.govshare.catalog.DataItemType;
import io.govshare.masking.scan.SensitiveDataScanner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The open-data release: records in, a published version out — or a blocked release with a report that says why.
 * One streaming pass: {@link ReleaseRun} masks, scans and counts each record while {@link ReleaseWriter} writes it
 * to a staging directory, so a large release needs no more memory than a small one. A published release's files
 * are moved into place before its rows are written; a blocked release's files are deleted and only its report is
 * kept.
 */
@ApplicationScoped
public class ReleasePipeline {

    @Inject
    Outbox outbox;
    @Inject
    OpenDataRepository repository;
    @Inject
    ReleaseFiles files;
    @Inject
    ReleaseKeys keys;
    @Inject
    AuditLog audit;
    @Inject
    ReleasePipeline self;

    private final Clock clock = Clock.systemUTC();
    private final SensitiveDataScanner scanner = SensitiveDataScanner.chinese();
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    /** What a release run produced. */
    public record Outcome(OpenReleaseRow release, List<OpenReleaseFileRow> files) {
        public boolean published() {
            return release.status() == OpenReleaseRow.Status.PUBLISHED;
        }
    }

    /**
     * Runs a release. One release per resource at a time on this server (versions are numbered in order).
     *
     * @throws io.govshare.app.platform.ProblemException 422 when the policy does not fit the entry or a record is bad;
     *                                                   nothing is stored then
     */
    public Outcome release(CatalogEntry entry, ReleasePolicy policy, Iterator<JsonObject> records,
                           OpenReleaseRow.Source source, String actor) {
        policy.checkAgainst(entry);
        ReentrantLock lock = locks.computeIfAbsent(entry.code().value(), code -> new ReentrantLock());
        lock.lock();
        try {
            return run(entry, policy, records, source, actor);
        } finally {
            lock.unlock();
        }
    }

    private Outcome run(CatalogEntry entry, ReleasePolicy policy, Iterator<JsonObject> records,
                        OpenReleaseRow.Source source, String actor) {
        ReleaseRun release = new ReleaseRun(entry, policy, keys.forDataset(entry.code().value()), scanner);
        Path staging = files.newStaging();
        boolean keepStaging = false;
        try {
            Map<ReleaseFormat, ReleaseFiles.Written> written;
            try (ReleaseWriter writer = new ReleaseWriter(staging, OpenDatasetId.of(entry.code().value()),
                    release.columns(), Points.find(entry, release.columns()))) {
                while (records.hasNext()) {
                    writer.write(release.process(records.next()));
                }
                written = writer.finish();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the release files of " + entry.code().value(), e);
            }
            ReleaseRun.Verdict verdict = release.finish();
            Outcome outcome = self.store(entry, policy, source, actor, release.count(), verdict.report().toString(),
                    verdict.publish() ? staging : null, written);
            keepStaging = verdict.publish();
            return outcome;
        } finally {
            if (!keepStaging) {
                files.discard(staging);
            }
        }
    }

    /** Stores the outcome: the files moved into place, then the rows, in one transaction. */
    @Transactional
    public Outcome store(CatalogEntry entry, ReleasePolicy policy, OpenReleaseRow.Source source, String actor, long count,
                  String report, Path stagingToPublish, Map<ReleaseFormat, ReleaseFiles.Written> written) {
        String code = entry.code().value();
        if (stagingToPublish == null) {
            OpenReleaseRow blocked = new OpenReleaseRow(code, null, OpenReleaseRow.Status.BLOCKED, source, count,
                    policy.toJson(), report, actor, clock.instant());
            repository.insert(blocked);
            audit.record("open.release.blocked", AuditTarget.OPEN_RELEASE, blocked.id().toString(), null, null, code);
            return new Outcome(blocked, List.of());
        }
        int version = repository.lastVersion(code) + 1;
        // files first, then the rows: a row never points at a missing file (a crash leaves at most an unused folder)
        files.publish(stagingToPublish, code, version);
        OpenReleaseRow release = new OpenReleaseRow(code, version, OpenReleaseRow.Status.PUBLISHED, source, count,
                policy.toJson(), report, actor, clock.instant());
        repository.insert(release);
        List<OpenReleaseFileRow> rows = new ArrayList<>();
        String base = OpenDatasetId.of(code);
        written.forEach((format, file) -> {
            OpenReleaseFileRow row = new OpenReleaseFileRow(release.id(), format, base + "." + format.extension(),
                    file.byteSize(), file.sm3(), file.sha256());
            repository.insert(row);
            rows.add(row);
        });
        audit.record("open.release.publish", AuditTarget.OPEN_RELEASE, release.id().toString(), null, null,
                code + " version " + version);
        OpenDataEvents.releasePublished(outbox, release, rows);
        return new Outcome(release, rows);
    }

    /** How the release files find a record's point for GeoJSON. */
    static final class Points implements ReleaseWriter.PointReader {
        private final String geometry;
        private final String longitude;
        private final String latitude;

        private Points(String geometry, String longitude, String latitude) {
            this.geometry = geometry;
            this.longitude = longitude;
            this.latitude = latitude;
        }

        /** A GEOMETRY column, or columns named 经度 and 纬度; null when the release has neither. */
        static Points find(CatalogEntry entry, List<String> columns) {
            for (DataItem item : entry.dataItems()) {
                if (item.type() == DataItemType.GEOMETRY && columns.contains(item.name())) {
                    return new Points(item.name(), null, null);
                }
            }
            String lon = columns.stream().filter(c -> c.contains("经度")).findFirst().orElse(null);
            String lat = columns.stream().filter(c -> c.contains("纬度")).findFirst().orElse(null);
            return lon != null && lat != null ? new Points(null, lon, lat) : null;
        }

        @Override
        public double[] point(JsonObject record) {
            if (geometry != null) {
                JsonValue value = record.get(geometry);
                if (value instanceof JsonObject g && "Point".equals(g.getString("type", null))
                        && g.get("coordinates") instanceof jakarta.json.JsonArray xy && xy.size() >= 2
                        && xy.get(0) instanceof JsonNumber x && xy.get(1) instanceof JsonNumber y) {
                    return new double[]{x.doubleValue(), y.doubleValue()};
                }
                return null;
            }
            Double x = number(record.get(longitude));
            Double y = number(record.get(latitude));
            return x == null || y == null ? null : new double[]{x, y};
        }

        @Override
        public boolean isPointItem(String name) {
            return name.equals(geometry) || name.equals(longitude) || name.equals(latitude);
        }

        private static Double number(JsonValue value) {
            try {
                if (value instanceof JsonNumber n) {
                    return n.doubleValue();
                }
                if (value instanceof JsonString s) {
                    return Double.parseDouble(s.getString());
                }
            } catch (NumberFormatException e) {
                return null;
            }
            return null;
        }
    }
}
