package io.govshare.geo.output;

import io.govshare.geo.crs.CrsTransform;
import io.govshare.geo.tiles.WebMercator;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/** Longitude/latitude geometries → EPSG:3857 metres, latitudes clamped to the square world. */
final class Mercator {

    private Mercator() {
    }

    static Geometry project(Geometry lonLat) {
        Geometry g = lonLat.copy();
        g.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double lat = Math.max(-CrsTransform.WEB_MERCATOR_MAX_LATITUDE,
                        Math.min(CrsTransform.WEB_MERCATOR_MAX_LATITUDE, seq.getY(i)));
                seq.setOrdinate(i, 0, WebMercator.x(seq.getX(i)));
                seq.setOrdinate(i, 1, WebMercator.y(lat));
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
