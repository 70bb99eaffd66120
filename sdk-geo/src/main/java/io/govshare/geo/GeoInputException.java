package io.govshare.geo;

/**
 * Input the geo SDK refuses: the message names the field and the rule it breaks, and {@link #field()} gives
 * the field alone so that an HTTP layer can put it into a problem+json body.
 */
public class GeoInputException extends IllegalArgumentException {

    private final String field;

    public GeoInputException(String field, String rule) {
        super(field + ": " + rule);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** @throws GeoInputException unless the value is a finite number */
    public static double requireFinite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new GeoInputException(field, "must be a finite number, got " + value);
        }
        return value;
    }
}
