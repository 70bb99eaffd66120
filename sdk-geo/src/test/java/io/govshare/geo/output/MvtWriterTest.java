package io.govshare.geo.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.JtsAdapter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtEncoder;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtReader;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.TagKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.UserDataKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsMvt;
import io.github.sebasbaumh.mapbox.vectortile.build.MvtLayerParams;
import io.govshare.geo.tiles.TileId;
import io.govshare.geo.tiles.TileMatrixSet;
import io.govshare.geo.tiles.WebMercator;

/**
 * The hand-written MVT writer against an independent implementation: the same features encoded by
 * mapbox-vector-tile-java (JTS clipping and its own encoder), both tiles decoded by that library's reader, and per
 * feature the same type, attributes, area (to the grid's rounding) and bounding box.
 */
class MvtWriterTest {

    private static final GeometryFactory F = new GeometryFactory();
    private static final TileId TILE = TileMatrixSet.WEB_MERCATOR_QUAD.tileAt(12, WebMercator.x(116.40),
            WebMercator.y(39.91));
    private static final Envelope B = TileMatrixSet.WEB_MERCATOR_QUAD.bounds(TILE);
    private static final double WEST = WebMercator.longitude(B.getMinX());
    private static final double EAST = WebMercator.longitude(B.getMaxX());
    private static final double SOUTH = WebMercator.latitude(B.getMinY());
    private static final double NORTH = WebMercator.latitude(B.getMaxY());
    private static final double W = EAST - WEST;
    private static final double H = NORTH - SOUTH;

