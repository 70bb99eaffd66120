package io.govshare.app.platform.domain;

import java.util.List;

import io.govshare.app.platform.FieldError;

/** The request is malformed or a field breaks a rule; each error names the field and the rule. */
public class InvalidInput extends DomainException {

    private static final long serialVersionUID = 1L;

    public InvalidInput(String detail, List<FieldError> errors) {
        super(detail, errors);
    }

    /** A single broken rule: the message is also the problem's detail. */
    public InvalidInput(String field, String rule, String message) {
        super(message, List.of(new FieldError(field, rule, message)));
    }
}
