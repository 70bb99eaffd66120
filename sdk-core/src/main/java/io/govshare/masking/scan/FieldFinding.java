package io.govshare.masking.scan;

import java.util.List;
import java.util.Objects;

/**
 * One type of sensitive content found in one field of the records of a {@link Scan}.
 *
 * @param values        how many values of the field had at least one match of the type
 * @param firstRows     the row numbers (1 = first record) of the first few of those values, at most five
 * @param maskedSamples at most three of the matches, masked so that at most a quarter of each shows; never raw
 * @param maxScore      the highest score among the matches
 */
public record FieldFinding(String field, EntityType type, long values, List<Long> firstRows,
                           List<String> maskedSamples, double maxScore) {

    /** Checks the components, and copies or normalises them where the class description says so. */
    public FieldFinding {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(type, "type");
        firstRows = List.copyOf(firstRows);
        maskedSamples = List.copyOf(maskedSamples);
    }
}
