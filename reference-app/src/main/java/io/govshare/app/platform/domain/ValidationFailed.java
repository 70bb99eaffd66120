package io.govshare.app.platform.domain;

import java.util.List;

import io.govshare.app.platform.FieldError;

/**
 * Well-formed, but the content breaks the standard's rules as it is (a catalog entry that fails validation):
 * the client must change the content, not the request's shape.
 */
public class ValidationFailed extends DomainException {

    private static final long serialVersionUID = 1L;

    public ValidationFailed(String detail, List<FieldError> errors) {
        super(detail, errors);
    }
}
