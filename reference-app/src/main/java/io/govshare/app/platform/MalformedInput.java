package io.govshare.app.platform;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;

/**
 * Recognises client mistakes that the JAX-RS runtime reports as generic exceptions: a request body that is not
 * JSON (or does not fit the target type), and a query or path parameter that cannot be converted. The runtime
 * wraps them differently depending on where they surface, so the whole cause chain is searched.
 */
final class MalformedInput {

    /** RESTEasy names the parameter as {@code QueryParam("page")} in its conversion failure message. */
    private static final Pattern PARAMETER = Pattern.compile("(Query|Path|Matrix|Header|Cookie|Form)Param\\(\"([^\"]*)\"\\)");
    private static final Pattern VALUE = Pattern.compile("value is '([^']*)'");

    private MalformedInput() {
    }

    /** A 400 for a body that is not JSON or does not bind, naming line and column when the parser knows them. */
    static Optional<ProblemException> jsonBody(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonParsingException parsing) {
                JsonLocation at = parsing.getLocation();
                String where = at == null ? "" : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
                String detail = "The request body is not valid JSON" + where;
                return Optional.of(ProblemException.badRequest(detail,
                        List.of(new FieldError("", "json.syntax", detail + ": " + parsing.getMessage()))));
            }
        }
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonbException || t instanceof jakarta.json.JsonException) {
                String message = "The request body cannot be read as JSON of the expected shape: " + rootMessage(t);
                return Optional.of(ProblemException.badRequest("", "json.binding", message));
            }
        }
        return Optional.empty();
    }

    /** A 400 naming the parameter when the runtime failed to convert one (it would otherwise answer 404). */
    static Optional<ProblemException> parameter(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String text = t.getMessage();
            Matcher name = text == null ? null : PARAMETER.matcher(text);
            if (name != null && name.find()) {
                Matcher value = VALUE.matcher(text);
                String shown = value.find() ? "'" + value.group(1) + "'" : "the given value";
                String message = "Parameter '" + name.group(2) + "' has an invalid value " + shown;
                return Optional.of(ProblemException.badRequest(name.group(2), "type", message));
            }
        }
        return Optional.empty();
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
