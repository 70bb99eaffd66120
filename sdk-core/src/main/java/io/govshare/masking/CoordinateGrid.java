package io.govshare.masking;

import java.util.regex.Pattern;

/**
 * GENERALISE_COORDINATES: longitude and latitude in degrees (CGCS2000 or WGS84; always written longitude first,
 * whatever the CRS's axis order) snapped to the centre of their cell in a grid of fixed degree steps. The
 * latitude step is {@code cellMeters} on a sphere of the Earth's mean radius; the longitude step is the same
 * distance at the reference latitude, so a column of longitudes alone and a column of pairs give the same cells.
 * At 45°N a 500 m cell is about 580 m wide, at 20°N about 430 m. Centres are written with 6 decimals.
 */
final class CoordinateGrid {

    enum Axis { PAIR, LON, LAT }

    private static final double METRES_PER_DEGREE = 6_371_008.8 * Math.PI / 180;
    private static final String WKT_POINT = "POINT";
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private final double latStep;
    private final double lonStep;
    private final Axis axis;

    CoordinateGrid(int cellMeters, double referenceLatitude, Axis axis) {
        this.latStep = cellMeters / METRES_PER_DEGREE;
        this.lonStep = latStep / Math.cos(Math.toRadians(referenceLatitude));
        this.axis = axis;
    }

    ValueMasker masker() {
        return switch (axis) {
            case LON -> value -> single(value, lonStep, 180);
            case LAT -> value -> single(value, latStep, 90);
            case PAIR -> this::pair;
        };
    }

    private static String single(String value, double step, double limit) {
        double x = number(value, limit);
        return Double.isNaN(x) ? null : format(snap(x, step, limit));
    }

    private String pair(String value) {
        String text = value.strip();
        boolean wkt = text.regionMatches(true, 0, WKT_POINT, 0, WKT_POINT.length());
        String lon;
        String lat;
        if (wkt) {
            String rest = text.substring(WKT_POINT.length()).strip();
            if (!rest.startsWith("(") || !rest.endsWith(")")) {
                return null;
            }
            String[] parts = WHITE_SPACE.split(rest.substring(1, rest.length() - 1).strip());
            if (parts.length != 2) {
                return null;
            }
            lon = parts[0];
            lat = parts[1];
        } else {
            int comma = text.indexOf(',');
            if (comma < 0 || text.indexOf(',', comma + 1) >= 0) {
                return null;
            }
            lon = text.substring(0, comma);
            lat = text.substring(comma + 1);
        }
        double x = number(lon, 180);
        double y = number(lat, 90);
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return null;
        }
        String snappedLon = format(snap(x, lonStep, 180));
        String snappedLat = format(snap(y, latStep, 90));
        return wkt ? "POINT (" + snappedLon + " " + snappedLat + ")" : snappedLon + "," + snappedLat;
    }

    /** A finite decimal number within ±limit, or NaN. */
    private static double number(String text, double limit) {
        String s = text.strip();
        if (s.isEmpty()) {
            return Double.NaN;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // Double.parseDouble also takes "NaN", "Infinity", hex and a trailing 'd': not coordinates.
            if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return Double.NaN;
            }
        }
        try {
            double x = Double.parseDouble(s);
            return Math.abs(x) <= limit ? x : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static double snap(double x, double step, double limit) {
        double centre = (Math.floor(x / step) + 0.5) * step;
        return Math.max(-limit, Math.min(limit, centre));
    }

    private static String format(double x) {
        long micro = Math.round(x * 1_000_000);
        long whole = Math.abs(micro) / 1_000_000;
        long fraction = Math.abs(micro) % 1_000_000;
        String digits = Long.toString(fraction);
        return (micro < 0 ? "-" : "") + whole + "." + "000000".substring(digits.length()) + digits;
    }
}
