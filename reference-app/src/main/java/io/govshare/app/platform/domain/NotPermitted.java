package io.govshare.app.platform.domain;

import java.util.List;

/** The actor is known but the separation of duties (or ownership) does not let them do this. */
public class NotPermitted extends DomainException {

    private static final long serialVersionUID = 1L;

    public NotPermitted(String detail) {
        super(detail, List.of());
    }
}
