package io.govshare.app.platform.domain;

import java.util.List;

/** The request clashes with the current state: a duplicate, a workflow step out of order. */
public class Conflict extends DomainException {

    private static final long serialVersionUID = 1L;

    public Conflict(String detail) {
        super(detail, List.of());
    }
}
