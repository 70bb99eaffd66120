package io.govshare.app.maps;

import io.govshare.geo.output.MapFeature;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * What one viewer gets to see of a layer, decided once per request and shared by tiles and WMS: the layer itself,
 * or — for a point layer and a viewer who is not entitled to it, or a zoom too coarse for single points — its
 * public aggregate. Also the view's name, which keys caches and ETags.
 *
 * @param requested the layer asked for
 * @param drawn     the layer actually drawn
 * @param view      "public", "full" or "aggregate"
 */
record MapView(MapCollection requested, MapCollection drawn, String view) {

    static MapView of(MapCollection requested, boolean entitled, boolean pointsAllowedHere, MapLayers layers) {
        if (requested.access() == MapCollection.Access.PUBLIC) {
            return new MapView(requested, requested, "public");
        }
        if (entitled && pointsAllowedHere) {
            return new MapView(requested, requested, "full");
        }
        MapCollection aggregate = layers.find(requested.aggregateId()).orElseThrow();
        return new MapView(requested, aggregate, "aggregate");
    }

    /** The drawn layer's features whose bounding box meets the longitude/latitude box. */
    List<MapFeature> featuresIn(Envelope lonLat) {
        List<MapFeature> features = new ArrayList<>();
        for (int i = 0; i < drawn.size(); i++) {
            boolean inside = drawn instanceof PointCollection points ? points.within(i, lonLat)
                    : drawn.envelope(i).intersects(lonLat);
            if (inside) {
                features.add(drawn.feature(i));
            }
        }
        return features;
    }
}
