package io.govshare.geo.crs;

import java.util.Objects;

/**
 * A position recovered from GCJ-02 or BD-09 input. The label travels with the value so that a layer or
 * output built from it can say so: the public GCJ-02 formula is a reconstruction of an unpublished algorithm,
 * so the result is within about 1–2 m of the true WGS84/CGCS2000 position, not exact.
 *
 * @param position       the normalised position (CGCS2000, WGS84 or CRS84, as asked)
 * @param source         what the input was
 * @param residualMetres how far the re-obfuscated result lies from the input, a measure of the numerical
 *                       inversion alone (the formula's own error is on top of it)
 */
public record ApproximatePosition(Position position, ObfuscatedDatum source, double residualMetres) {

    public static final String ACCURACY_NOTE = "approximate: converted from an obfuscated consumer-map system "
            + "with the public formula; expect about 1-2 m error";

    public ApproximatePosition {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(source, "source");
    }

    /** Always true: this type exists to carry the label. */
    public boolean approximate() {
        return true;
    }

    public String accuracyNote() {
        return ACCURACY_NOTE;
    }
}
