package io.govshare.app.platform.domain;

import java.util.List;

import io.govshare.app.platform.FieldError;

/**
 * A rule of the domain said no. Services throw the named subclasses ({@link NotFound}, {@link NotPermitted},
 * {@link InvalidInput}, {@link Conflict}, {@link StaleVersion}, {@link ValidationFailed}) and know nothing of
 * HTTP; {@code platform.DomainExceptionMapper} turns each into {@code application/problem+json} in one place.
 * A feature may subclass them to name its own case (an entry that does not exist is still a {@link NotFound}).
 */
public abstract class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    protected DomainException(String detail, List<FieldError> errors) {
        super(detail);
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** What the client should read: which object, which rule. */
    public String detail() {
        return getMessage();
    }

    /** Each broken rule with the field it concerns; empty when the failure is not about a field. */
    public List<FieldError> errors() {
        return errors;
    }
}
