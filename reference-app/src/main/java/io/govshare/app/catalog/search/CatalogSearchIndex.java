package io.govshare.app.catalog.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.util.Bits;

/**
 * Full-text and faceted search over the catalog, embedded with Lucene and the smartcn Chinese analyzer.
 * <p>
 * The database stays the source of truth: callers {@link #upsert} and {@link #delete} as entries change and then
 * {@link #commit} with the highest {@code changeSeq} applied. Searches see a commit as soon as it returns.
 * After a restart, {@link #committedChangeSeq()} says from where to replay changes; {@link #rebuild} replaces the
 * whole index in one step. Every method is thread-safe.
 */
public final class CatalogSearchIndex implements AutoCloseable {

    /** Key of the commit user data that records the highest changeSeq applied. */
    private static final String COMMITTED_CHANGE_SEQ = "changeSeq";
    private static final Sort BY_CODE = new Sort(new SortField(CatalogDocuments.CODE, SortField.Type.STRING));

    private final Directory directory;
    private final Analyzer analyzer = new SmartChineseAnalyzer();
    private final CatalogQueries queries = new CatalogQueries(analyzer);
    /** Writes share the read side; rebuild and close take the write side so no change slips in between. */
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Object commitMonitor = new Object();
    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;
    private volatile long committedChangeSeq;
    private volatile boolean closed;

    private CatalogSearchIndex(Directory directory) throws IOException {
        this.directory = directory;
        this.writer = newWriter();
        this.searchers = new SearcherManager(writer, FacetedSearcher.FACTORY);
        this.committedChangeSeq = readCommittedChangeSeq(writer);
    }

