package io.govshare.geo.tiles;

import io.govshare.geo.GeoInputException;
import io.govshare.geo.crs.Crs;
import org.locationtech.jts.geom.Envelope;

/**
 * The two tile matrix sets the platform serves, after OGC 2D Tile Matrix Set 2.0 (17-083r4):
 * <ul>
 * <li>{@link #WEB_MERCATOR_QUAD}: EPSG:3857, one 256-pixel tile at zoom 0 covering ±20037508.34 m, each zoom
 * doubling the columns and rows (the XYZ scheme of web maps);</li>
 * <li>{@link #CGCS2000_QUAD}: EPSG:4490 in longitude/latitude, shaped like OGC's WorldCRS84Quad: two tiles of
 * 180°×180° at zoom 0 (columns −180..0 and 0..180), each zoom doubling both. This is also the layout of
 * 天地图's {@code c} (经纬度) matrix set, whose level 1 equals zoom 0 here.</li>
 * </ul>
 * Rows count down from the top edge (north), columns right from the west edge. Bounds are always
 * returned east first (min/max longitude or easting on the Envelope's x).
 */
public enum TileMatrixSet {

    WEB_MERCATOR_QUAD("WebMercatorQuad", Crs.WEB_MERCATOR, 1, -WebMercator.HALF_WORLD, WebMercator.HALF_WORLD,
            2 * WebMercator.HALF_WORLD),
    CGCS2000_QUAD("CGCS2000Quad", Crs.CGCS2000, 2, -180, 90, 180);

    /** Deeper than any map the platform renders; keeps 2^z within an int. */
    public static final int MAX_ZOOM = 24;

    private final String id;
    private final Crs crs;
    private final int columnsAtZero;
    private final double left;
    private final double top;
    private final double tileSpanAtZero;

    TileMatrixSet(String id, Crs crs, int columnsAtZero, double left, double top, double tileSpanAtZero) {
        this.id = id;
        this.crs = crs;
        this.columnsAtZero = columnsAtZero;
        this.left = left;
        this.top = top;
        this.tileSpanAtZero = tileSpanAtZero;
    }

    public String id() {
        return id;
    }

    public Crs crs() {
        return crs;
    }

    public int matrixWidth(int z) {
        return columnsAtZero << checkZoom(z);
    }

    public int matrixHeight(int z) {
        return 1 << checkZoom(z);
    }

    /** The span of one tile at the zoom, in metres or degrees. */
    public double tileSpan(int z) {
        return tileSpanAtZero / (1 << checkZoom(z));
    }

    /**
     * @throws GeoInputException naming {@code z}, {@code x} or {@code y} when outside the matrix
     */
    public TileId tile(int z, int x, int y) {
        checkZoom(z);
        if (x < 0 || x >= matrixWidth(z)) {
            throw new GeoInputException("x", x + " is outside 0.." + (matrixWidth(z) - 1) + " at zoom " + z + " of " + id);
        }
        if (y < 0 || y >= matrixHeight(z)) {
            throw new GeoInputException("y", y + " is outside 0.." + (matrixHeight(z) - 1) + " at zoom " + z + " of " + id);
        }
        return new TileId(z, x, y);
    }

    /** The tile's bounds in the set's CRS, east on the Envelope's x axis (longitude for CGCS2000Quad). */
    public Envelope bounds(TileId tile) {
        tile(tile.z(), tile.x(), tile.y());
        double span = tileSpan(tile.z());
        double minX = left + tile.x() * span;
        double maxY = top - tile.y() * span;
        return new Envelope(minX, minX + span, maxY - span, maxY);
    }

    /**
     * The tile holding a point given east first (easting/northing, or longitude/latitude for CGCS2000Quad).
     * Points on the right or bottom edge of the world belong to the last column or row.
     */
    public TileId tileAt(int z, double east, double north) {
        GeoInputException.requireFinite("east", east);
        GeoInputException.requireFinite("north", north);
        double span = tileSpan(z);
        int x = (int) Math.floor((east - left) / span);
        int y = (int) Math.floor((top - north) / span);
        return tile(z, Math.min(x, matrixWidth(z) - 1), Math.min(y, matrixHeight(z) - 1));
    }

    private static int checkZoom(int z) {
        if (z < 0 || z > MAX_ZOOM) {
            throw new GeoInputException("z", z + " is outside 0.." + MAX_ZOOM);
        }
        return z;
    }
}
