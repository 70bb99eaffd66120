package io.govshare.app.platform;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds RFC 9457 answers: the one place that knows the shape of {@code application/problem+json}. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    private Problems() {
    }

    public static Response response(ProblemException e) {
        Response.ResponseBuilder response = builder(e.status(), json(e.status(), e.title(), e.detail(), e.errors()));
        e.headers().forEach(response::header);
        return response.build();
    }

    public static Response response(int status, String title, String detail, List<FieldError> errors) {
        return builder(status, json(status, title, detail, errors)).build();
    }

    /** A response builder already carrying the body, for callers that add headers (Allow, WWW-Authenticate). */
    public static Response.ResponseBuilder builder(int status, JsonObjectBuilder body) {
        return Response.status(status).type(PROBLEM_JSON).entity(body.build().toString());
    }

    /** The problem document; callers may add extension members before building. */
    public static JsonObjectBuilder json(int status, String title, String detail, List<FieldError> errors) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (FieldError error : errors) {
            list.add(Json.createObjectBuilder()
                    .add("field", error.field())
                    .add("rule", error.rule())
                    .add("message", error.message()));
        }
        return Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title == null ? "" : title)
                .add("status", status)
                .add("detail", detail == null ? "" : detail)
                .add("errors", list);
    }

    /** The standard reason phrase, used as title when a status has no more specific one. */
    public static String title(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return switch (status) {
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            default -> status >= 500 ? "Server Error" : "Client Error";
        };
    }
}
