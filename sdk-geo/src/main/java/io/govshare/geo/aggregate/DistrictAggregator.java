package io.govshare.geo.aggregate;

import io.govshare.geo.layer.District;
import io.govshare.geo.layer.DistrictLayer;
import io.govshare.geo.layer.PointLayer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Points → districts by point-in-polygon (see {@link DistrictLayer#locate} for the boundary rule). */
public final class DistrictAggregator {

    private DistrictAggregator() {
    }

    /**
     * One cell per district that holds at least one point, id = GB/T 2260 code. Points outside every district
     * are reported in {@link Tabulation#unplaced()}, not dropped.
     */
    public static Tabulation tabulate(PointLayer points, DistrictLayer districts, int keepLargest) {
        CellCounter counter = new CellCounter(keepLargest);
        long outside = 0;
        for (int i = 0; i < points.size(); i++) {
            int d = districts.locate(points.longitude(i), points.latitude(i));
            if (d < 0) {
                outside++;
            } else {
                counter.add(d, points.magnitude(i));
            }
        }
        List<Cell> cells = new ArrayList<>(counter.size());
        for (int j = 0; j < counter.size(); j++) {
            District d = districts.districts().get((int) counter.key(j));
            cells.add(new Cell(d.code().value(), null, counter.count(j), counter.total(j), counter.largest(j), d.area()));
        }
        cells.sort(Comparator.comparing(Cell::id));
        return new Tabulation(points.name() + " by " + districts.name(), cells, points.size(),
                outside == 0 ? Map.of() : Map.of("outside every district", outside), points.hasMagnitudes(),
                points.approximateCount());
    }
}
