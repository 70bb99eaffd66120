package io.govshare.catalog.code;

import io.govshare.catalog.ClassificationCode;
import io.govshare.catalog.ResourceCode;
import io.govshare.catalog.Violation;

import java.util.List;

/**
 * The rule that decides what a well-formed 信息资源代码 looks like and how new codes are assigned.
 * <p>
 * The national form is built in ({@link NationalResourceCodeStrategy}). Provinces with their own variants
 * (DB23/T 2839, DB15/T 1875, …) ship a jar that implements this interface and lists the class in
 * {@code META-INF/services/io.govshare.catalog.code.ResourceCodeStrategy}; {@link ResourceCodeStrategies#named}
 * finds it. Implementations must be immutable and thread-safe.
 */
public interface ResourceCodeStrategy {

    /** The name configurations use to pick this strategy, such as {@code national}. */
    String name();

    /**
     * Checks a code for well-formedness and, when {@code classificationCode} is not null, for consistency with
     * the classification of the entry that carries it.
     *
     * @param classificationCode the entry's classification, or null to check the form only (related codes)
     * @param field              JSON path to report, normally {@code code}
     * @return every violation found; empty when the code is acceptable
     */
    List<Violation> check(ResourceCode code, String classificationCode, String field);

    /**
     * The code for the {@code sequence}-th resource in a classification.
     *
     * @throws IllegalArgumentException if this rule cannot code the classification or the sequence
     */
    ResourceCode assign(ClassificationCode classification, long sequence);
}
