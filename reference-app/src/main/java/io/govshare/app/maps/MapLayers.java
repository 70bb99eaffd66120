package io.govshare.app.maps;

import io.govshare.app.platform.PlatformConfig;
import io.govshare.geo.aggregate.Disclosure;
import io.govshare.geo.aggregate.DisclosureControl;
import io.govshare.geo.aggregate.DisclosureRules;
import io.govshare.geo.aggregate.SquareGrid;
import io.govshare.geo.layer.District;
import io.govshare.geo.layer.PointLayer;
import io.govshare.geo.output.MapFeature;
import io.govshare.geo.output.MapFeatures;
import io.govshare.geo.style.MapStyle;
import io.govshare.geo.style.StyleJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The map layers the platform serves, built once at start-up from the synthetic demo city (demo mode only: a city
 * without demo data has no layers until real ones are loaded). Aggregates are disclosed here, once, so every
 * service (features, tiles, WMS) publishes exactly the same withheld and published cells.
 * <p>
 * Population: 500 m grid pieces nested in the districts plus the district totals, one tabulation under the
 * threshold rule (k = {@value #PEOPLE_K}) and the differencing guard. Enterprises: 1 km grid pieces with the
 * enterprise count and turnover under k = 3, (2, 85 %) dominance and at least 3 contributors.
 */
@ApplicationScoped
public class MapLayers {

    private static final Logger LOG = Logger.getLogger(MapLayers.class.getName());

    static final long SEED = 2026;
    static final int PEOPLE_K = 10;
    static final int PEOPLE_CELL_METRES = 500;
    static final int ENTERPRISE_CELL_METRES = 1000;
    /** Bumped when the rendering changes, so cached tiles and ETags from an older build are not reused. */
    private static final String RENDERING_VERSION = "r1";

    static final String DISTRICTS = "districts";
    static final String POPULATION_DISTRICTS = "population-districts";
    static final String POPULATION_GRID = "population-grid";
    static final String ENTERPRISE_DENSITY = "enterprise-density";
    static final String POPULATION_POINTS = "population-points";
    static final String ENTERPRISE_POINTS = "enterprise-points";

    static final String SYNTHETIC_NOTE = " Synthetic demo data: the districts of the fictional 示范市 (codes 3905xx) "
            + "are drawn by a generator, not surveyed boundaries, and every person and enterprise is invented.";

    private static final String DISTRICT_STYLE = """
            {"choropleth": {"property": "mapColour", "breaks": [2, 3, 4, 5],
              "colors": ["#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3"],
              "suppressedColor": "#bdbdbd", "outlineColor": "#333333"}}""";
    private static final String POPULATION_GRID_STYLE = """
            {"choropleth": {"property": "count", "breaks": [25, 100, 250, 500],
              "colors": ["#fee5d9", "#fcae91", "#fb6a4a", "#de2d26", "#a50f15"],
              "suppressedColor": "#bdbdbd"},
             "heatmap": {"radius": 12, "maxDensity": 6,
              "gradient": [{"stop": 0, "color": "#2c7bb600"}, {"stop": 0.5, "color": "#ffffbf"},
                           {"stop": 1, "color": "#d7191c"}]}}""";
    private static final String POPULATION_DISTRICT_STYLE = """
            {"choropleth": {"property": "count", "breaks": [30000, 45000, 60000],
              "colors": ["#eff3ff", "#bdd7e7", "#6baed6", "#2171b5"],
              "suppressedColor": "#bdbdbd", "outlineColor": "#ffffff"}}""";
    private static final String ENTERPRISE_STYLE = """
            {"choropleth": {"property": "count", "breaks": [5, 15, 40],
              "colors": ["#edf8e9", "#bae4b3", "#74c476", "#238b45"],
              "suppressedColor": "#bdbdbd"},
             "heatmap": {"radius": 10, "maxDensity": 3,
              "gradient": [{"stop": 0, "color": "#00441b00"}, {"stop": 1, "color": "#00441b"}]}}""";

    @Inject
    PlatformConfig platform;

    @Inject
    @ConfigProperty(name = "govshare.maps.population.size", defaultValue = "200000")
    int populationSize;

    @Inject
    @ConfigProperty(name = "govshare.maps.enterprise.size", defaultValue = "3000")
    int enterpriseSize;

    private volatile Map<String, MapCollection> collections = Map.of();
    private volatile String dataVersion = "none";

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (!platform.demoMode()) {
            LOG.info("Maps: no demo layers (demo mode is off)");
            return;
        }
        long t0 = System.nanoTime();
        DemoCity city = DemoCity.generate(SEED, populationSize, enterpriseSize);
        collections = build(city);
        dataVersion = city.dataVersion() + "-" + RENDERING_VERSION;
        LOG.info(() -> String.format("Maps: demo city with %,d people and %,d enterprises, %d layers, data version %s, "
                        + "built in %d ms", city.people.size(), city.enterprises.size(), collections.size(), dataVersion,
                (System.nanoTime() - t0) / 1_000_000));
    }

    /** The layers in listing order. */
    public List<MapCollection> all() {
        return List.copyOf(collections.values());
    }

    public Optional<MapCollection> find(String id) {
        return Optional.ofNullable(collections.get(id));
    }

    /** Changes whenever the served data or its rendering changes: part of every tile's cache key and ETag. */
    public String dataVersion() {
        return dataVersion;
    }

    static Map<String, MapCollection> build(DemoCity city) {
        Map<String, MapCollection> layers = new LinkedHashMap<>();
        List<District> districts = city.districts.districts();

        List<MapFeature> boundaries = new ArrayList<>();
        for (int i = 0; i < districts.size(); i++) {
            District d = districts.get(i);
            boundaries.add(new MapFeature(d.code().value(), d.area(), Map.of("code", d.code().value(),
                    "name", d.name(), "synthetic", true, "mapColour", i + 1)));
        }
        layers.put(DISTRICTS, FeatureListCollection.of(DISTRICTS, "示范市区县界线（合成）",
                "District boundaries of the demo city." + SYNTHETIC_NOTE,
                ordered("code", "string", "name", "string"), boundaries, null, StyleJson.parse(DISTRICT_STYLE)));

        DemoCity.People people = city.people;
        PointLayer peopleLayer = PointLayer.ofLonLat("people", people.lon(), people.lat(), null);
        Disclosure population = DisclosureControl.apply(
                SquareGrid.ofCellSize(PEOPLE_CELL_METRES).tabulateWithin(peopleLayer, city.districts, 0),
                DisclosureRules.threshold(PEOPLE_K));
        List<MapFeature> pieces = new ArrayList<>();
        List<MapFeature> totals = new ArrayList<>();
        for (MapFeature f : MapFeatures.of(population, true)) {
            if (f.properties().containsKey("parent")) {
                pieces.add(f);
            } else {
                Map<String, Object> p = new LinkedHashMap<>(f.properties());
                p.put("name", city.districts.district(io.govshare.geo.layer.AdminCode.of(f.id())).name());
                totals.add(new MapFeature(f.id(), f.geometry(), p));
            }
        }
        String rule = " Cells with fewer than " + PEOPLE_K + " people are withheld (suppressed: true, with the rule), "
                + "and more are withheld where a district total minus its published cells would reveal them "
                + "(differencing guard); grid cells are nested in districts.";
        layers.put(POPULATION_DISTRICTS, FeatureListCollection.of(POPULATION_DISTRICTS, "示范市分区县人口（合成）",
                "People per district (count)." + rule + SYNTHETIC_NOTE,
                ordered("id", "string", "name", "string", "suppressed", "boolean"), totals, population,
                StyleJson.parse(POPULATION_DISTRICT_STYLE)));
        layers.put(POPULATION_GRID, FeatureListCollection.of(POPULATION_GRID, "示范市人口 500 米格网（合成）",
                "People per " + PEOPLE_CELL_METRES + " m equal-area (Albers) grid cell, split at district boundaries "
                        + "(parent = district code)." + rule + SYNTHETIC_NOTE,
                ordered("id", "string", "parent", "string", "suppressed", "boolean"), pieces, population,
                StyleJson.parse(POPULATION_GRID_STYLE)));

        DemoCity.Enterprises firms = city.enterprises;
        PointLayer turnover = PointLayer.ofLonLat("enterprises", firms.lon(), firms.lat(), firms.turnover());
        Disclosure enterprises = DisclosureControl.apply(
                SquareGrid.ofCellSize(ENTERPRISE_CELL_METRES).tabulateWithin(turnover, city.districts, 2),
                DisclosureRules.withDominance(3, 2, 85, 3));
        List<MapFeature> enterpriseCells = MapFeatures.of(enterprises, false);
        layers.put(ENTERPRISE_DENSITY, FeatureListCollection.of(ENTERPRISE_DENSITY, "示范市企业密度 1 公里格网（合成）",
                "Enterprises per " + ENTERPRISE_CELL_METRES + " m grid cell (count) and their summed turnover in "
                        + "万元 (total). Withheld: fewer than 3 enterprises, or the 2 largest hold more than 85 % of "
                        + "the turnover (dominance), or needed by the differencing guard." + SYNTHETIC_NOTE,
                ordered("id", "string", "parent", "string", "suppressed", "boolean"), enterpriseCells, enterprises,
                StyleJson.parse(ENTERPRISE_STYLE)));

        layers.put(POPULATION_POINTS, PointCollection.of(POPULATION_POINTS, "示范市人口点位（合成，受限）",
                "Each person's home position. Only for users entitled to the population resource; everyone else "
                        + "gets " + POPULATION_GRID + " instead." + SYNTHETIC_NOTE, POPULATION_GRID,
                ordered("district", "string", "sex", "string", "ageBand", "string"), peopleLayer,
                (i, name) -> switch (name) {
                    case "district" -> districts.get(people.district()[i]).code().value();
                    case "sex" -> people.sex()[i] == 1 ? "1" : "2";
                    case "ageBand" -> DemoCity.AGE_BANDS[people.ageBand()[i]];
                    default -> null;
                }, StyleJson.parse(POPULATION_GRID_STYLE)));
        PointLayer firmPositions = PointLayer.ofLonLat("enterprises", firms.lon(), firms.lat(), null);
        layers.put(ENTERPRISE_POINTS, PointCollection.of(ENTERPRISE_POINTS, "示范市企业点位（合成，受限）",
                "Each enterprise with industry (GB/T 4754 section), employees and turnover (万元). Only for users "
                        + "entitled to the enterprise resource; everyone else gets " + ENTERPRISE_DENSITY + " instead."
                        + SYNTHETIC_NOTE, ENTERPRISE_DENSITY,
                ordered("district", "string", "industry", "string", "employees", "integer", "turnover", "number"),
                firmPositions,
                (i, name) -> switch (name) {
                    case "district" -> districts.get(firms.district()[i]).code().value();
                    case "industry" -> DemoCity.INDUSTRIES[firms.industry()[i]];
                    case "employees" -> firms.employees()[i];
                    case "turnover" -> firms.turnover()[i];
                    default -> null;
                }, StyleJson.parse(ENTERPRISE_STYLE)));
        return layers;
    }

    private static Map<String, String> ordered(String... nameTypePairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < nameTypePairs.length; i += 2) {
            map.put(nameTypePairs[i], nameTypePairs[i + 1]);
        }
        return map;
    }

}
