package io.govshare.app.platform;

import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import io.govshare.app.platform.domain.DomainException;

/**
 * Last resort: a bug or an outage. The client gets a generic 500 with an incident id and no internals; the
 * server log gets the stack trace under the same id so an operator can find it.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        var malformed = MalformedInput.jsonBody(e);
        if (malformed.isPresent()) {
            return Problems.response(malformed.get());
        }
        // a ProblemException or DomainException wrapped by an interceptor or a CDI proxy still means what it says
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ProblemException problem) {
                return Problems.response(problem);
            }
            if (t instanceof DomainException rule) {
                return Problems.response(DomainExceptionMapper.asProblem(rule));
            }
        }
        return incident(e);
    }

    static Response incident(Throwable e) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident + ": unexpected failure while serving a request", e);
        return Problems.builder(500, Problems.json(500, "Internal Server Error",
                        "The server failed to complete the request. Quote incident " + incident
                                + " when reporting it.", List.of())
                .add("incident", incident)).build();
    }
}
