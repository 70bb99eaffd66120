package io.govshare.masking;

/**
 * A masking rule or policy that cannot be used, or a record the policy does not cover. The {@link #path()}
 * names the place (a parameter such as {@code firstN}, a JSON path such as {@code items.姓名.technique}, or a
 * record field) and the message says which rule it breaks.
 */
public final class MaskingPolicyException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final String problem;

    MaskingPolicyException(String path, String problem) {
        super(path + ": " + problem);
        this.path = path;
        this.problem = problem;
    }

    /** Where the problem is: a parameter name, a dotted JSON path ({@code $} for the document) or a field. */
    public String path() {
        return path;
    }

    /** The broken rule, without the path. */
    public String problem() {
        return problem;
    }

    /** The same problem one level deeper in a document: {@code items.姓名.parameters} + {@code firstN}. */
    MaskingPolicyException under(String parent) {
        return new MaskingPolicyException(parent + "." + path, problem);
    }
}
