package io.govshare.app.maps;

import io.govshare.app.opendata.release.DemoPopulation;
import io.govshare.geo.layer.AdminCode;
import io.govshare.geo.layer.District;
import io.govshare.geo.layer.DistrictLayer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * The map layers of the demo city (示范市, fictional code 3905xx, the districts of the open-data demo): district
 * polygons, people and enterprises, all <b>synthetic</b>. No licence-clean real boundaries can be fetched here, so
 * the districts are drawn on a lattice with wavy shared edges in an arbitrary spot of central China, labelled
 * synthetic wherever they are served. The same seed gives the same city, so tiles, ETags and tests agree between
 * starts.
 */
final class DemoCity {

    /** The lattice the five districts are cut from: four urban districts in a 2 × 2 block, the county east of them. */
    static final double WEST = 112.00;
    static final double MIDDLE = 112.18;
    static final double URBAN_EAST = 112.36;
    static final double EAST = 112.60;
    static final double SOUTH = 34.40;
    static final double CENTRE = 34.60;
    static final double NORTH = 34.80;

    private static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4490);
    /** Segments per lattice edge and the largest sideways offset of its wave, in degrees. */
    private static final int EDGE_SEGMENTS = 12;
    private static final double WAVE = 0.012;

    /** GB/T 4754 sections of the demo enterprises and how common each is. */
    static final String[] INDUSTRIES = {"C 制造业", "F 建筑业", "G 批发和零售业", "H 住宿和餐饮业",
            "I 信息传输、软件和信息技术服务业", "M 科学研究和技术服务业"};
    private static final double[] INDUSTRY_WEIGHTS = {0.22, 0.10, 0.34, 0.16, 0.10, 0.08};
    static final String[] AGE_BANDS = {"0-14", "15-64", "65+"};
    private static final double[] AGE_WEIGHTS = {0.16, 0.69, 0.15};

    /** Share of people per district (DemoPopulation.DISTRICTS order) and settlement centres in each. */
    private static final double[] PEOPLE_WEIGHTS = {0.27, 0.24, 0.21, 0.16, 0.12};
    private static final double[] ENTERPRISE_WEIGHTS = {0.24, 0.18, 0.17, 0.33, 0.08};

    final DistrictLayer districts;
    final People people;
    final Enterprises enterprises;
    final long seed;

    private DemoCity(DistrictLayer districts, People people, Enterprises enterprises, long seed) {
        this.districts = districts;
        this.people = people;
        this.enterprises = enterprises;
        this.seed = seed;
    }

    /** People in primitive arrays: position, district (index into the district layer), sex 1/2, age band. */
    record People(double[] lon, double[] lat, byte[] district, byte[] sex, byte[] ageBand) {
        int size() {
            return lon.length;
        }
    }

    /** Enterprises: position, district, industry (index into INDUSTRIES), employees and turnover (万元). */
    record Enterprises(double[] lon, double[] lat, byte[] district, byte[] industry, int[] employees,
                       double[] turnover) {
        int size() {
            return lon.length;
        }
    }

    static DemoCity generate(long seed, int peopleCount, int enterpriseCount) {
        DistrictLayer layer = new DistrictLayer("示范市区县（合成）", districts(seed));
        Random random = new Random(seed);
        List<double[]> centres = new ArrayList<>();
        for (District d : layer.districts()) {
            centres.add(centresOf(d, random));
        }
        double[] lon = new double[peopleCount];
        double[] lat = new double[peopleCount];
        byte[] district = new byte[peopleCount];
        byte[] sex = new byte[peopleCount];
        byte[] age = new byte[peopleCount];
        double[] xy = new double[2];
        for (int i = 0; i < peopleCount; i++) {
            int d = pick(random, PEOPLE_WEIGHTS);
            place(layer, d, centres.get(d), random, 0.018, 0.15, xy);
            lon[i] = xy[0];
            lat[i] = xy[1];
            district[i] = (byte) d;
            sex[i] = (byte) (random.nextBoolean() ? 1 : 2);
            age[i] = (byte) pick(random, AGE_WEIGHTS);
        }
        double[] eLon = new double[enterpriseCount];
        double[] eLat = new double[enterpriseCount];
        byte[] eDistrict = new byte[enterpriseCount];
        byte[] industry = new byte[enterpriseCount];
        int[] employees = new int[enterpriseCount];
        double[] turnover = new double[enterpriseCount];
        for (int i = 0; i < enterpriseCount; i++) {
            int d = pick(random, ENTERPRISE_WEIGHTS);
            place(layer, d, centres.get(d), random, 0.012, 0.10, xy);
            eLon[i] = xy[0];
            eLat[i] = xy[1];
            eDistrict[i] = (byte) d;
            industry[i] = (byte) pick(random, INDUSTRY_WEIGHTS);
            // log-normal staff (median about 12) with a few large employers, so some cells are dominated
            employees[i] = Math.max(1, (int) Math.round(Math.exp(2.5 + 1.3 * random.nextGaussian())));
            turnover[i] = Math.round(employees[i] * Math.exp(3.2 + 0.6 * random.nextGaussian()) * 10) / 10.0;
        }
        return new DemoCity(layer, new People(lon, lat, district, sex, age),
                new Enterprises(eLon, eLat, eDistrict, industry, employees, turnover), seed);
    }

    /** A checksum of every generated position and attribute: the data version of tiles and ETags. */
    String dataVersion() {
        CRC32 crc = new CRC32();
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(64);
        for (int i = 0; i < people.size(); i++) {
            buffer.clear();
            buffer.putDouble(people.lon()[i]).putDouble(people.lat()[i]).put(people.district()[i])
                    .put(people.sex()[i]).put(people.ageBand()[i]);
            crc.update(buffer.array(), 0, buffer.position());
        }
        for (int i = 0; i < enterprises.size(); i++) {
            buffer.clear();
            buffer.putDouble(enterprises.lon()[i]).putDouble(enterprises.lat()[i]).put(enterprises.industry()[i])
                    .putInt(enterprises.employees()[i]).putDouble(enterprises.turnover()[i]);
            crc.update(buffer.array(), 0, buffer.position());
        }
        return "demo" + seed + "-" + Long.toHexString(crc.getValue());
    }

    /** The district's settlement centres (2 or 3), as lon/lat pairs in one array. */
    private static double[] centresOf(District d, Random random) {
        var e = d.area().getEnvelopeInternal();
        int n = 2 + random.nextInt(2);
        double[] c = new double[2 * n];
        for (int i = 0; i < n; i++) {
            c[2 * i] = e.getMinX() + e.getWidth() * (0.25 + 0.5 * random.nextDouble());
            c[2 * i + 1] = e.getMinY() + e.getHeight() * (0.25 + 0.5 * random.nextDouble());
        }
        return c;
    }

    /**
     * A position inside district {@code d}: around one of its centres (Gaussian, sigma in degrees) or, with
     * probability {@code scattered}, anywhere in its envelope; retried until the district covers it.
     */
    private static void place(DistrictLayer layer, int d, double[] centres, Random random, double sigma,
                              double scattered, double[] out) {
        var e = layer.districts().get(d).area().getEnvelopeInternal();
        while (true) {
            double x;
            double y;
            if (random.nextDouble() < scattered) {
                x = e.getMinX() + e.getWidth() * random.nextDouble();
                y = e.getMinY() + e.getHeight() * random.nextDouble();
            } else {
                int c = random.nextInt(centres.length / 2);
                x = centres[2 * c] + sigma * random.nextGaussian();
                y = centres[2 * c + 1] + sigma * random.nextGaussian();
            }
            if (x >= e.getMinX() && x <= e.getMaxX() && y >= e.getMinY() && y <= e.getMaxY()
                    && layer.locate(x, y) == d) {
                out[0] = x;
                out[1] = y;
                return;
            }
        }
    }

    private static int pick(Random random, double[] weights) {
        double r = random.nextDouble();
        for (int i = 0; i < weights.length - 1; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /**
     * The five districts of DemoPopulation.DISTRICTS. Each polygon is a chain of lattice edges; an edge shared by
     * two districts is computed once from its end points, so neighbours meet without gaps or overlaps.
     */
    static List<District> districts(long seed) {
        double[][] corners = {
                {WEST, CENTRE, MIDDLE, NORTH},          // 中山区, north-west
                {WEST, SOUTH, MIDDLE, CENTRE},          // 西湖区, south-west
                {MIDDLE, CENTRE, URBAN_EAST, NORTH},    // 江北区, north-east of the core
                {MIDDLE, SOUTH, URBAN_EAST, CENTRE},    // 高新区, south-east of the core
        };
        List<District> list = new ArrayList<>();
        for (int i = 0; i < corners.length; i++) {
            double[] b = corners[i];
            list.add(district(i, ring(seed, new double[][]{{b[0], b[1]}, {b[2], b[1]}, {b[2], b[3]}, {b[0], b[3]}})));
        }
        // the county: its west side runs along the two urban districts, through the lattice node at CENTRE
        list.add(district(4, ring(seed, new double[][]{{URBAN_EAST, SOUTH}, {EAST, SOUTH}, {EAST, NORTH},
                {URBAN_EAST, NORTH}, {URBAN_EAST, CENTRE}})));
        return list;
    }

    private static District district(int index, Coordinate[] ring) {
        String[] codeAndName = DemoPopulation.DISTRICTS.get(index);
        return new District(AdminCode.of(codeAndName[0]), codeAndName[1], GEOMETRY.createPolygon(ring));
    }

    private static Coordinate[] ring(long seed, double[][] nodes) {
        List<Coordinate> ring = new ArrayList<>();
        for (int i = 0; i < nodes.length; i++) {
            double[] a = nodes[i];
            double[] b = nodes[(i + 1) % nodes.length];
            ring.addAll(edge(seed, a, b));
        }
        ring.add(ring.get(0).copy());
        return ring.toArray(new Coordinate[0]);
    }

    /**
     * The wavy edge from a to b without its end point. The wave is a function of the unordered pair of end
     * points, so the neighbour walking the edge the other way gets the same points in reverse order.
     */
    private static List<Coordinate> edge(long seed, double[] a, double[] b) {
        boolean reversed = a[0] > b[0] || (a[0] == b[0] && a[1] > b[1]);
        double[] p = reversed ? b : a;
        double[] q = reversed ? a : b;
        long edgeSeed = seed ^ Double.doubleToLongBits(p[0] * 31 + p[1]) ^ Double.doubleToLongBits(q[0] * 17 + q[1]);
        Random random = new Random(edgeSeed);
        double phase = random.nextDouble() * 2 * Math.PI;
        double cycles = 1 + random.nextInt(2);
        double dx = q[0] - p[0];
        double dy = q[1] - p[1];
        double length = Math.hypot(dx, dy);
        List<Coordinate> points = new ArrayList<>();
        for (int s = 0; s < EDGE_SEGMENTS; s++) {
            double t = (double) s / EDGE_SEGMENTS;
            // the offset vanishes at both ends (sin(pi t)), so lattice nodes stay where they are
            double offset = WAVE * Math.sin(Math.PI * t) * Math.sin(2 * Math.PI * cycles * t + phase);
            points.add(new Coordinate(p[0] + dx * t - dy / length * offset, p[1] + dy * t + dx / length * offset));
        }
        if (!reversed) {
            return points;
        }
        // walking q → p: start at q, then the same interior points in reverse order
        List<Coordinate> back = new ArrayList<>();
        back.add(new Coordinate(q[0], q[1]));
        for (int s = EDGE_SEGMENTS - 1; s >= 1; s--) {
            back.add(points.get(s));
        }
        return back;
    }
}
