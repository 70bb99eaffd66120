package io.govshare.app.maps;

import io.govshare.geo.style.MapStyle;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.awt.Color;
import java.util.List;

/**
 * The legend of what one viewer gets drawn for a layer, written from the same {@link MapStyle} the PNG tiles and
 * WMS maps are painted with, so a client's legend (and its own styling of vector tiles) cannot drift from the
 * server's classes. Class i covers [from, to): the first has no lower bound, the last no upper bound.
 */
final class MapLegend {

    private MapLegend() {
    }

    static JsonObject of(MapView view) {
        MapCollection drawn = view.drawn();
        JsonObjectBuilder legend = Json.createObjectBuilder()
                .add("layer", view.requested().id())
                .add("view", view.view())
                .add("drawn", drawn.id())
                .add("title", drawn.title())
                .add("points", drawn.points());
        MapStyle style = drawn.style();
        if (style.choropleth() != null) {
            legend.add("choropleth", choropleth(style.choropleth()));
        }
        if (style.heatmap() != null) {
            JsonArrayBuilder stops = Json.createArrayBuilder();
            for (MapStyle.Stop s : style.heatmap().gradient()) {
                stops.add(Json.createObjectBuilder().add("stop", s.stop()).add("color", hex(s.color())));
            }
            legend.add("heatmap", Json.createObjectBuilder().add("radius", style.heatmap().radius())
                    .add("maxDensity", style.heatmap().maxDensity()).add("gradient", stops));
        }
        return legend.build();
    }

    private static JsonObject choropleth(MapStyle.Choropleth c) {
        List<Double> breaks = c.breaks();
        JsonArrayBuilder classes = Json.createArrayBuilder();
        for (int i = 0; i < c.colors().size(); i++) {
            JsonObjectBuilder cls = Json.createObjectBuilder().add("color", hex(c.colors().get(i)));
            if (i > 0) {
                cls.add("from", breaks.get(i - 1));
            }
            if (i < breaks.size()) {
                cls.add("to", breaks.get(i));
            }
            classes.add(cls);
        }
        JsonObjectBuilder o = Json.createObjectBuilder().add("property", c.property()).add("classes", classes)
                .add("suppressedColor", hex(c.suppressedColor()));
        if (c.outlineColor() != null) {
            o.add("outlineColor", hex(c.outlineColor()));
        }
        return o.build();
    }

    /** {@code #rrggbb}, or {@code #rrggbbaa} when the colour is not opaque: the notation the styles are written in. */
    static String hex(Color color) {
        String rgb = String.format("#%06x", color.getRGB() & 0xffffff);
        return color.getAlpha() == 255 ? rgb : rgb + String.format("%02x", color.getAlpha());
    }
}
