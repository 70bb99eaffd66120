package io.govshare.geo.aggregate;

import io.govshare.geo.layer.PointLayer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Per-cell counts of one grid aggregation, in primitive form; {@link #toTabulation()} makes cells of them. */
public final class GridCounts {

    private final SquareGrid grid;
    private final PointLayer points;
    private final CellCounter counter;

    GridCounts(SquareGrid grid, PointLayer points, CellCounter counter) {
        this.grid = grid;
        this.points = points;
        this.counter = counter;
    }

    public int cellCount() {
        return counter.size();
    }

    /** The records in the cell with that column and row, 0 if none. */
    public long countAt(int column, int row) {
        int i = counter.find(SquareGrid.key(column, row));
        return i < 0 ? 0 : counter.count(i);
    }

    public long totalRecords() {
        long sum = 0;
        for (int i = 0; i < counter.size(); i++) {
            sum += counter.count(i);
        }
        return sum;
    }

    /** One cell per non-empty grid square, with its area, sorted by id. */
    public Tabulation toTabulation() {
        List<Cell> cells = new ArrayList<>(counter.size());
        for (int i = 0; i < counter.size(); i++) {
            long key = counter.key(i);
            int column = SquareGrid.column(key);
            int row = SquareGrid.row(key);
            cells.add(new Cell(grid.cellId(column, row), null, counter.count(i), counter.total(i), counter.largest(i),
                    grid.cellArea(column, row)));
        }
        cells.sort(Comparator.comparing(Cell::id));
        return new Tabulation(points.name() + " " + grid.cellMetres() + " m grid", cells, points.size(), Map.of(),
                points.hasMagnitudes(), points.approximateCount());
    }
}
