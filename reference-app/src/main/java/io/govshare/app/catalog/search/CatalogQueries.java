package io.govshare.app.catalog.search;

import io.govshare.catalog.OpenType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Turns a {@link SearchQuery} into a Lucene query. User text never goes through a query parser: it is split into
 * words by the same analyzer that indexed the entries, so no input can be a syntax error.
 */
final class CatalogQueries {

    /** Far above any text score, so a typed resource code puts its entry first. */
    private static final float CODE_MATCH_BOOST = 100f;
    /** Enough for a word in the name to outrank the same word in a long summary. */
    private static final float NAME_BOOST = 2f;

    private final Analyzer analyzer;

    CatalogQueries(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    Query build(SearchQuery query, IndexReader reader) throws IOException {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        builder.add(query.text().isEmpty() ? new MatchAllDocsQuery() : text(query.text(), reader), Occur.MUST);
        // All restrictions in one clause: the searcher's query cache keeps a frequent combination as a bit set,
        // where single term filters would be walked again on every search.
        BooleanQuery.Builder restrictions = new BooleanQuery.Builder();
        query.filters().forEach((name, value) -> restrictions.add(filter(name, value), Occur.FILTER));
        if (!query.visibility().everything()) {
            restrictions.add(visible(query.visibility()), Occur.FILTER);
        }
        if (query.visibility().openDataOnly()) {
            restrictions.add(new TermInSetQuery("openType", List.of(
                    new BytesRef(OpenType.UNCONDITIONAL.name()), new BytesRef(OpenType.CONDITIONAL.name()))), Occur.FILTER);
        }
        BooleanQuery restriction = restrictions.build();
        if (!restriction.clauses().isEmpty()) {
            builder.add(restriction, Occur.FILTER);
        }
        return builder.build();
    }

    /**
     * Every word must occur somewhere in the entry's text, and a word in the name scores more. Words that occur
     * in no entry at all (stray operators such as "AND", typos) are left out: they could only empty the result.
     */
    private Query text(String text, IndexReader reader) throws IOException {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        int kept = 0;
        for (String word : words(text)) {
            Term inText = new Term(CatalogDocuments.TEXT, word);
            if (reader.docFreq(inText) > 0) {
                words.add(new TermQuery(inText), Occur.MUST);
                words.add(new BoostQuery(new TermQuery(new Term(CatalogDocuments.NAME, word)), NAME_BOOST), Occur.SHOULD);
                kept++;
            }
        }
        Query byWords = kept == 0 ? new MatchNoDocsQuery("no known word in '" + text + "'") : words.build();
        if (!looksLikeResourceCode(text)) {
            return byWords;
        }
        return new BooleanQuery.Builder()
                .add(new BoostQuery(new TermQuery(new Term(CatalogDocuments.CODE, text)), CODE_MATCH_BOOST), Occur.SHOULD)
                .add(byWords, Occur.SHOULD)
                .build();
    }

    private Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream(CatalogDocuments.TEXT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                words.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse search text", e);
        }
        return words;
    }

    private static boolean looksLikeResourceCode(String text) {
        return text.indexOf('/') > 0 && text.chars().noneMatch(Character::isWhitespace);
    }

    private static Query filter(String name, String value) {
        if (name.equals("classification")) {
            return new PrefixQuery(new Term(CatalogDocuments.CLASSIFICATION, value));
        }
        return new TermQuery(new Term(name, value));
    }

    private static Query visible(Visibility visibility) {
        BooleanQuery.Builder visible = new BooleanQuery.Builder()
                .add(new TermQuery(new Term("status", "PUBLISHED")), Occur.SHOULD);
        if (!visibility.ownProviderCodes().isEmpty()) {
            List<BytesRef> own = visibility.ownProviderCodes().stream().map(BytesRef::new).toList();
            visible.add(new TermInSetQuery("provider", own), Occur.SHOULD);
        }
        return visible.build();
    }
}
