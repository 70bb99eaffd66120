package io.govshare.app.maps;

import io.govshare.geo.output.MapFeature;
import io.govshare.geo.style.MapStyle;
import io.govshare.geo.tiles.WebMercator;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.locationtech.jts.awt.ShapeWriter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;

/**
 * A WMS map of any box and size (tiles have their own fixed grid in the SDK's {@code PngTiles}): polygons filled
 * with their choropleth class colour (withheld cells in the style's withheld colour), points as small dots in the
 * heat map's top colour. The box is east-first, in degrees ({@code mercator} false) or EPSG:3857 metres.
 */
final class MapImage {

    private final Envelope box;
    private final boolean mercator;
    private final BufferedImage image;
    private final Graphics2D g;
    /** JTS's own Java2D adapter, fed our longitude/latitude → pixel transformation. */
    private final ShapeWriter shapes;

    MapImage(Envelope box, boolean mercator, int width, int height, Color background) {
        this.box = box;
        this.mercator = mercator;
        this.image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        this.g = image.createGraphics();
        this.shapes = new ShapeWriter((c, pixel) -> pixel.setLocation(px(c.x), py(c.y)));
        shapes.setRemoveDuplicatePoints(true);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        if (background != null) {
            g.setColor(background);
            g.fillRect(0, 0, width, height);
        }
    }

    /** The longitude/latitude box the map shows (to select features). */
    Envelope lonLatBox() {
        if (!mercator) {
            return box;
        }
        double limit = WebMercator.HALF_WORLD;
        return new Envelope(WebMercator.longitude(Math.max(-limit, box.getMinX())),
                WebMercator.longitude(Math.min(limit, box.getMaxX())),
                WebMercator.latitude(Math.max(-limit, box.getMinY())), WebMercator.latitude(Math.min(limit, box.getMaxY())));
    }

    void draw(Iterable<MapFeature> features, MapStyle style) {
        Color dot = style.heatmap() != null ? style.heatmap().colorAt(1) : Color.DARK_GRAY;
        for (MapFeature f : features) {
            Geometry geometry = f.geometry();
            if (geometry instanceof Point p) {
                g.setColor(dot);
                g.fillRect((int) Math.floor(px(p.getX())) - 1, (int) Math.floor(py(p.getY())) - 1, 3, 3);
            } else if (geometry instanceof Polygonal && style.choropleth() != null) {
                MapStyle.Choropleth classes = style.choropleth();
                Shape path = shapes.toShape(geometry);
                Object value = f.properties().get(classes.property());
                boolean withheld = Boolean.TRUE.equals(f.properties().get("suppressed")) || !(value instanceof Number);
                g.setColor(withheld ? classes.suppressedColor() : classes.colorOf(((Number) value).doubleValue()));
                g.fill(path);
                if (classes.outlineColor() != null) {
                    g.setColor(classes.outlineColor());
                    g.setStroke(new BasicStroke(1f));
                    g.draw(path);
                }
            }
        }
    }

    byte[] png() {
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private double px(double longitude) {
        double x = mercator ? WebMercator.x(longitude) : longitude;
        return (x - box.getMinX()) / box.getWidth() * image.getWidth();
    }

    private double py(double latitude) {
        double y = mercator ? WebMercator.y(Math.max(-85.0511, Math.min(85.0511, latitude))) : latitude;
        return (box.getMaxY() - y) / box.getHeight() * image.getHeight();
    }
}
