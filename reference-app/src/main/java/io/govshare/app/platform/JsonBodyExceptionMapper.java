package io.govshare.app.platform;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body the JSON-B or JSON-P reader could not handle: the client's mistake (400), not the server's. */
@Provider
public class JsonBodyExceptionMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException e) {
        return MalformedInput.jsonBody(e)
                .map(Problems::response)
                .orElseGet(() -> UnexpectedExceptionMapper.incident(e));
    }
}
