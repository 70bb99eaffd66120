package io.govshare.app.platform.domain;

/** The client changed an object from a version that is no longer the current one: read again, then retry. */
public class StaleVersion extends Conflict {

    private static final long serialVersionUID = 1L;

    public StaleVersion(String detail) {
        super(detail);
    }
}