    /** An index on disk, created if the directory is empty or absent. */
    public static CatalogSearchIndex open(Path directory) {
        try {
            Files.createDirectories(directory);
            return new CatalogSearchIndex(FSDirectory.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the catalog search index at " + directory + ": " + e.getMessage(), e);
        }
    }

    /** An index in memory, for tests and tools. */
    public static CatalogSearchIndex inMemory() {
        try {
            return new CatalogSearchIndex(new ByteBuffersDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create an in-memory catalog search index", e);
        }
    }

    /** Adds the entry, or replaces the one with the same code. Visible to searches after the next commit. */
    public void upsert(IndexedEntry entry) {
        write(() -> writer.updateDocument(new Term(CatalogDocuments.CODE, entry.code()), CatalogDocuments.toDocument(entry)));
    }

    /** Removes the entry with this code, if any. Visible to searches after the next commit. */
    public void delete(String code) {
        write(() -> writer.deleteDocuments(new Term(CatalogDocuments.CODE, code)));
    }

    /**
     * Makes every change so far durable and visible, recording {@code changeSeq} as applied. The recorded value
     * never goes down, so commits from several threads may arrive in any order.
     */
    public void commit(long changeSeq) {
        write(() -> {
            synchronized (commitMonitor) {
                commitAndRefresh(Math.max(changeSeq, committedChangeSeq));
            }
        });
    }

    /** The changeSeq recorded by the last commit (also after reopening); 0 for a new index. */
    public long committedChangeSeq() {
        return committedChangeSeq;
    }

    /** Entries visible to searches. */
    public long count() {
        return withSearcher(searcher -> (long) searcher.getIndexReader().numDocs());
    }

    /**
     * Code → changeSeq of every entry visible to searches, so a caller can compare the index with the database
     * entry by entry and re-index only what differs.
     */
    public Map<String, Long> changeSeqByCode() {
        return withSearcher(searcher -> {
            Map<String, Long> seqByCode = new HashMap<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                LeafReader reader = leaf.reader();
                Bits live = reader.getLiveDocs();
                SortedDocValues codes = DocValues.getSorted(reader, CatalogDocuments.CODE);
                NumericDocValues seqs = DocValues.getNumeric(reader, CatalogDocuments.CHANGE_SEQ);
                for (int doc = 0; doc < reader.maxDoc(); doc++) {
                    if ((live == null || live.get(doc)) && codes.advanceExact(doc) && seqs.advanceExact(doc)) {
                        seqByCode.put(codes.lookupOrd(codes.ordValue()).utf8ToString(), seqs.longValue());
                    }
                }
            }
            return seqByCode;
        });
    }

    /**
     * Replaces the whole index with {@code all}, merges it into one segment and commits it with
     * {@code changeSeq}. Searches see the old entries until the new set is complete. If reading {@code all}
     * fails, the index is left as at the last commit and the failure is rethrown.
     */
    public void rebuild(Iterator<IndexedEntry> all, long changeSeq) {
        lock.writeLock().lock();
        try {
            ensureOpen();
            try {
                writer.deleteAll();
                while (all.hasNext()) {
                    IndexedEntry entry = all.next();
                    writer.updateDocument(new Term(CatalogDocuments.CODE, entry.code()), CatalogDocuments.toDocument(entry));
                }
                // A rebuilt index is read far more than written: one segment makes facet counting cheapest.
                writer.forceMerge(1);
                commitAndRefresh(changeSeq);
            } catch (IOException | RuntimeException e) {
                rollBackToLastCommit(e);
                if (e instanceof IOException io) {
                    throw new UncheckedIOException("cannot rebuild the catalog search index: " + e.getMessage(), io);
                }
                throw (RuntimeException) e;
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    public SearchResult search(SearchQuery query) {
        return withSearcher(searcher -> {
            Query lucene = queries.build(query, searcher.getIndexReader());
            boolean byRelevance = !query.text().isEmpty();
            // Collect no further than the requested page, and never more slots than there are documents.
            int window = (int) Math.min((long) query.page() * query.size(), Math.max(1, searcher.getIndexReader().maxDoc()));
            FacetsCollectorManager.FacetsResult found = byRelevance
                    ? FacetsCollectorManager.search(searcher, lucene, window, new FacetsCollectorManager())
                    : FacetsCollectorManager.search(searcher, lucene, window, BY_CODE, false, new FacetsCollectorManager());

            List<SearchResult.Hit> items = new ArrayList<>();
            ScoreDoc[] top = found.topDocs().scoreDocs;
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            long first = (long) (query.page() - 1) * query.size();
            for (int i = (int) Math.min(first, top.length); i < top.length; i++) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(top[i].doc, leaves));
                int doc = top[i].doc - leaf.docBase;
                items.add(new SearchResult.Hit(value(DocValues.getSorted(leaf.reader(), CatalogDocuments.CODE), doc),
                        value(DocValues.getBinary(leaf.reader(), CatalogDocuments.JSON), doc),
                        byRelevance ? top[i].score : 0f));
            }
            FacetsCollector matching = found.facetsCollector();
            long total = matching.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
            return new SearchResult(total, items, ((FacetedSearcher) searcher).countFacets(matching));
        });
    }

    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            // IOUtils closes every one even if an earlier one fails: searchers, the writer (dropping uncommitted
            // changes), then the files
            IOUtils.close(searchers, writer, directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the catalog search index: " + e.getMessage(), e);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private static String value(SortedDocValues values, int doc) throws IOException {
        return values.advanceExact(doc) ? values.lookupOrd(values.ordValue()).utf8ToString() : null;
    }

    private static String value(BinaryDocValues values, int doc) throws IOException {
        return values.advanceExact(doc) ? values.binaryValue().utf8ToString() : null;
    }

    private void commitAndRefresh(long changeSeq) throws IOException {
        synchronized (commitMonitor) {
            writer.setLiveCommitData(Map.of(COMMITTED_CHANGE_SEQ, Long.toString(changeSeq)).entrySet());
            writer.commit();
            committedChangeSeq = changeSeq;
        }
        searchers.maybeRefreshBlocking();
    }

    /** IndexWriter.rollback closes the writer, so a fresh writer and searcher manager take its place. */
    private void rollBackToLastCommit(Exception cause) {
        SearcherManager old = searchers;
        try {
            writer.rollback();
            writer = newWriter();
            searchers = new SearcherManager(writer, FacetedSearcher.FACTORY);
            old.close();
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    private IndexWriter newWriter() throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                // an index holding changes beyond its recorded changeSeq would be harmless, but exact is clearer
                .setCommitOnClose(false);
        return new IndexWriter(directory, config);
    }

    private static long readCommittedChangeSeq(IndexWriter writer) {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (entry.getKey().equals(COMMITTED_CHANGE_SEQ)) {
                    return Long.parseLong(entry.getValue());
                }
            }
        }
        return 0;
    }

    private void write(IndexAction action) {
        lock.readLock().lock();
        try {
            ensureOpen();
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the catalog search index: " + e.getMessage(), e);
        } finally {
            lock.readLock().unlock();
        }
    }

    private <T> T withSearcher(SearcherAction<T> action) {
        ensureOpen();
        SearcherManager manager = searchers;
        IndexSearcher searcher;
        try {
            searcher = manager.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a catalog searcher: " + e.getMessage(), e);
        }
        try {
            return action.apply(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the catalog: " + e.getMessage(), e);
        } finally {
            try {
                manager.release(searcher);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot release a catalog searcher: " + e.getMessage(), e);
            }
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the catalog search index is closed");
        }
    }

    @FunctionalInterface
    private interface IndexAction {
        void run() throws IOException;
    }

    @FunctionalInterface
    private interface SearcherAction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}