    @Test
    void gridCellsInsideAcrossAndOutsideTheTileMatchTheLibrary() throws IOException {
        SplittableRandom random = new SplittableRandom(4490);
        List<MapFeature> cells = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            // cells from a quarter tile outside to a quarter tile beyond: inside, across every edge, and outside
            double x = WEST - W / 4 + random.nextDouble() * W * 1.5;
            double y = SOUTH - H / 4 + random.nextDouble() * H * 1.5;
            double size = W / 40 * (0.5 + random.nextDouble());
            Map<String, Object> properties = new HashMap<>();
            properties.put("id", "c" + i);
            properties.put("count", (long) random.nextInt(500));
            properties.put("share", random.nextDouble());
            properties.put("suppressed", random.nextBoolean());
            properties.put("rank", random.nextInt(5));
            cells.add(new MapFeature("c" + i, box(x, y, x + size, y + size), properties));
        }
        compare(Map.of("cells", cells));
    }

    @Test
    void holesConcaveRingsMultiPolygonsLinesAndPointsMatchTheLibrary() throws IOException {
        List<MapFeature> features = new ArrayList<>();
        // a district with a hole, crossing the east edge
        Polygon withHole = F.createPolygon(ring(WEST + W * 0.6, SOUTH + H * 0.2, EAST + W * 0.3, SOUTH + H * 0.8),
                new LinearRing[] {ring(WEST + W * 0.7, SOUTH + H * 0.4, WEST + W * 0.8, SOUTH + H * 0.6)});
        features.add(feature("hole", withHole));
        // a U open to the north whose two arms leave the tile through its north edge
        features.add(feature("u", F.createPolygon(new Coordinate[] {
                c(WEST + W * 0.1, SOUTH + H * 0.5), c(WEST + W * 0.4, SOUTH + H * 0.5), c(WEST + W * 0.4, NORTH + H * 0.2),
                c(WEST + W * 0.3, NORTH + H * 0.2), c(WEST + W * 0.3, SOUTH + H * 0.7), c(WEST + W * 0.2, SOUTH + H * 0.7),
                c(WEST + W * 0.2, NORTH + H * 0.2), c(WEST + W * 0.1, NORTH + H * 0.2), c(WEST + W * 0.1, SOUTH + H * 0.5)})));
        features.add(feature("multi", F.createMultiPolygon(new Polygon[] {
                box(WEST + W * 0.05, SOUTH + H * 0.05, WEST + W * 0.15, SOUTH + H * 0.15),
                box(WEST + W * 0.5, SOUTH - H * 0.1, WEST + W * 0.55, SOUTH + H * 0.1)})));
        features.add(feature("road", F.createLineString(new Coordinate[] {
                c(WEST - W * 0.2, SOUTH + H * 0.3), c(WEST + W * 0.5, SOUTH + H * 0.35), c(EAST + W * 0.2, SOUTH + H * 0.9)})));
        // leaves through the north edge and comes back: two parts
        features.add(feature("loop", F.createLineString(new Coordinate[] {
                c(WEST + W * 0.6, SOUTH + H * 0.8), c(WEST + W * 0.7, NORTH + H * 0.3), c(WEST + W * 0.8, SOUTH + H * 0.8)})));
        features.add(feature("gate", F.createPoint(c(WEST + W * 0.45, SOUTH + H * 0.45))));
        features.add(feature("far", F.createPoint(c(EAST + W, SOUTH))));
        compare(Map.of("mixed", features));
    }

    @Test
    void aFeatureOutsideTheBufferedTileIsLeftOut() throws IOException {
        List<MapFeature> features = List.of(
                new MapFeature("outside", box(EAST + W, NORTH + H, EAST + 2 * W, NORTH + 2 * H), Map.of("id", "o")),
                new MapFeature("x", box(WEST + W * 0.4, SOUTH + H * 0.4, WEST + W * 0.6, SOUTH + H * 0.6),
                        Map.of("id", "x")));
        JtsMvt decoded = decode(VectorTiles.encode(TILE, Map.of("l", features), VectorTiles.DEFAULT_BUFFER));
        List<Geometry> geometries = new ArrayList<>(decoded.getLayer("l").getGeometries());
        assertEquals(1, geometries.size());
        assertEquals("x", attributes(geometries.get(0)).get("id"));
    }

    /** Encodes with both, decodes both, and compares feature by feature (grouped by the "id" attribute). */
    private static void compare(Map<String, List<MapFeature>> layers) throws IOException {
        Map<String, List<Geometry>> ours = byId(decode(VectorTiles.encode(TILE, layers, VectorTiles.DEFAULT_BUFFER)));
        Map<String, List<Geometry>> theirs = byId(decode(library(layers)));
        assertEquals(theirs.keySet(), ours.keySet(), "the same features are in the tile");
        assertTrue(ours.size() > 0);
        for (String id : theirs.keySet()) {
            Geometry a = F.buildGeometry(ours.get(id));
            Geometry b = F.buildGeometry(theirs.get(id));
            assertEquals(b.getDimension(), a.getDimension(), id + ": geometry type");
            assertEquals(attributes(theirs.get(id).get(0)), attributes(ours.get(id).get(0)), id + ": attributes");
            // rounding to the grid moves a vertex by at most half a unit: areas and boxes agree to that
            double tolerance = Math.max(2.0, b.getLength() * 0.5 + 1);
            assertEquals(b.getArea(), a.getArea(), tolerance, id + ": area in tile units²");
            Envelope ea = a.getEnvelopeInternal();
            Envelope eb = b.getEnvelopeInternal();
            assertEquals(eb.getMinX(), ea.getMinX(), 1.0, id + ": box");
            assertEquals(eb.getMaxX(), ea.getMaxX(), 1.0, id + ": box");
            assertEquals(eb.getMinY(), ea.getMinY(), 1.0, id + ": box");
            assertEquals(eb.getMaxY(), ea.getMaxY(), 1.0, id + ": box");
            if (a.getDimension() == 2) {
                assertTrue(a.isValid() || a.buffer(0).getArea() > 0, id + ": decodes to a polygon");
            }
        }
    }

    /** What sdk-geo wrote before its own writer: JTS clipping and encoding by mapbox-vector-tile-java. */
    private static byte[] library(Map<String, List<MapFeature>> layers) {
        MvtLayerParams params = new MvtLayerParams(VectorTiles.EXTENT);
        Envelope clip = new Envelope(B);
        clip.expandBy(B.getWidth() * VectorTiles.DEFAULT_BUFFER / VectorTiles.EXTENT);
        List<JtsLayer> jtsLayers = new ArrayList<>();
        for (Map.Entry<String, List<MapFeature>> layer : layers.entrySet()) {
            List<Geometry> geometries = new ArrayList<>();
            for (MapFeature f : layer.getValue()) {
                Geometry projected = f.geometry().copy();
                projected.apply((org.locationtech.jts.geom.CoordinateFilter) c -> {
                    double x = WebMercator.x(c.x);
                    c.y = WebMercator.y(c.y);
                    c.x = x;
                });
                projected.geometryChanged();
                Geometry inTile = JtsAdapter.createTileGeom(projected, B, clip, F, params, g -> true);
                for (int i = 0; i < inTile.getNumGeometries(); i++) {
                    Geometry part = inTile.getGeometryN(i);
                    part.setUserData(new LinkedHashMap<>(f.properties()));
                    geometries.add(part);
                }
            }
            jtsLayers.add(new JtsLayer(layer.getKey(), geometries, VectorTiles.EXTENT));
        }
        return MvtEncoder.encode(new JtsMvt(jtsLayers), params, new UserDataKeyValueMapConverter());
    }

    /** Decoded as the 2.1 specification says: a ring of positive area (clockwise, y down) starts a polygon. */
    private static JtsMvt decode(byte[] tile) throws IOException {
        return MvtReader.loadMvt(new ByteArrayInputStream(tile), F, new TagKeyValueMapConverter(),
                MvtReader.RING_CLASSIFIER_V2_1);
    }

    private static Map<String, List<Geometry>> byId(JtsMvt mvt) {
        Map<String, List<Geometry>> byId = new HashMap<>();
        for (JtsLayer layer : mvt.getLayers()) {
            for (Geometry g : layer.getGeometries()) {
                for (int i = 0; i < g.getNumGeometries(); i++) {
                    Geometry part = g.getGeometryN(i);
                    if (!part.isEmpty()) {
                        part.setUserData(g.getUserData());
                        byId.computeIfAbsent((String) attributes(g).get("id"), k -> new ArrayList<>()).add(part);
                    }
                }
            }
        }
        return byId;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> attributes(Geometry g) {
        Map<String, Object> attributes = new HashMap<>((Map<String, Object>) g.getUserData());
        attributes.replaceAll((k, v) -> v instanceof Number n && !(v instanceof Double) && !(v instanceof Float)
                ? (Object) n.longValue() : v);
        return attributes;
    }

    private static MapFeature feature(String id, Geometry geometry) {
        return new MapFeature(id, geometry, Map.of("id", id, "name", "要素 " + id));
    }

    private static Coordinate c(double x, double y) {
        return new Coordinate(x, y);
    }

    private static Polygon box(double x0, double y0, double x1, double y1) {
        return F.createPolygon(ring(x0, y0, x1, y1));
    }

    private static LinearRing ring(double x0, double y0, double x1, double y1) {
        return F.createLinearRing(new Coordinate[] {c(x0, y0), c(x1, y0), c(x1, y1), c(x0, y1), c(x0, y0)});
    }
}
