package io.govshare.geo.output;

import io.govshare.geo.crs.CrsTransform;
import io.govshare.geo.tiles.WebMercator;
import org.locationtech.jts.geom.Envelope;

/** Longitude/latitude geometries → EPSG:3857 metres, latitudes clamped to the square world. */
final class Mercator {

    private Mercator() {
    }

    /** The EPSG:3857 box of a longitude/latitude box (both axes of the projection are monotonic). */
    static Envelope projectEnvelope(Envelope lonLat) {
        return new Envelope(WebMercator.x(lonLat.getMinX()), WebMercator.x(lonLat.getMaxX()),
                WebMercator.y(clamp(lonLat.getMinY())), WebMercator.y(clamp(lonLat.getMaxY())));
    }

    private static double clamp(double latitude) {
        return Math.max(-CrsTransform.WEB_MERCATOR_MAX_LATITUDE, Math.min(CrsTransform.WEB_MERCATOR_MAX_LATITUDE, latitude));
    }
}
