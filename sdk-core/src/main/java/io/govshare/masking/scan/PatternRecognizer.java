package io.govshare.masking.scan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A recognizer made of regular expressions, each with a score, an optional checksum and context words, after
 * Presidio's {@code PatternRecognizer}.
 * <p>
 * For each candidate a pattern finds: a passing checksum keeps the pattern's score and adds
 * {@link Evidence#CHECKSUM}; a failing one drops the candidate, or sets {@code scoreIfInvalid} when that is above
 * 0 so that context can still lift it (a mistyped 身份证号 in a field called 身份证号码 is still a raw ID). Then a
 * context word in the field name or within a few characters adds {@value ContextWords#BOOST}, capped at 1.
 * <p>
 * Patterns are compiled once. To keep a scan linear on long text, start a pattern with a negative look-behind
 * for the characters its first run consumes (as the built-ins do), so it is not retried inside the run.
 * Immutable and thread-safe.
 */
public final class PatternRecognizer implements Recognizer {

    private record ScoredPattern(Pattern pattern, double score) {
    }

    private final EntityType type;
    private final List<ScoredPattern> patterns;
    private final Predicate<CharSequence> checksum;
    private final double scoreIfInvalid;
    private final ContextWords context;

    private PatternRecognizer(Builder builder) {
        this.type = builder.type;
        this.patterns = List.copyOf(builder.patterns);
        this.checksum = builder.checksum;
        this.scoreIfInvalid = builder.scoreIfInvalid;
        this.context = new ContextWords(builder.contextWords);
    }

    public static Builder builder(EntityType type) {
        return new Builder(Objects.requireNonNull(type, "type"));
    }

    @Override
    public EntityType type() {
        return type;
    }

    @Override
    public List<Match> find(CharSequence text, ScanContext scanContext) {
        List<Match> found = null;
        for (ScoredPattern scored : patterns) {
            Matcher m = scored.pattern().matcher(text);
            while (m.find()) {
                Match match = judge(text, m.start(), m.end(), scored.score(), scanContext);
                if (match != null) {
                    if (found == null) {
                        found = new ArrayList<>(2);
                    }
                    found.add(match);
                }
            }
        }
        return found == null ? List.of() : found;
    }

    private Match judge(CharSequence text, int start, int end, double patternScore, ScanContext scanContext) {
        EnumSet<Evidence> why = EnumSet.of(Evidence.PATTERN);
        double score = patternScore;
        if (checksum != null) {
            if (checksum.test(text.subSequence(start, end))) {
                why.add(Evidence.CHECKSUM);
            } else if (scoreIfInvalid > 0) {
                why.add(Evidence.CHECKSUM_FAILED);
                score = scoreIfInvalid;
            } else {
                return null;
            }
        }
        score = context.boost(score, why, text, start, end, scanContext);
        return new Match(start, end, type, score, why);
    }

    @Override
    public String toString() {
        return "PatternRecognizer[" + type + "]";
    }

    /** Collects the patterns, checksum and context words of one recognizer. */
    public static final class Builder {
        private final EntityType type;
        private final List<ScoredPattern> patterns = new ArrayList<>();
        private final List<String> contextWords = new ArrayList<>();
        private Predicate<CharSequence> checksum;
        private double scoreIfInvalid;

        private Builder(EntityType type) {
            this.type = type;
        }

        /**
         * Adds a regular expression whose every match is a candidate with this score.
         *
         * @throws IllegalArgumentException if the expression does not compile or the score is not in (0, 1]
         */
        public Builder pattern(String regex, double score) {
            if (!(score > 0 && score <= 1)) {
                throw new IllegalArgumentException("pattern score " + score + " for " + type + " must be in (0, 1]");
            }
            try {
                patterns.add(new ScoredPattern(Pattern.compile(Objects.requireNonNull(regex, "regex")), score));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("pattern for " + type + " does not compile: " + e.getMessage(), e);
            }
            return this;
        }

        /**
         * Checks each candidate's text; see the class comment for what passing and failing do.
         *
         * @param scoreIfInvalid the score of a candidate that fails, in [0, 1); 0 drops it
         */
        public Builder checksum(Predicate<CharSequence> valid, double scoreIfInvalid) {
            if (!(scoreIfInvalid >= 0 && scoreIfInvalid < 1)) {
                throw new IllegalArgumentException("scoreIfInvalid " + scoreIfInvalid + " for " + type
                        + " must be in [0, 1)");
            }
            this.checksum = Objects.requireNonNull(valid, "valid");
            this.scoreIfInvalid = scoreIfInvalid;
            return this;
        }

        /** Words that raise a candidate's score when they stand near it or in the field name. */
        public Builder context(String... words) {
            contextWords.addAll(List.of(words));
            return this;
        }

        /** @throws IllegalStateException if no pattern was added */
        public PatternRecognizer build() {
            if (patterns.isEmpty()) {
                throw new IllegalStateException("a PatternRecognizer for " + type + " needs at least one pattern");
            }
            return new PatternRecognizer(this);
        }
    }
}
