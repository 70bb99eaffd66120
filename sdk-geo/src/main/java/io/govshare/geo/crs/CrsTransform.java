package io.govshare.geo.crs;

import io.govshare.geo.GeoInputException;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.locationtech.proj4j.ProjectionException;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Converts positions between two supported CRSs with proj4j. proj4j always works east first (longitude,
 * easting); this class is the one place that knows it, and callers speak {@link Position}, whose order is
 * explicit.
 * <p>
 * Thread-safe: proj4j's transform keeps scratch state, so calls are serialised per instance.
 */
public final class CrsTransform {

    /** Web Mercator is undefined at the poles; EPSG:3857 is clipped where the square world ends. */
    public static final double WEB_MERCATOR_MAX_LATITUDE = 85.05112877980659;

    private static final CRSFactory FACTORY = new CRSFactory();
    private static final CoordinateTransformFactory TRANSFORMS = new CoordinateTransformFactory();
    private static final Map<Integer, CoordinateReferenceSystem> LOADED = new ConcurrentHashMap<>();

    private final Crs source;
    private final Crs target;
    private final CoordinateTransform transform;
    private final ProjCoordinate in = new ProjCoordinate();
    private final ProjCoordinate out = new ProjCoordinate();

    private CrsTransform(Crs source, Crs target) {
        this.source = source;
        this.target = target;
        this.transform = TRANSFORMS.createTransform(proj(source), proj(target));
    }

    public static CrsTransform of(Crs source, Crs target) {
        return new CrsTransform(Objects.requireNonNull(source, "source"), Objects.requireNonNull(target, "target"));
    }

    private static CoordinateReferenceSystem proj(Crs crs) {
        return LOADED.computeIfAbsent(crs.epsgCode(), code -> FACTORY.createFromName("EPSG:" + code));
    }

    public Crs source() {
        return source;
    }

    public Crs target() {
        return target;
    }

    /**
     * @throws GeoInputException if the position is not in the source CRS or cannot be projected (such as a
     *                           latitude beyond Web Mercator's ±85.0511°)
     */
    public Position transform(Position position) {
        if (!position.crs().equals(source)) {
            throw new GeoInputException("crs", "position is in " + position.crs().id() + ", transform expects "
                    + source.id());
        }
        if (target.equals(Crs.WEB_MERCATOR) && source.isGeographic()
                && Math.abs(position.north()) > WEB_MERCATOR_MAX_LATITUDE) {
            throw new GeoInputException("latitude", position.north()
                    + " is beyond Web Mercator's limit of +-" + WEB_MERCATOR_MAX_LATITUDE + " degrees");
        }
        double east;
        double north;
        synchronized (this) {
            in.x = position.east();
            in.y = position.north();
            try {
                transform.transform(in, out);
            } catch (ProjectionException e) {
                throw new GeoInputException("position", "cannot be transformed from " + source.id() + " to "
                        + target.id() + ": " + e.getMessage());
            }
            east = out.x;
            north = out.y;
        }
        return new Position(target, east, north);
    }

    /** Transforms two numbers given in the source CRS's axis order and answers in the target's axis order. */
    public double[] transformAxes(double first, double second) {
        Position p = transform(Position.inAxisOrder(source, first, second));
        return new double[]{p.axis1(), p.axis2()};
    }
}
