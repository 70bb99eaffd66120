package io.govshare.geo.output;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

import io.govshare.geo.crs.CrsTransform;
import io.govshare.geo.tiles.WebMercator;

/**
 * Writes Mapbox Vector Tiles (specification 2.1) straight from longitude/latitude geometries: each coordinate is
 * projected once onto the tile's grid, rings and lines are clipped to the buffered tile there (Sutherland–Hodgman
 * for rings, Liang–Barsky for segments), and the protobuf is written by hand. A general encoder builds a JTS
 * geometry, clips it with overlay operations and boxes every command into a message builder — four milliseconds
 * for a tile of a thousand grid cells; this writer needs a fraction of that, and a tile server renders uncached
 * tiles at the rate a map pans.
 * <p>
 * Polygons clipped by Sutherland–Hodgman may keep zero-width slivers along the tile's buffer edge where a concave
 * ring leaves and re-enters it; they lie outside the visible tile (in the buffer) and renderers draw nothing for
 * them. Exterior rings are written clockwise in tile coordinates (positive area, y down) and holes anticlockwise,
 * as the specification requires; rings and lines that collapse when rounded to the grid are dropped.
 */
final class MvtWriter {

    private static final int VERSION = 2;
    private static final int POINT = 1;
    private static final int LINESTRING = 2;
    private static final int POLYGON = 3;
    private static final int MOVE_TO = 1;
    private static final int LINE_TO = 2;
    private static final int CLOSE_PATH = 7;

    private final double minX;
    private final double maxY;
    private final double scaleX;
    private final double scaleY;
    private final double low;
    private final double high;
    private final int extent;

    /** Commands of the feature being written, and the cursor they are relative to. */
    private int[] commands = new int[256];
    private int commandCount;
    private int cursorX;
    private int cursorY;
    /** Scratch: one ring or line in tile coordinates (x, y interleaved), before and after clipping. */
    private double[] ring = new double[64];
    private double[] clipped = new double[64];

    private MvtWriter(Envelope tileBounds, int extent, int buffer) {
        this.minX = tileBounds.getMinX();
        this.maxY = tileBounds.getMaxY();
        this.scaleX = extent / tileBounds.getWidth();
        this.scaleY = extent / tileBounds.getHeight();
        this.low = -buffer;
        this.high = extent + buffer;
        this.extent = extent;
    }

    /**
     * @param tileBounds the tile in EPSG:3857 metres
     * @param layers     layer name → features in longitude/latitude; features without geometry are skipped
     */
    static byte[] encode(Envelope tileBounds, int extent, int buffer, Map<String, List<MapFeature>> layers) {
        MvtWriter writer = new MvtWriter(tileBounds, extent, buffer);
        Protobuf tile = new Protobuf(4096);
        for (Map.Entry<String, List<MapFeature>> layer : layers.entrySet()) {
            tile.message(3, writer.layer(layer.getKey(), layer.getValue()));
        }
        return tile.toByteArray();
    }

    private Protobuf layer(String name, List<MapFeature> features) {
        Map<String, Integer> keys = new LinkedHashMap<>();
        Map<Object, Integer> values = new LinkedHashMap<>();
        Protobuf layer = new Protobuf(1024);
        layer.varintField(15, VERSION);
        layer.string(1, name);
        Protobuf feature = new Protobuf(256);
        int[] tags = new int[16];
        for (MapFeature f : features) {
            if (f.geometry() == null || f.geometry().isEmpty()) {
                continue;
            }
            int tagCount = 0;
            for (Map.Entry<String, Object> property : f.properties().entrySet()) {
                Object value = normalised(property.getValue());
                if (value == null) {
                    continue;
                }
                if (tagCount + 2 > tags.length) {
                    tags = Arrays.copyOf(tags, tags.length * 2);
                }
                tags[tagCount++] = keys.computeIfAbsent(property.getKey(), k -> keys.size());
                tags[tagCount++] = values.computeIfAbsent(value, v -> values.size());
            }
            for (Geometry part : parts(f.geometry())) {
                int type = geometry(part);
                if (type == 0) {
                    continue; // nothing of it inside the buffered tile
                }
                feature.reset();
                feature.packed(2, tags, tagCount);
                feature.varintField(3, type);
                feature.packed(4, commands, commandCount);
                layer.message(2, feature);
            }
        }
        for (String key : keys.keySet()) {
            layer.string(3, key);
        }
        Protobuf value = new Protobuf(32);
        for (Object v : values.keySet()) {
            value.reset();
            if (v instanceof String s) {
                value.string(1, s);
            } else if (v instanceof Double d) {
                value.fixed64(3, Double.doubleToRawLongBits(d));
            } else if (v instanceof Float f) {
                value.fixed32(2, Float.floatToRawIntBits(f));
            } else if (v instanceof Long l) {
                value.varintField(4, l);
            } else {
                value.varintField(7, ((Boolean) v) ? 1 : 0);
            }
            layer.message(4, value);
        }
        layer.varintField(5, extent);
        return layer;
    }

