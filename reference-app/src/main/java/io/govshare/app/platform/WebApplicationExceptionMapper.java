package io.govshare.app.platform;

import java.util.List;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The runtime's own refusals (unknown path, method not allowed, unsupported or unacceptable media type, body or
 * parameter that cannot be read) as problem+json, keeping headers such as {@code Allow} and
 * {@code WWW-Authenticate}.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uriInfo;

    @Context
    Request request;

    @Override
    public Response toResponse(WebApplicationException e) {
        var malformed = MalformedInput.jsonBody(e).or(() -> MalformedInput.parameter(e));
        if (malformed.isPresent()) {
            return Problems.response(malformed.get());
        }
        Response original = e.getResponse();
        int status = original == null ? 500 : original.getStatus();
        Response.ResponseBuilder answer = Problems.builder(status,
                Problems.json(status, Problems.title(status), detail(e, status), List.of()));
        if (original != null) {
            for (String header : List.of(HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.RETRY_AFTER)) {
                Object value = original.getHeaders().getFirst(header);
                if (value != null) {
                    answer.header(header, value);
                }
            }
        }
        return answer.build();
    }

    private String detail(WebApplicationException e, int status) {
        String path = uriInfo == null ? "" : "/" + uriInfo.getPath().replaceFirst("^/", "");
        String method = request == null ? "" : request.getMethod();
        if (e instanceof NotFoundException) {
            return "No resource at " + path;
        }
        if (e instanceof NotAllowedException) {
            return "Method " + method + " is not allowed on " + path;
        }
        return switch (status) {
            case 406 -> "None of the media types in the Accept header can be produced for " + path;
            case 415 -> "The Content-Type of the request is not supported by " + method + " " + path;
            default -> e.getMessage() == null ? Problems.title(status) : e.getMessage();
        };
    }
}
