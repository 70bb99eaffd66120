package io.govshare.catalog.code;

import io.govshare.catalog.ClassificationCode;
import io.govshare.catalog.ResourceCode;
import io.govshare.catalog.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * The national form {@code 分类码/顺序码}: a classification of at least 类 + 项 + 目 (6 digits, 类 1–3), then a
 * six-digit zero-padded sequence, for example {@code 101001/000001}.
 */
public final class NationalResourceCodeStrategy implements ResourceCodeStrategy {

    public static final String NAME = "national";
    private static final int SEQUENCE_DIGITS = 6;
    private static final long MAX_SEQUENCE = 999_999;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Violation> check(ResourceCode code, String classificationCode, String field) {
        List<Violation> violations = new ArrayList<>();
        String classificationPart = code.classificationPart();
        String problem = classificationProblem(classificationPart);
        if (problem != null) {
            violations.add(Violation.error(field, "code.classification.format",
                    "信息资源代码 '" + code + "': the part before '/' " + problem));
        }
        String sequence = code.sequencePart();
        if (sequence.length() != SEQUENCE_DIGITS || !allDigits(sequence)) {
            violations.add(Violation.error(field, "code.sequence.format",
                    "信息资源代码 '" + code + "': the 顺序码 after '/' must be " + SEQUENCE_DIGITS
                            + " digits (zero-padded, e.g. 000001), got '" + sequence + "'"));
        }
        if (classificationCode != null && !classificationCode.isBlank()
                && !classificationPart.equals(classificationCode.strip())) {
            violations.add(Violation.error(field, "code.classification.mismatch",
                    "信息资源代码 '" + code + "' must start with the entry's classificationCode '"
                            + classificationCode.strip() + "'"));
        }
        return violations;
    }

    @Override
    public ResourceCode assign(ClassificationCode classification, long sequence) {
        String problem = classificationProblem(classification.value());
        if (problem != null) {
            throw new IllegalArgumentException("cannot assign a national resource code: the classification "
                    + problem);
        }
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("sequence must be between 1 and " + MAX_SEQUENCE + ", got " + sequence);
        }
        return ResourceCode.of(classification.value() + "/" + String.format("%06d", sequence));
    }

    /** Why the text is not a national 分类码, or null if it is one. */
    private static String classificationProblem(String text) {
        if (!allDigits(text)) {
            return "must be digits only, got '" + text + "'";
        }
        if (text.length() < 6) {
            return "must have at least 6 digits (类 + 项 + 目), got '" + text + "'";
        }
        char category = text.charAt(0);
        if (category < '1' || category > '3') {
            return "must start with 类 1 (基础), 2 (主题) or 3 (部门), got '" + text + "'";
        }
        return null;
    }

    private static boolean allDigits(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
