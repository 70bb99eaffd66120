package io.govshare.geo.output;

import io.govshare.geo.crs.CrsTransform;
import io.govshare.geo.tiles.WebMercator;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/** Longitude/latitude geometries → EPSG:3857 metres, latitudes clamped to the square world. */
final class Mercator {

    private Mercator() {
    }

    /** The EPSG:3857 box of a longitude/latitude box (both axes of the projection are monotonic). */
    static Envelope projectEnvelope(Envelope lonLat) {
        return new Envelope(WebMercator.x(lonLat.getMinX()), WebMercator.x(lonLat.getMaxX()),
                WebMercator.y(clamp(lonLat.getMinY())), WebMercator.y(clamp(lonLat.getMaxY())));
    }

    /**
     * Longitude/latitude straight to a vector tile's integer grid (origin top left, y down): EPSG:3857, then the
     * tile's affine map and rounding, as mapbox-vector-tile-java does after clipping, in a single pass.
     */
    static Geometry projectOntoTile(Geometry lonLat, Envelope tile, int extent) {
        double scaleX = extent / tile.getWidth();
        double scaleY = extent / tile.getHeight();
        return transformed(lonLat, (lon, lat, xy) -> {
            xy[0] = Math.round((WebMercator.x(lon) - tile.getMinX()) * scaleX);
            xy[1] = Math.round(extent - (WebMercator.y(clamp(lat)) - tile.getMinY()) * scaleY);
        });
    }

    static Geometry project(Geometry lonLat) {
        return transformed(lonLat, (lon, lat, xy) -> {
            xy[0] = WebMercator.x(lon);
            xy[1] = WebMercator.y(clamp(lat));
        });
    }

    private static double clamp(double latitude) {
        return Math.max(-CrsTransform.WEB_MERCATOR_MAX_LATITUDE, Math.min(CrsTransform.WEB_MERCATOR_MAX_LATITUDE, latitude));
    }

    private interface PointMap {
        void map(double lon, double lat, double[] xy);
    }

    private static Geometry transformed(Geometry lonLat, PointMap map) {
        double[] xy = new double[2];

        Geometry g = lonLat.copy();
        g.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                map.map(seq.getX(i), seq.getY(i), xy);
                seq.setOrdinate(i, 0, xy[0]);
                seq.setOrdinate(i, 1, xy[1]);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return g;
    }
}
