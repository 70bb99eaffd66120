package io.govshare.app.maps;

import io.govshare.geo.crs.AxisOrder;
import io.govshare.geo.tiles.TileId;
import io.govshare.geo.tiles.TileMatrixSet;
import io.govshare.geo.tiles.WebMercator;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.locationtech.jts.geom.Envelope;

/**
 * The tile matrix sets as OGC Two Dimensional Tile Matrix Set 2.0 JSON (17-083r4). Corner and bounding box are
 * written in the CRS's own axis order — latitude first for EPSG:4490 — as the standard requires; scale
 * denominators use its 0.28 mm standard pixel (degrees converted at the equatorial metres per degree).
 */
final class TileMatrixSets {

    /** Standardized rendering pixel size of OGC 17-083r4, in metres. */
    private static final double PIXEL_METRES = 0.00028;
    private static final double METRES_PER_DEGREE = 2 * WebMercator.HALF_WORLD / 360;

    private TileMatrixSets() {
    }

    static JsonObject describe(TileMatrixSet set) {
        boolean latFirst = set.crs().axisOrder() == AxisOrder.NORTH_EAST;
        Envelope world = set.bounds(new TileId(0, 0, 0));
        world.expandToInclude(set.bounds(new TileId(0, set.matrixWidth(0) - 1, 0)));
        JsonArrayBuilder matrices = Json.createArrayBuilder();
        for (int z = 0; z <= TileMatrixSet.MAX_ZOOM; z++) {
            double cellSize = set.tileSpan(z) / 256;
            double metres = set.crs().isGeographic() ? cellSize * METRES_PER_DEGREE : cellSize;
            matrices.add(Json.createObjectBuilder()
                    .add("id", Integer.toString(z))
                    .add("scaleDenominator", metres / PIXEL_METRES)
                    .add("cellSize", cellSize)
                    .add("cornerOfOrigin", "topLeft")
                    .add("pointOfOrigin", pair(latFirst, world.getMinX(), world.getMaxY()))
                    .add("tileWidth", 256).add("tileHeight", 256)
                    .add("matrixWidth", set.matrixWidth(z)).add("matrixHeight", set.matrixHeight(z)));
        }
        return Json.createObjectBuilder()
                .add("id", set.id())
                .add("title", set == TileMatrixSet.WEB_MERCATOR_QUAD ? "Google Maps Compatible for the World"
                        : "CGCS2000 (EPSG:4490) quad, WorldCRS84Quad layout (天地图 c: level 1 = matrix 0)")
                .add("crs", set.crs().uri())
                .add("orderedAxes", latFirst ? Json.createArrayBuilder().add("Lat").add("Lon")
                        : Json.createArrayBuilder().add("E").add("N"))
                .add("boundingBox", Json.createObjectBuilder()
                        .add("lowerLeft", pair(latFirst, world.getMinX(), world.getMinY()))
                        .add("upperRight", pair(latFirst, world.getMaxX(), world.getMaxY())))
                .add("tileMatrices", matrices)
                .build();
    }

    private static JsonArrayBuilder pair(boolean latFirst, double east, double north) {
        return latFirst ? Json.createArrayBuilder().add(north).add(east) : Json.createArrayBuilder().add(east).add(north);
    }
}
