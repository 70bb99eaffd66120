package io.govshare.app.platform.domain;

import java.util.List;

/** The object asked for does not exist (or the actor may not know it exists). */
public class NotFound extends DomainException {

    private static final long serialVersionUID = 1L;

    public NotFound(String detail) {
        super(detail, List.of());
    }
}