    /** Property values as MVT types: integers as int64, other numbers as they are, anything else as text. */
    private static Object normalised(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Double
                || value instanceof Float || value instanceof Long) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        return value.toString();
    }

    /** A feature of one MVT type per part: a mixed collection becomes one feature per member. */
    private static List<Geometry> parts(Geometry geometry) {
        if (geometry instanceof GeometryCollection collection && !(geometry instanceof MultiPoint)
                && !(geometry instanceof MultiLineString) && !(geometry instanceof MultiPolygon)) {
            List<Geometry> parts = new ArrayList<>();
            for (int i = 0; i < collection.getNumGeometries(); i++) {
                parts.addAll(parts(collection.getGeometryN(i)));
            }
            return parts;
        }
        return List.of(geometry);
    }

    /** Writes the commands of {@code geometry}; returns its MVT type, or 0 if nothing of it is left. */
    private int geometry(Geometry geometry) {
        commandCount = 0;
        cursorX = 0;
        cursorY = 0;
        if (geometry instanceof Point || geometry instanceof MultiPoint) {
            return points(geometry) ? POINT : 0;
        }
        boolean any = false;
        if (geometry instanceof LineString || geometry instanceof MultiLineString) {
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                any |= line(((LineString) geometry.getGeometryN(i)).getCoordinateSequence());
            }
            return any ? LINESTRING : 0;
        }
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Polygon polygon = (Polygon) geometry.getGeometryN(i);
            if (!ring(polygon.getExteriorRing().getCoordinateSequence(), true)) {
                continue; // holes of a vanished exterior go with it
            }
            any = true;
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                ring(polygon.getInteriorRingN(h).getCoordinateSequence(), false);
            }
        }
        return any ? POLYGON : 0;
    }

    private boolean points(Geometry geometry) {
        int header = reserve();
        int count = 0;
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Point point = (Point) geometry.getGeometryN(i);
            if (point.isEmpty()) {
                continue;
            }
            double x = tileX(point.getX());
            double y = tileY(point.getY());
            if (x < low || x > high || y < low || y > high) {
                continue;
            }
            moveOrLine(Math.round(x), Math.round(y));
            count++;
        }
        commands[header] = command(MOVE_TO, count);
        return count > 0;
    }

    /** One line, split where it leaves the buffered tile; false if no part of two distinct points is left. */
    private boolean line(CoordinateSequence coordinates) {
        int n = project(coordinates);
        boolean any = false;
        partSize = 0;
        double[] segment = new double[4];
        for (int i = 0; i + 1 < n; i++) {
            System.arraycopy(ring, 2 * i, segment, 0, 4);
            if (!clipSegment(segment)) {
                any |= emitPart();
                continue;
            }
            // a segment that starts outside follows one that ended outside, which closed the part before it
            boolean endClipped = segment[2] != ring[2 * i + 2] || segment[3] != ring[2 * i + 3];
            addToPart(Math.round(segment[0]), Math.round(segment[1]));
            addToPart(Math.round(segment[2]), Math.round(segment[3]));
            if (endClipped) {
                any |= emitPart();
            }
        }
        return emitPart() | any;
    }

    /** The line part being collected, rounded, without repeated points. */
    private long[] partX = new long[64];
    private long[] partY = new long[64];
    private int partSize;

    private void addToPart(long x, long y) {
        if (partSize > 0 && partX[partSize - 1] == x && partY[partSize - 1] == y) {
            return;
        }
        if (partSize == partX.length) {
            partX = Arrays.copyOf(partX, partSize * 2);
            partY = Arrays.copyOf(partY, partSize * 2);
        }
        partX[partSize] = x;
        partY[partSize] = y;
        partSize++;
    }

    /** Writes the collected part as MoveTo + LineTo if it has two distinct points; clears it either way. */
    private boolean emitPart() {
        int size = partSize;
        partSize = 0;
        if (size < 2) {
            return false;
        }
        commands[reserve()] = command(MOVE_TO, 1);
        moveOrLine(partX[0], partY[0]);
        commands[reserve()] = command(LINE_TO, size - 1);
        for (int i = 1; i < size; i++) {
            moveOrLine(partX[i], partY[i]);
        }
        return true;
    }

    /** One ring, clipped and rounded; false (nothing written) if fewer than three distinct points are left. */
    private boolean ring(CoordinateSequence coordinates, boolean exterior) {
        int n = project(coordinates);
        if (n > 1 && ring[0] == ring[2 * n - 2] && ring[1] == ring[2 * n - 1]) {
            n--; // the closing point: ClosePath stands for it
        }
        double[] points = ring;
        if (!inside(ring, n)) {
            n = clipRing(n);
            points = clipped;
        }
        // round onto the grid, dropping repeats (also the last if it equals the first)
        long[] xs = new long[n];
        long[] ys = new long[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            long x = Math.round(points[2 * i]);
            long y = Math.round(points[2 * i + 1]);
            if (m == 0 || x != xs[m - 1] || y != ys[m - 1]) {
                xs[m] = x;
                ys[m] = y;
                m++;
            }
        }
        while (m > 1 && xs[m - 1] == xs[0] && ys[m - 1] == ys[0]) {
            m--;
        }
        if (m < 3) {
            return false;
        }
        long twiceArea = 0;
        for (int i = 0; i < m; i++) {
            int j = (i + 1) % m;
            twiceArea += xs[i] * ys[j] - xs[j] * ys[i];
        }
        if (twiceArea == 0) {
            return false;
        }
        boolean reverse = exterior ? twiceArea < 0 : twiceArea > 0;
        commands[reserve()] = command(MOVE_TO, 1);
        moveOrLine(xs[reverse ? m - 1 : 0], ys[reverse ? m - 1 : 0]);
        commands[reserve()] = command(LINE_TO, m - 1);
        for (int k = 1; k < m; k++) {
            int i = reverse ? m - 1 - k : k;
            moveOrLine(xs[i], ys[i]);
        }
        commands[reserve()] = command(CLOSE_PATH, 1);
        return true;
    }

    /** Projects a coordinate sequence into {@link #ring} (tile units, not rounded); returns the point count. */
    private int project(CoordinateSequence coordinates) {
        int n = coordinates.size();
        if (ring.length < 2 * n) {
            ring = new double[2 * n + 16];
        }
        for (int i = 0; i < n; i++) {
            ring[2 * i] = tileX(coordinates.getX(i));
            ring[2 * i + 1] = tileY(coordinates.getY(i));
        }
        return n;
    }

    private boolean inside(double[] points, int n) {
        for (int i = 0; i < 2 * n; i++) {
            if (points[i] < low || points[i] > high) {
                return false;
            }
        }
        return true;
    }

    /** Sutherland–Hodgman against the four edges of the buffered tile; result in {@link #clipped}. */
    private int clipRing(int n) {
        double[] in = Arrays.copyOf(ring, 2 * n);
        int count = n;
        for (int edge = 0; edge < 4 && count > 0; edge++) {
            double[] out = new double[2 * (2 * count + 1)];
            int m = 0;
            for (int i = 0; i < count; i++) {
                double ax = in[2 * ((i + count - 1) % count)];
                double ay = in[2 * ((i + count - 1) % count) + 1];
                double bx = in[2 * i];
                double by = in[2 * i + 1];
                boolean aIn = keeps(edge, ax, ay);
                boolean bIn = keeps(edge, bx, by);
                if (bIn) {
                    if (!aIn) {
                        m = crossing(edge, ax, ay, bx, by, out, m);
                    }
                    out[2 * m] = bx;
                    out[2 * m + 1] = by;
                    m++;
                } else if (aIn) {
                    m = crossing(edge, ax, ay, bx, by, out, m);
                }
            }
            in = out;
            count = m;
        }
        clipped = in;
        return count;
    }

    private boolean keeps(int edge, double x, double y) {
        return switch (edge) {
            case 0 -> x >= low;
            case 1 -> x <= high;
            case 2 -> y >= low;
            default -> y <= high;
        };
    }

    private int crossing(int edge, double ax, double ay, double bx, double by, double[] out, int m) {
        double x;
        double y;
        if (edge < 2) {
            x = edge == 0 ? low : high;
            y = ay + (by - ay) * (x - ax) / (bx - ax);
        } else {
            y = edge == 2 ? low : high;
            x = ax + (bx - ax) * (y - ay) / (by - ay);
        }
        out[2 * m] = x;
        out[2 * m + 1] = y;
        return m + 1;
    }

    /** Liang–Barsky: clips the segment in place; false if it misses the buffered tile. */
    private boolean clipSegment(double[] s) {
        double t0 = 0;
        double t1 = 1;
        double dx = s[2] - s[0];
        double dy = s[3] - s[1];
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {s[0] - low, high - s[0], s[1] - low, high - s[1]};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
                if (t0 > t1) {
                    return false;
                }
            }
        }
        double x0 = s[0];
        double y0 = s[1];
        s[0] = x0 + t0 * dx;
        s[1] = y0 + t0 * dy;
        s[2] = x0 + t1 * dx;
        s[3] = y0 + t1 * dy;
        return true;
    }

    private double tileX(double longitude) {
        return (WebMercator.x(longitude) - minX) * scaleX;
    }

    private double tileY(double latitude) {
        double clamped = Math.max(-CrsTransform.WEB_MERCATOR_MAX_LATITUDE,
                Math.min(CrsTransform.WEB_MERCATOR_MAX_LATITUDE, latitude));
        return (maxY - WebMercator.y(clamped)) * scaleY;
    }

    /** Appends a point as its delta from the cursor (zigzag-encoded), and moves the cursor. */
    private void moveOrLine(long x, long y) {
        int dx = (int) (x - cursorX);
        int dy = (int) (y - cursorY);
        commands[reserve()] = zigzag(dx);
        commands[reserve()] = zigzag(dy);
        cursorX = (int) x;
        cursorY = (int) y;
    }

    private int reserve() {
        if (commandCount == commands.length) {
            commands = Arrays.copyOf(commands, commands.length * 2);
        }
        return commandCount++;
    }

    private static int command(int id, int count) {
        return (id & 0x7) | (count << 3);
    }

    private static int zigzag(int n) {
        return (n << 1) ^ (n >> 31);
    }

    /** The protobuf wire format, as much of it as a vector tile needs. */
    private static final class Protobuf {
        private byte[] bytes;
        private int size;

        Protobuf(int capacity) {
            bytes = new byte[capacity];
        }

        void reset() {
            size = 0;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, size);
        }

        private void ensure(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }

        private void varint(long value) {
            ensure(10);
            while ((value & ~0x7FL) != 0) {
                bytes[size++] = (byte) ((value & 0x7F) | 0x80);
                value >>>= 7;
            }
            bytes[size++] = (byte) value;
        }

        private static int varintSize(int value) {
            long v = value & 0xFFFFFFFFL;
            int n = 1;
            while (v >= 0x80) {
                v >>>= 7;
                n++;
            }
            return n;
        }

        void varintField(int field, long value) {
            varint((long) field << 3);
            varint(value);
        }

        void fixed32(int field, int value) {
            varint(((long) field << 3) | 5);
            ensure(4);
            for (int i = 0; i < 4; i++) {
                bytes[size++] = (byte) (value >>> (8 * i));
            }
        }

        void fixed64(int field, long value) {
            varint(((long) field << 3) | 1);
            ensure(8);
            for (int i = 0; i < 8; i++) {
                bytes[size++] = (byte) (value >>> (8 * i));
            }
        }

        void string(int field, String value) {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            varint(((long) field << 3) | 2);
            varint(utf8.length);
            ensure(utf8.length);
            System.arraycopy(utf8, 0, bytes, size, utf8.length);
            size += utf8.length;
        }

        void message(int field, Protobuf message) {
            varint(((long) field << 3) | 2);
            varint(message.size);
            ensure(message.size);
            System.arraycopy(message.bytes, 0, bytes, size, message.size);
            size += message.size;
        }

        /** A packed repeated uint32 field; empty writes nothing. */
        void packed(int field, int[] values, int count) {
            if (count == 0) {
                return;
            }
            int length = 0;
            for (int i = 0; i < count; i++) {
                length += varintSize(values[i]);
            }
            varint(((long) field << 3) | 2);
            varint(length);
            for (int i = 0; i < count; i++) {
                varint(values[i] & 0xFFFFFFFFL);
            }
        }
    }
}
