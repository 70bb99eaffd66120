package io.govshare.app.platform;

/**
 * One entry of a problem's {@code errors} array.
 *
 * @param field   JSON path of the offending value ({@code dataItems[2].length}), a query parameter name,
 *                or "" for the request as a whole
 * @param rule    stable rule id a client can switch on ({@code required}, {@code json.syntax}, {@code format})
 * @param message what is wrong and how to fix it
 */
public record FieldError(String field, String rule, String message) {

    public FieldError {
        field = field == null ? "" : field;
        rule = rule == null ? "" : rule;
        message = message == null ? "" : message;
    }
}
