package io.govshare.masking.scan;

import java.util.List;

/**
 * Finds one type of sensitive content in a text, anywhere in it: a whole field value or a sentence of free text.
 * <p>
 * Implementations are immutable and thread-safe, because one scanner serves many threads. {@link PatternRecognizer}
 * covers the usual case of a regular expression, a checksum and context words; implement this interface directly
 * for anything else. Matches may overlap each other and other recognizers' matches; {@link SensitiveDataScanner}
 * keeps the higher score where they do, and drops those under its minimum score.
 */
public interface Recognizer {

    /** The type of every match this recognizer reports. */
    EntityType type();

    /**
     * The matches in {@code text}, in any order; an empty list when there are none.
     * The scanner gives full-width forms (１３８, （, ：) already folded to ASCII.
     */
    List<Match> find(CharSequence text, ScanContext context);
}
