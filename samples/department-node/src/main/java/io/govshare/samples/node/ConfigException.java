package io.govshare.samples.node;

/**
 * A node configuration that cannot work: a missing or malformed property, or a mapping that does not fit the
 * catalog entry or the database table. The message names the property and the rule it breaks.
 */
public class ConfigException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
