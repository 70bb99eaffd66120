package io.govshare.geo.style;

import io.govshare.geo.GeoInputException;

import java.awt.Color;
import java.util.List;

/**
 * A map style as data, parsed from a small JSON document by {@link StyleJson}:
 * <pre>
 * {
 *   "choropleth": {"property": "count", "breaks": [10, 50, 100],
 *                  "colors": ["#fee5d9", "#fcae91", "#fb6a4a", "#cb181d"],
 *                  "suppressedColor": "#bdbdbd", "outlineColor": "#ffffff"},
 *   "heatmap": {"radius": 20, "maxDensity": 8,
 *               "gradient": [{"stop": 0, "color": "#2c7bb600"}, {"stop": 0.5, "color": "#ffffbf"}, {"stop": 1, "color": "#d7191c"}]}
 * }
 * </pre>
 * Either part may be absent, not both. Colours are {@code #rrggbb} or {@code #rrggbbaa}.
 */
public record MapStyle(Choropleth choropleth, Heatmap heatmap) {

    public MapStyle {
        if (choropleth == null && heatmap == null) {
            throw new GeoInputException("style", "needs a choropleth or a heatmap");
        }
    }

    /**
     * Class breaks and one more colour than breaks: class 0 is below breaks[0], class i is
     * [breaks[i-1], breaks[i]), the last is at or above the last break.
     */
    public record Choropleth(String property, List<Double> breaks, List<Color> colors, Color suppressedColor,
                             Color outlineColor) {

        public Choropleth {
            breaks = List.copyOf(breaks);
            colors = List.copyOf(colors);
            if (colors.size() != breaks.size() + 1) {
                throw new GeoInputException("choropleth.colors", "needs one colour more than breaks ("
                        + (breaks.size() + 1) + "), got " + colors.size());
            }
            for (int i = 1; i < breaks.size(); i++) {
                if (!(breaks.get(i) > breaks.get(i - 1))) {
                    throw new GeoInputException("choropleth.breaks[" + i + "]", "must be greater than breaks["
                            + (i - 1) + "] (" + breaks.get(i - 1) + "): breaks are sorted ascending, got " + breaks.get(i));
                }
            }
        }

        public int classOf(double value) {
            int c = 0;
            while (c < breaks.size() && value >= breaks.get(c)) {
                c++;
            }
            return c;
        }

        public Color colorOf(double value) {
            return colors.get(classOf(value));
        }
    }

    /** A kernel density surface: radius in pixels, density mapped to the gradient's top, colour stops. */
    public record Heatmap(int radius, double maxDensity, List<Stop> gradient) {

        public Heatmap {
            if (radius < 1 || radius > 128) {
                throw new GeoInputException("heatmap.radius", "must be between 1 and 128 pixels, got " + radius);
            }
            if (!(maxDensity > 0) || Double.isInfinite(maxDensity)) {
                throw new GeoInputException("heatmap.maxDensity", "must be a positive number, got " + maxDensity);
            }
            gradient = List.copyOf(gradient);
            if (gradient.size() < 2) {
                throw new GeoInputException("heatmap.gradient", "needs at least two stops");
            }
            for (int i = 0; i < gradient.size(); i++) {
                double stop = gradient.get(i).stop();
                if (!(stop >= 0 && stop <= 1)) {
                    throw new GeoInputException("heatmap.gradient[" + i + "].stop", "must be within 0 to 1, got " + stop);
                }
                if (i > 0 && !(stop > gradient.get(i - 1).stop())) {
                    throw new GeoInputException("heatmap.gradient[" + i + "].stop", "must be greater than the stop before it");
                }
            }
        }

        /** The colour at a fraction 0..1 of {@link #maxDensity}, interpolated between stops (alpha too). */
        public Color colorAt(double fraction) {
            double f = Math.max(0, Math.min(1, fraction));
            Stop lower = gradient.get(0);
            if (f <= lower.stop()) {
                return lower.color();
            }
            for (Stop upper : gradient) {
                if (f <= upper.stop()) {
                    double t = (f - lower.stop()) / (upper.stop() - lower.stop());
                    return mix(lower.color(), upper.color(), t);
                }
                lower = upper;
            }
            return lower.color();
        }

        private static Color mix(Color a, Color b, double t) {
            return new Color(channel(a.getRed(), b.getRed(), t), channel(a.getGreen(), b.getGreen(), t),
                    channel(a.getBlue(), b.getBlue(), t), channel(a.getAlpha(), b.getAlpha(), t));
        }

        private static int channel(int a, int b, double t) {
            return (int) Math.round(a + (b - a) * t);
        }
    }

    /** One stop of a colour ramp: the value at which {@code color} applies. */
    public record Stop(double stop, Color color) {
    }
}
