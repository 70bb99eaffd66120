package io.govshare.app.platform;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import io.govshare.app.platform.domain.Conflict;
import io.govshare.app.platform.domain.DomainException;
import io.govshare.app.platform.domain.InvalidInput;
import io.govshare.app.platform.domain.NotFound;
import io.govshare.app.platform.domain.NotPermitted;
import io.govshare.app.platform.domain.ValidationFailed;

/** The one place where a domain rule's "no" becomes an HTTP status and a problem+json body. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Override
    public Response toResponse(DomainException e) {
        return Problems.response(asProblem(e));
    }

    static ProblemException asProblem(DomainException e) {
        int status = status(e);
        return new ProblemException(status, Problems.title(status), e.detail(), e.errors());
    }

    static int status(DomainException e) {
        if (e instanceof NotFound) {
            return 404;
        }
        if (e instanceof NotPermitted) {
            return 403;
        }
        if (e instanceof Conflict) {
            return 409;
        }
        if (e instanceof InvalidInput) {
            return 400;
        }
        if (e instanceof ValidationFailed) {
            return 422;
        }
        throw new IllegalStateException("No HTTP status for " + e.getClass().getName() + ": map it here");
    }
}
