package io.govshare.masking.scan;

import java.util.Objects;
import java.util.Set;

/**
 * Sensitive content found in a text: the characters {@code [start, end)}, their type, a score from 0 to 1 and
 * why. Offsets index the text the recognizer was given.
 *
 * @param score    how sure the recognizer is; {@link Recognizers} lists how the built-ins score
 * @param evidence never empty; always contains {@link Evidence#PATTERN}
 */
public record Match(int start, int end, EntityType type, double score, Set<Evidence> evidence) {

    /** Checks the components, and copies or normalises them where the class description says so. */
    public Match {
        Objects.requireNonNull(type, "type");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("match [" + start + ", " + end + ") must be a non-empty range from 0");
        }
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("match score " + score + " must be between 0 and 1");
        }
        evidence = Set.copyOf(evidence);
        if (!evidence.contains(Evidence.PATTERN)) {
            throw new IllegalArgumentException("match evidence " + evidence + " must contain PATTERN");
        }
    }

    public int length() {
        return end - start;
    }

    boolean overlaps(Match other) {
        return start < other.end && other.start < end;
    }
}
