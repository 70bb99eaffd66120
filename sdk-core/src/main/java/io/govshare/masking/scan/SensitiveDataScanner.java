package io.govshare.masking.scan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs recognizers over text and records and keeps the matches that reach a minimum score.
 * <p>
 * Before the recognizers see a text, full-width forms (U+FF01–FF5E, the ideographic space) are folded to ASCII,
 * one character for one, so offsets still index the caller's text and １３８１２３４５６７８ is a mobile number.
 * Where matches overlap, the higher score wins (then the longer, then the earlier), so an 18-digit value is one
 * finding, not an ID and a bank card. Immutable and thread-safe; {@link #start()} gives a single-threaded
 * {@link Scan} for many records.
 */
public final class SensitiveDataScanner {

    /** The default minimum score: a type scored under it by {@link Recognizers} needs context. */
    public static final double DEFAULT_MIN_SCORE = 0.5;

    private static final Comparator<Match> BEST_FIRST = Comparator.comparingDouble(Match::score).reversed()
            .thenComparing(Comparator.comparingInt(Match::length).reversed())
            .thenComparingInt(Match::start);

    private final List<Recognizer> recognizers;
    private final double minScore;

    private SensitiveDataScanner(List<Recognizer> recognizers, double minScore) {
        this.recognizers = recognizers;
        this.minScore = minScore;
    }

    /** The built-in recognizers of {@link Recognizers#chinese()} with the default minimum score. */
    public static SensitiveDataScanner chinese() {
        return builder().add(Recognizers.chinese()).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public double minScore() {
        return minScore;
    }

    /** The matches in free text that belongs to no field, ordered by start. */
    public List<Match> scanText(CharSequence text) {
        return scanText(text, ScanContext.NONE);
    }

    /** The matches in a text, ordered by start, with what is known about where it comes from. */
    public List<Match> scanText(CharSequence text, ScanContext context) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(context, "context");
        CharSequence folded = HalfWidth.fold(text);
        List<Match> kept = null;
        for (Recognizer recognizer : recognizers) {
            for (Match match : recognizer.find(folded, context)) {
                if (match.end() > text.length() || !match.type().equals(recognizer.type())) {
                    throw new IllegalStateException(recognizer + " reported " + match + " for a text of "
                            + text.length() + " characters; a match must lie inside the text and have the "
                            + "recognizer's type " + recognizer.type());
                }
                if (match.score() >= minScore) {
                    if (kept == null) {
                        kept = new ArrayList<>(2);
                    }
                    kept.add(match);
                }
            }
        }
        return kept == null ? List.of() : withoutOverlaps(kept);
    }

    /** A scan to feed records one at a time, e.g. from a {@code RecordLineReader}. */
    public Scan start() {
        return new Scan(this);
    }

    /** Scans every record and reports; see {@link Scan#add}. */
    public ScanReport scan(Iterable<? extends Map<String, ?>> records) {
        Scan scan = start();
        for (Map<String, ?> record : records) {
            scan.add(record);
        }
        return scan.report();
    }

    private static List<Match> withoutOverlaps(List<Match> matches) {
        if (matches.size() == 1) {
            return List.copyOf(matches);
        }
        matches.sort(BEST_FIRST);
        List<Match> kept = new ArrayList<>(matches.size());
        for (Match candidate : matches) {
            if (kept.stream().noneMatch(candidate::overlaps)) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(Match::start));
        return List.copyOf(kept);
    }

    /** Collects the recognizers and the minimum score. */
    public static final class Builder {
        private final List<Recognizer> recognizers = new ArrayList<>();
        private double minScore = DEFAULT_MIN_SCORE;

        private Builder() {
        }

        public Builder add(Recognizer recognizer) {
            recognizers.add(Objects.requireNonNull(recognizer, "recognizer"));
            return this;
        }

        public Builder add(List<? extends Recognizer> more) {
            more.forEach(this::add);
            return this;
        }

        /** @throws IllegalArgumentException if the score is not in (0, 1] */
        public Builder minScore(double score) {
            if (!(score > 0 && score <= 1)) {
                throw new IllegalArgumentException("minScore " + score + " must be in (0, 1]");
            }
            this.minScore = score;
            return this;
        }

        /** @throws IllegalStateException if no recognizer was added */
        public SensitiveDataScanner build() {
            if (recognizers.isEmpty()) {
                throw new IllegalStateException("a SensitiveDataScanner needs at least one recognizer");
            }
            return new SensitiveDataScanner(List.copyOf(recognizers), minScore);
        }
    }
}
