package io.govshare.geo.output;

import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.IGeometryFilter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.JtsAdapter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtEncoder;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.UserDataKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsMvt;
import io.github.sebasbaumh.mapbox.vectortile.build.MvtLayerParams;
import io.govshare.geo.GeoInputException;
import io.govshare.geo.tiles.TileId;
import io.govshare.geo.tiles.TileMatrixSet;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Mapbox Vector Tiles (spec 2.1) in WebMercatorQuad: geometries are projected to EPSG:3857, clipped to the
 * tile plus a buffer, and scaled to the tile's integer grid (extent 4096, y down) by mapbox-vector-tile-java.
 * Features wholly inside the buffered tile (most of them, in a busy tile) skip the library's JTS clipping and
 * simplification: they are projected and rounded onto the grid in one pass, which gives the same integer
 * coordinates; the encoder drops repeated points either way.
 */
public final class VectorTiles {

    public static final int EXTENT = 4096;
    /** In tile units: 64/4096 of a tile each side, enough for strokes and labels that cross the edge. */
    public static final int DEFAULT_BUFFER = 64;

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final MvtLayerParams PARAMS = new MvtLayerParams(EXTENT);
    private static final IGeometryFilter KEEP_ALL = g -> true;

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
        List<JtsLayer> jtsLayers = new ArrayList<>();
        for (Map.Entry<String, List<MapFeature>> layer : layers.entrySet()) {
            List<Geometry> geometries = new ArrayList<>();
            for (MapFeature f : layer.getValue()) {
                if (f.geometry() == null) {
                    continue;
                }
                // the projection is monotonic in both axes, so the projected corners bound the projected feature:
                // features outside the tile are skipped without projecting them
                Envelope extent = Mercator.projectEnvelope(f.geometry().getEnvelopeInternal());
                if (!extent.intersects(clip)) {
                    continue;
                }
                Geometry inTile = clip.contains(extent)
                        // wholly inside: no clipping needed, project straight onto the tile grid
                        ? Mercator.projectOntoTile(f.geometry(), bounds, EXTENT)
                        : JtsAdapter.createTileGeom(Mercator.project(f.geometry()), bounds, clip, GEOMETRY, PARAMS,
                                KEEP_ALL);
                for (int i = 0; i < inTile.getNumGeometries(); i++) {
                    Geometry part = inTile.getGeometryN(i);
                    part.setUserData(new LinkedHashMap<>(f.properties()));
                    geometries.add(part);
                }
            }
            jtsLayers.add(new JtsLayer(layer.getKey(), geometries, EXTENT));
        }
        return MvtEncoder.encode(new JtsMvt(jtsLayers), PARAMS, new UserDataKeyValueMapConverter());
    }
}
