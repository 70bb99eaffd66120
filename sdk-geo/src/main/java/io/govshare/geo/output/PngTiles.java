package io.govshare.geo.output;

import io.govshare.geo.GeoInputException;
import io.govshare.geo.layer.PointLayer;
import io.govshare.geo.style.MapStyle;
import io.govshare.geo.tiles.TileId;
import io.govshare.geo.tiles.TileMatrixSet;
import io.govshare.geo.tiles.WebMercator;
import io.govshare.geo.crs.CrsTransform;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * 256-pixel PNG tiles drawn with Java2D, in either tile matrix set: choropleth polygons filled by the style's
 * class colours (withheld cells in the suppressed colour), kernel-density heat maps of points, and a legend
 * image for the choropleth classes. Fills are drawn without anti-aliasing so that every pixel inside a polygon
 * has exactly its class colour (what a WMS GetFeatureInfo-by-colour or a test reads back).
 */
public final class PngTiles {

    public static final int SIZE = 256;

    private PngTiles() {
    }

    public static byte[] choropleth(TileMatrixSet set, TileId tile, List<MapFeature> features, MapStyle style) {
        MapStyle.Choropleth classes = style.choropleth();
        if (classes == null) {
            throw new GeoInputException("style.choropleth", "is required for a choropleth tile");
        }
        PixelGrid grid = new PixelGrid(set, tile);
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            for (MapFeature f : features) {
                if (!(f.geometry() instanceof Polygonal) || !f.geometry().getEnvelopeInternal().intersects(grid.lonLatBounds)) {
                    continue;
                }
                Path2D path = grid.path(f.geometry());
                g.setColor(fill(f, classes));
                g.fill(path);
                if (classes.outlineColor() != null) {
                    g.setColor(classes.outlineColor());
                    g.setStroke(new BasicStroke(1f));
                    g.draw(path);
                }
            }
        } finally {
            g.dispose();
        }
        return png(image);
    }

    private static Color fill(MapFeature f, MapStyle.Choropleth classes) {
        if (Boolean.TRUE.equals(f.properties().get("suppressed"))) {
            return classes.suppressedColor();
        }
        Object value = f.properties().get(classes.property());
        if (!(value instanceof Number n)) {
            return classes.suppressedColor();
        }
        return classes.colorOf(n.doubleValue());
    }

    /**
     * A quartic-kernel density of the points (each point's kernel peaks at 1 under it and reaches 0 at
     * {@code radius} pixels), coloured by the gradient with {@code maxDensity} at its top. Points up to one
     * radius outside the tile are included, so adjacent tiles join without seams.
     */
    public static byte[] heatmap(TileMatrixSet set, TileId tile, PointLayer points, MapStyle style) {
        MapStyle.Heatmap heat = style.heatmap();
        if (heat == null) {
            throw new GeoInputException("style.heatmap", "is required for a heat-map tile");
        }
        PixelGrid grid = new PixelGrid(set, tile);
        int r = heat.radius();
        double r2 = (double) r * r;
        float[] density = new float[SIZE * SIZE];
        for (int i = 0; i < points.size(); i++) {
            double px = grid.px(points.longitude(i));
            double py = grid.py(points.latitude(i));
            if (px < -r || px > SIZE + r || py < -r || py > SIZE + r) {
                continue;
            }
            int x0 = Math.max(0, (int) Math.floor(px - r));
            int x1 = Math.min(SIZE - 1, (int) Math.ceil(px + r));
            int y0 = Math.max(0, (int) Math.floor(py - r));
            int y1 = Math.min(SIZE - 1, (int) Math.ceil(py + r));
            double weight = points.hasMagnitudes() ? points.magnitude(i) : 1;
            for (int y = y0; y <= y1; y++) {
                double dy = y + 0.5 - py;
                for (int x = x0; x <= x1; x++) {
                    double dx = x + 0.5 - px;
                    double d2 = dx * dx + dy * dy;
                    if (d2 < r2) {
                        double k = 1 - d2 / r2;
                        density[y * SIZE + x] += (float) (weight * k * k);
                    }
                }
            }
        }
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        for (int i = 0; i < density.length; i++) {
            if (density[i] > 0) {
                image.setRGB(i % SIZE, i / SIZE, heat.colorAt(density[i] / heat.maxDensity()).getRGB());
            }
        }
        return png(image);
    }

    /** The choropleth's classes as swatches with their value ranges, and the withheld colour. */
    public static byte[] legend(MapStyle style) {
        MapStyle.Choropleth classes = style.choropleth();
        if (classes == null) {
            throw new GeoInputException("style.choropleth", "is required for a legend");
        }
        int rows = classes.colors().size() + 1;
        BufferedImage image = new BufferedImage(180, 8 + rows * 22, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            for (int i = 0; i < rows; i++) {
                int y = 4 + i * 22;
                boolean suppressedRow = i == rows - 1;
                g.setColor(suppressedRow ? classes.suppressedColor() : classes.colors().get(i));
                g.fillRect(6, y, 24, 16);
                g.setColor(Color.DARK_GRAY);
                g.drawRect(6, y, 24, 16);
                g.drawString(suppressedRow ? "withheld" : label(classes.breaks(), i), 38, y + 13);
            }
        } finally {
            g.dispose();
        }
        return png(image);
    }

    static String label(List<Double> breaks, int c) {
        if (breaks.isEmpty()) {
            return "all";
        }
        if (c == 0) {
            return "< " + number(breaks.get(0));
        }
        if (c == breaks.size()) {
            return ">= " + number(breaks.get(c - 1));
        }
        return number(breaks.get(c - 1)) + " - < " + number(breaks.get(c));
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Longitude/latitude → pixel in one tile of one matrix set. */
    private static final class PixelGrid {
        private final boolean mercator;
        private final Envelope bounds;
        private final Envelope lonLatBounds;
        private final double scale;

        PixelGrid(TileMatrixSet set, TileId tile) {
            this.mercator = set == TileMatrixSet.WEB_MERCATOR_QUAD;
            this.bounds = set.bounds(tile);
            this.scale = SIZE / bounds.getWidth();
            this.lonLatBounds = mercator
                    ? new Envelope(WebMercator.longitude(bounds.getMinX()), WebMercator.longitude(bounds.getMaxX()),
                    WebMercator.latitude(bounds.getMinY()), WebMercator.latitude(bounds.getMaxY()))
                    : bounds;
        }

        double px(double longitude) {
            double x = mercator ? WebMercator.x(longitude) : longitude;
            return (x - bounds.getMinX()) * scale;
        }

        double py(double latitude) {
            double y = mercator ? WebMercator.y(Math.max(-CrsTransform.WEB_MERCATOR_MAX_LATITUDE,
                    Math.min(CrsTransform.WEB_MERCATOR_MAX_LATITUDE, latitude))) : latitude;
            return (bounds.getMaxY() - y) * scale;
        }

        Path2D path(Geometry polygonal) {
            Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            for (int i = 0; i < polygonal.getNumGeometries(); i++) {
                Polygon p = (Polygon) polygonal.getGeometryN(i);
                ring(path, p.getExteriorRing().getCoordinates());
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    ring(path, p.getInteriorRingN(h).getCoordinates());
                }
            }
            return path;
        }

        private void ring(Path2D path, Coordinate[] ring) {
            path.moveTo(px(ring[0].x), py(ring[0].y));
            for (int i = 1; i < ring.length; i++) {
                path.lineTo(px(ring[i].x), py(ring[i].y));
            }
            path.closePath();
        }
    }
}
