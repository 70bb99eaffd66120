package io.govshare.masking.scan;

/**
 * What a recognizer knows about a text besides the text itself.
 *
 * @param fieldName the name of the record field the text is the value of (e.g. 联系人手机), or null for free text
 *                  with no field
 */
public record ScanContext(String fieldName) {

    /** Free text that belongs to no field. */
    public static final ScanContext NONE = new ScanContext(null);

    public static ScanContext field(String fieldName) {
        return new ScanContext(fieldName);
    }
}
