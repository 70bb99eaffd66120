package io.govshare.benchmarks;

import io.govshare.geo.aggregate.Disclosure;
import io.govshare.geo.aggregate.DisclosureControl;
import io.govshare.geo.aggregate.DisclosureRules;
import io.govshare.geo.aggregate.SquareGrid;
import io.govshare.geo.layer.PointLayer;
import io.govshare.geo.output.MapFeature;
import io.govshare.geo.output.MapFeatures;
import io.govshare.geo.output.PngTiles;
import io.govshare.geo.output.VectorTiles;
import io.govshare.geo.style.MapStyle;
import io.govshare.geo.style.StyleJson;
import io.govshare.geo.tiles.TileId;
import io.govshare.geo.tiles.TileMatrixSet;
import io.govshare.geo.tiles.WebMercator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.locationtech.jts.geom.Envelope;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Spatial aggregation and tile rendering of sdk-geo on one thread.
 * <ul>
 * <li>{@link #gridCount}: {@code points} people (10,000,000 by default) around Beijing counted into the 250 m
 * equal-area grid (China Albers, projected per point in closed form). Score: ns per point; points/s = 10⁹ ÷
 * score; the target is ≥ 5,000,000 points/s per core, i.e. a score ≤ 200.</li>
 * <li>{@link #vectorTile} and {@link #pngTile}: one zoom-12 WebMercatorQuad tile over central Beijing holding
 * the disclosed (k = 10) grid cells that touch it, encoded as MVT or drawn as a choropleth PNG. Score: µs per
 * tile.</li>
 * </ul>
 * Run: {@code java -jar benchmarks/target/benchmarks.jar GeoAggregationBenchmark}.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class GeoAggregationBenchmark {

    static final String STYLE = """
            {"choropleth": {"property": "count", "breaks": [20, 50, 100, 200],
             "colors": ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"], "outlineColor": "#ffffff"}}
            """;

    @Param("10000000")
    public int points;

    private PointLayer layer;
    private final SquareGrid grid = SquareGrid.ofCellSize(250);
    private TileId tile;
    private List<MapFeature> tileFeatures;
    private MapStyle style;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(2260);
        double[] lon = new double[points];
        double[] lat = new double[points];
        for (int i = 0; i < points; i++) {
            // a dense core and a wide suburban spread, as a city's population looks
            double spread = random.nextInt(3) == 0 ? 0.35 : 0.06;
            lon[i] = Math.max(115.4, Math.min(117.5, 116.40 + random.nextGaussian() * spread));
            lat[i] = Math.max(39.4, Math.min(41.0, 39.91 + random.nextGaussian() * spread * 0.8));
        }
        layer = PointLayer.ofLonLat("people", lon, lat, null);
        tile = TileMatrixSet.WEB_MERCATOR_QUAD.tileAt(12, WebMercator.x(116.40), WebMercator.y(39.91));
        Envelope b = TileMatrixSet.WEB_MERCATOR_QUAD.bounds(tile);
        Envelope lonLat = new Envelope(WebMercator.longitude(b.getMinX()), WebMercator.longitude(b.getMaxX()),
                WebMercator.latitude(b.getMinY()), WebMercator.latitude(b.getMaxY()));
        Disclosure disclosed = DisclosureControl.apply(grid.count(layer, 0).toTabulation(), DisclosureRules.threshold(10));
        // what a tile server's spatial index would hand over: the cells touching the tile
        tileFeatures = MapFeatures.of(disclosed, false).stream()
                .filter(f -> f.geometry().getEnvelopeInternal().intersects(lonLat)).toList();
        style = StyleJson.parse(STYLE);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    @OperationsPerInvocation(10_000_000)
    public long gridCount() {
        if (points != 10_000_000) {
            throw new IllegalStateException("OperationsPerInvocation assumes 10,000,000 points");
        }
        return grid.count(layer, 0).cellCount();
    }

    @Benchmark
    public byte[] vectorTile() {
        return VectorTiles.encode(tile, Map.of("cells", tileFeatures), VectorTiles.DEFAULT_BUFFER);
    }

    @Benchmark
    public byte[] pngTile() {
        return PngTiles.choropleth(TileMatrixSet.WEB_MERCATOR_QUAD, tile, tileFeatures, style);
    }
}
