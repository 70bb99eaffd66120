package io.govshare.app.platform;

import java.util.List;

/**
 * A failure the client can act on, answered as RFC 9457 {@code application/problem+json} by
 * the exception mappers of this package. Throw it from any layer; the factories pick the status and title.
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;
    private final String detail;
    private final List<FieldError> errors;

    public ProblemException(int status, String title, String detail, List<FieldError> errors) {
        super(status + " " + title + ": " + detail);
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** The request is malformed or breaks a rule; {@code errors} names each field and rule. */
    public static ProblemException badRequest(String detail, List<FieldError> errors) {
        return new ProblemException(400, "Bad Request", detail, errors);
    }

    /** Shortcut for a single broken rule. */
    public static ProblemException badRequest(String field, String rule, String message) {
        return badRequest(message, List.of(new FieldError(field, rule, message)));
    }

    /** No credentials, or credentials that do not identify an enabled user. */
    public static ProblemException unauthorized(String detail) {
        return new ProblemException(401, "Unauthorized", detail, List.of());
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Forbidden", detail, List.of());
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not Found", detail, List.of());
    }

    /** The request clashes with the current state (duplicate key, stale version, wrong workflow step). */
    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail, List.of());
    }

    /** Well-formed, but the content cannot be processed as it is (for example an entry that fails validation). */
    public static ProblemException unprocessable(String detail, List<FieldError> errors) {
        return new ProblemException(422, "Unprocessable Content", detail, errors);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /**
     * 503 with Retry-After: a transient failure (the database too busy to commit in time) that the same request,
     * sent again, can get past.
     */
    public static ProblemException serviceUnavailable(String detail, long retryAfterSeconds) {
        return new ProblemException(503, "Service Unavailable", detail, List.of()) {
            private static final long serialVersionUID = 1L;

            @Override
            public java.util.Map<String, Object> headers() {
                return java.util.Map.of("Retry-After", retryAfterSeconds);
            }
        };
    }

    /** Response headers that belong to this problem (for example Retry-After on a 429); none by default. */
    public java.util.Map<String, Object> headers() {
        return java.util.Map.of();
    }
}
