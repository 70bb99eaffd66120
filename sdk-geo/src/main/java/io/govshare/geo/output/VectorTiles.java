package io.govshare.geo.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Envelope;

import io.govshare.geo.GeoInputException;
import io.govshare.geo.tiles.TileId;
import io.govshare.geo.tiles.TileMatrixSet;

/**
 * Mapbox Vector Tiles (spec 2.1) in WebMercatorQuad: geometries are projected to the tile's integer grid (extent
 * 4096, y down), clipped to the tile plus a buffer, and written by {@link MvtWriter}. Features whose box misses the
 * buffered tile are skipped before any coordinate is projected.
 */
public final class VectorTiles {

    public static final int EXTENT = 4096;
    /** In tile units: 64/4096 of a tile each side, enough for strokes and labels that cross the edge. */
    public static final int DEFAULT_BUFFER = 64;

    private VectorTiles() {
    }

    /**
     * @param layers layer name → features (longitude/latitude); a feature without geometry is skipped
     * @param buffer tile units beyond each edge kept before clipping, 0–{@value #EXTENT}
     */
    public static byte[] encode(TileId tile, Map<String, List<MapFeature>> layers, int buffer) {
        if (buffer < 0 || buffer > EXTENT) {
            throw new GeoInputException("buffer", "must be between 0 and " + EXTENT + " tile units, got " + buffer);
        }
        Envelope bounds = TileMatrixSet.WEB_MERCATOR_QUAD.bounds(tile);
        Envelope clip = new Envelope(bounds);
        clip.expandBy(bounds.getWidth() * buffer / EXTENT);
        Map<String, List<MapFeature>> near = new LinkedHashMap<>();
        for (Map.Entry<String, List<MapFeature>> layer : layers.entrySet()) {
            List<MapFeature> kept = new ArrayList<>();
            for (MapFeature f : layer.getValue()) {
                // the projection is monotonic in both axes, so the projected corners bound the projected feature
                if (f.geometry() != null && Mercator.projectEnvelope(f.geometry().getEnvelopeInternal()).intersects(clip)) {
                    kept.add(f);
                }
            }
            near.put(layer.getKey(), kept);
        }
        return MvtWriter.encode(bounds, EXTENT, buffer, near);
    }
}
