package io.govshare.app.catalog.search;

import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.DataItem;
import io.govshare.catalog.json.CatalogJson;
import java.io.IOException;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;

/** How a catalog entry is laid out in the Lucene index: field names and the entry → document mapping. */
final class CatalogDocuments {

    static final String CODE = "code";
    static final String JSON = "json";
    static final String CLASSIFICATION = "classificationCode";
    static final String CHANGE_SEQ = "changeSeq";

    /**
     * Every searchable text of the entry in one analysed field — name, summary, data-item names, system name and
     * provider name — so a word costs one term lookup, whichever part of the entry holds it.
     */
    static final String TEXT = "text";
    /** The name again, analysed on its own, so a match in the name can rank first. */
    static final String NAME = "name";

    /**
     * Facet value for an entry that leaves a dimension empty (a draft, typically). Counting it keeps every
     * dimension's counts adding up to the total, and it can be filtered on like any other value.
     */
    static final String UNSPECIFIED = "UNSPECIFIED";

    static final FacetsConfig FACETS = new FacetsConfig();

    private CatalogDocuments() {
    }

    static Document toDocument(IndexedEntry indexed) throws IOException {
        CatalogEntry entry = indexed.entry();
        Document doc = new Document();
        String code = indexed.code();
        doc.add(new StringField(CODE, code, Field.Store.NO));
        doc.add(new SortedDocValuesField(CODE, new BytesRef(code)));
        // Doc values rather than a stored field: read without decompressing a block per hit, which would cost
        // more than the search itself for a page of 20
        doc.add(new BinaryDocValuesField(JSON, new BytesRef(CatalogJson.write(entry))));
        doc.add(new NumericDocValuesField(CHANGE_SEQ, indexed.changeSeq()));

        addText(doc, NAME, entry.name());
        addText(doc, TEXT, entry.name());
        addText(doc, TEXT, entry.summary());
        addText(doc, TEXT, entry.systemName());
        for (DataItem item : entry.dataItems()) {
            if (item != null) {
                addText(doc, TEXT, item.name());
            }
        }
        if (entry.provider() != null) {
            addText(doc, TEXT, entry.provider().name());
        }
        if (entry.classificationCode() != null && !entry.classificationCode().isBlank()) {
            doc.add(new StringField(CLASSIFICATION, entry.classificationCode().strip(), Field.Store.NO));
        }

        addDimension(doc, "kind", entry.kind());
        addDimension(doc, "provider", entry.provider() == null ? null : entry.provider().code());
        addDimension(doc, "shareType", entry.share() == null ? null : entry.share().type());
        addDimension(doc, "openType", entry.open() == null ? null : entry.open().type());
        addDimension(doc, "format", entry.format() == null ? null : entry.format().type());
        addDimension(doc, "updateCycle", entry.updateCycle());
        addDimension(doc, "status", entry.status());
        return FACETS.build(doc);
    }

    private static void addText(Document doc, String field, String text) {
        if (text != null && !text.isBlank()) {
            doc.add(new TextField(field, text, Field.Store.NO));
        }
    }

    /** One exact-match field to filter on, one doc-values field to count on. */
    private static void addDimension(Document doc, String dimension, Object value) {
        String text = value == null || value.toString().isBlank() ? UNSPECIFIED : value.toString().strip();
        doc.add(new StringField(dimension, text, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(dimension, text));
    }
}
