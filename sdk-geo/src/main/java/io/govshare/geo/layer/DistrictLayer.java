package io.govshare.geo.layer;

import io.govshare.geo.GeoInputException;
import io.govshare.geo.crs.Position;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A polygon layer of districts keyed by GB/T 2260 code, indexed for point-in-polygon look-ups: an STRtree of
 * the districts' envelopes picks candidates, a PreparedGeometry of each answers {@code covers}.
 * <p>
 * A point on a boundary shared by two districts is covered by both; it is given to the one with the lower
 * code, so every point is counted exactly once and the answer does not depend on input order. Points in a
 * hole belong to the district that fills the hole, or to none.
 */
public final class DistrictLayer {

    static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4490);

    private final String name;
    private final List<District> districts;
    private final List<PreparedGeometry> prepared;
    private final STRtree index = new STRtree();

    public DistrictLayer(String name, List<District> districts) {
        this.name = name;
        List<District> sorted = new ArrayList<>(districts);
        Collections.sort(sorted, (a, b) -> a.code().compareTo(b.code()));
        Set<AdminCode> seen = new HashSet<>();
        List<PreparedGeometry> prep = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            District d = sorted.get(i);
            if (!seen.add(d.code())) {
                throw new GeoInputException("districts", "code " + d.code() + " appears twice in layer " + name);
            }
            prep.add(PreparedGeometryFactory.prepare(d.area()));
            index.insert(d.area().getEnvelopeInternal(), i);
        }
        index.build();
        this.districts = List.copyOf(sorted);
        this.prepared = prep;
    }

    public String name() {
        return name;
    }

    /** The districts in code order; {@link #locate} answers an index into this list. */
    public List<District> districts() {
        return districts;
    }

    /**
     * The index of the district covering the longitude/latitude, or -1 if none does.
     *
     * @throws GeoInputException naming {@code longitude} or {@code latitude} if out of range
     */
    public int locate(double longitude, double latitude) {
        Position.checkLongitude(longitude);
        Position.checkLatitude(latitude);
        @SuppressWarnings("unchecked")
        List<Integer> candidates = index.query(new Envelope(longitude, longitude, latitude, latitude));
        if (candidates.isEmpty()) {
            return -1;
        }
        Point point = GEOMETRY.createPoint(new Coordinate(longitude, latitude));
        int best = -1;
        for (int i : candidates) {
            // lower index = lower code: the boundary rule
            if ((best < 0 || i < best) && prepared.get(i).covers(point)) {
                best = i;
            }
        }
        return best;
    }

    public District district(AdminCode code) {
        for (District d : districts) {
            if (d.code().equals(code)) {
                return d;
            }
        }
        return null;
    }
}
