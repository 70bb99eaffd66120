package io.govshare.masking;

import java.util.List;

/**
 * Masks rows of text (CSV-like) column by column, with the rules {@link RecordMasker#forHeader} looked up for
 * its header. Thread-safe; the input row is not changed.
 */
public final class RowMasker {

    private final List<String> header;
    private final ValueMasker[] columns;

    RowMasker(List<String> header, ValueMasker[] columns) {
        this.header = List.copyOf(header);
        this.columns = columns;
    }

    public List<String> header() {
        return header;
    }

    /**
     * A masked copy of the row.
     *
     * @throws IllegalArgumentException if the row does not have one value per header column
     */
    public String[] mask(String[] row) {
        if (row.length != columns.length) {
            throw new IllegalArgumentException("row has " + row.length + " values, the header " + columns.length
                    + " columns");
        }
        String[] masked = new String[row.length];
        for (int i = 0; i < row.length; i++) {
            masked[i] = columns[i].mask(row[i]);
        }
        return masked;
    }
}
