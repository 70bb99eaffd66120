package io.govshare.app.maps;

import io.govshare.app.platform.domain.InvalidInput;
import io.govshare.app.platform.domain.NotFound;
import io.govshare.geo.GeoInputException;
import io.govshare.geo.output.PngTiles;
import io.govshare.geo.output.VectorTiles;
import io.govshare.geo.tiles.TileId;
import io.govshare.geo.tiles.TileMatrixSet;
import io.govshare.geo.tiles.WebMercator;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.locationtech.jts.geom.Envelope;

/**
 * XYZ tiles of every map layer: Mapbox Vector Tiles in WebMercatorQuad, PNG in WebMercatorQuad or (with
 * {@code ?tileMatrixSet=CGCS2000Quad}) in the EPSG:4490 quad, and the two tile matrix sets as OGC TMS 2.0 JSON.
 * <p>
 * A point layer is drawn as points (MVT from zoom {@value #POINTS_MIN_ZOOM}) or a heat map (PNG) only for
 * entitled users; everyone else, and MVT requests above that zoom, get its public aggregate, named in the MVT layer
 * and in {@code X-GovShare-Rendering}. Tiles are cached by data version, view and address; the ETag is that key,
 * so {@code If-None-Match} is answered with 304 without rendering.
 */
@Path("tiles")
@RequestScoped
@PermitAll
@Tag(name = "maps")
public class TilesResource {

    static final String MVT = "application/vnd.mapbox-vector-tile";
    static final String PNG = "image/png";
    /** Below this zoom a vector tile of a busy city tile would hold hundreds of thousands of points. */
    static final int POINTS_MIN_ZOOM = 12;
    private static final Map<String, TileMatrixSet> MATRIX_SETS = Map.of(
            TileMatrixSet.WEB_MERCATOR_QUAD.id(), TileMatrixSet.WEB_MERCATOR_QUAD,
            TileMatrixSet.CGCS2000_QUAD.id(), TileMatrixSet.CGCS2000_QUAD);

    @Inject
    MapLayers layers;
    @Inject
    MapAccess access;
    @Inject
    TileCache cache;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The tile layers with their URL templates")
    public Response list() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        String base = uri.getBaseUri().resolve("tiles/").toString();
        for (MapCollection c : layers.all()) {
            list.add(Json.createObjectBuilder()
                    .add("id", c.id())
                    .add("title", c.title())
                    .add("access", c.access() == MapCollection.Access.PUBLIC ? "public" : "entitled")
                    .add("mvt", base + c.id() + "/{z}/{x}/{y}.mvt")
                    .add("png", base + c.id() + "/{z}/{x}/{y}.png")
                    .add("pngCgcs2000", base + c.id() + "/{z}/{x}/{y}.png?tileMatrixSet=CGCS2000Quad"));
        }
        JsonObject body = Json.createObjectBuilder().add("layers", list)
                .add("tileMatrixSets", base + "tileMatrixSets").add("dataVersion", layers.dataVersion()).build();
        return Response.ok(body.toString(), "application/json").build();
    }

    @GET
    @Path("tileMatrixSets")
    @Operation(summary = "The tile matrix sets: WebMercatorQuad (EPSG:3857) and CGCS2000Quad (EPSG:4490)")
    public Response matrixSets() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (TileMatrixSet set : TileMatrixSet.values()) {
            list.add(Json.createObjectBuilder().add("id", set.id()).add("crs", set.crs().uri())
                    .add("links", Json.createArrayBuilder().add(FeaturesResource.link(
                            uri.getBaseUri().resolve("tiles/tileMatrixSets/" + set.id()).toString(),
                            "self", "application/json", set.id()))));
        }
        return Response.ok(Json.createObjectBuilder().add("tileMatrixSets", list).build().toString(),
                "application/json").build();
    }

    @GET
    @Path("tileMatrixSets/{tileMatrixSetId}")
    @Operation(summary = "One tile matrix set (OGC Two Dimensional Tile Matrix Set 2.0 JSON)")
    public Response matrixSet(@PathParam("tileMatrixSetId") String id) {
        TileMatrixSet set = MATRIX_SETS.get(id);
        if (set == null) {
            throw new NotFound("No tile matrix set '" + id + "'; offered: " + MATRIX_SETS.keySet());
        }
        return Response.ok(TileMatrixSets.describe(set).toString(), "application/json").build();
    }

    @GET
    @Path("{layer}/legend")
    @Operation(summary = "The legend of what this user gets drawn for the layer: classes, colours, the withheld colour")
    public Response legend(@PathParam("layer") String layerId) {
        MapCollection layer = layers.find(layerId).orElseThrow(() -> new NotFound(
                "No tile layer '" + layerId + "'; GET /tiles lists them"));
        // the PNG view: an entitled user's point layer is drawn at every zoom there (as a heat map)
        MapView view = MapView.of(layer, access.entitled(layer), true, layers);
        return Response.ok(MapLegend.of(view).toString(), "application/json")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache").build();
    }

    @GET
    @Path("{layer}/{z}/{x}/{y: [^/.]+}.{format}")
    @Operation(summary = "One tile: .mvt (WebMercatorQuad) or .png (tileMatrixSet=WebMercatorQuad|CGCS2000Quad)")
    public Response tile(@PathParam("layer") String layerId, @PathParam("z") String zText,
                         @PathParam("x") String xText, @PathParam("y") String yText,
                         @PathParam("format") String format, @QueryParam("tileMatrixSet") String matrixSetId,
                         @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        MapCollection layer = layers.find(layerId).orElseThrow(() -> new NotFound(
                "No tile layer '" + layerId + "'; GET /tiles lists them"));
        if (!format.equals("mvt") && !format.equals("png")) {
            throw new InvalidInput("format", "maps.tile-format", "tiles are .mvt or .png, got ." + format);
        }
        TileMatrixSet set = matrixSetId == null ? TileMatrixSet.WEB_MERCATOR_QUAD : MATRIX_SETS.get(matrixSetId);
        if (set == null) {
            throw new InvalidInput("tileMatrixSet", "maps.tile-matrix-set-unknown",
                    "'" + matrixSetId + "' is not one of " + MATRIX_SETS.keySet());
        }
        if (format.equals("mvt") && set != TileMatrixSet.WEB_MERCATOR_QUAD) {
            throw new InvalidInput("tileMatrixSet", "maps.mvt-web-mercator-only",
                    "vector tiles are offered in WebMercatorQuad only");
        }
        TileId tile;
        try {
            tile = set.tile(integer("z", zText), integer("x", xText), integer("y", yText));
        } catch (GeoInputException e) {
            throw new InvalidInput(e.field(), "maps.tile-out-of-range", e.getMessage());
        }
        boolean png = format.equals("png");
        MapView view = MapView.of(layer, access.entitled(layer), png || tile.z() >= POINTS_MIN_ZOOM, layers);
        String key = layers.dataVersion() + "/" + layer.id() + "/" + view.view() + "/" + set.id() + "/" + tile + "." + format;
        String etag = "\"" + key + "\"";
        boolean personal = view.view().equals("full");
        if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
            return headers(Response.notModified(), etag, personal, view).build();
        }
        TileCache.Tile cached = cache.get(key, () -> png ? png(set, tile, view) : mvt(tile, view));
        return headers(Response.ok(cached.bytes(), png ? PNG : MVT), etag, personal, view)
                .header("X-Cache", cached.hit() ? "HIT" : "MISS").build();
    }

    private static Response.ResponseBuilder headers(Response.ResponseBuilder response, String etag, boolean personal,
                                                    MapView view) {
        return response.header(HttpHeaders.ETAG, etag)
                // an entitled user's tile must not be kept by shared caches; every view depends on the token
                .header(HttpHeaders.CACHE_CONTROL, personal ? "private, max-age=300" : "public, max-age=3600")
                // the browser portal's session is a cookie: without it in Vary a browser would reuse a signed-in
                // user's tile after sign-out (or an anonymous one after sign-in)
                .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION + ", " + HttpHeaders.COOKIE)
                .header("X-GovShare-Rendering", view.view() + ":" + view.drawn().id());
    }

    private static byte[] mvt(TileId tile, MapView view) {
        Envelope lonLat = lonLatBounds(TileMatrixSet.WEB_MERCATOR_QUAD, tile, VectorTiles.DEFAULT_BUFFER);
        return VectorTiles.encode(tile, Map.of(view.drawn().id(), view.featuresIn(lonLat)), VectorTiles.DEFAULT_BUFFER);
    }

    private static byte[] png(TileMatrixSet set, TileId tile, MapView view) {
        MapCollection drawn = view.drawn();
        if (drawn instanceof PointCollection points) {
            return PngTiles.heatmap(set, tile, points.layer(), drawn.style());
        }
        return PngTiles.choropleth(set, tile, view.featuresIn(lonLatBounds(set, tile, 0)), drawn.style());
    }

    /** The tile's longitude/latitude box, widened by a buffer in 1/4096 of the tile. */
    static Envelope lonLatBounds(TileMatrixSet set, TileId tile, int buffer) {
        Envelope b = set.bounds(tile);
        b.expandBy(b.getWidth() * buffer / VectorTiles.EXTENT);
        if (set == TileMatrixSet.WEB_MERCATOR_QUAD) {
            double limit = WebMercator.HALF_WORLD;
            return new Envelope(WebMercator.longitude(Math.max(-limit, b.getMinX())),
                    WebMercator.longitude(Math.min(limit, b.getMaxX())),
                    WebMercator.latitude(Math.max(-limit, b.getMinY())), WebMercator.latitude(Math.min(limit, b.getMaxY())));
        }
        return new Envelope(Math.max(-180, b.getMinX()), Math.min(180, b.getMaxX()),
                Math.max(-90, b.getMinY()), Math.min(90, b.getMaxY()));
    }

    private static int integer(String field, String text) {
        if (!text.matches("-?\\d{1,9}")) {
            throw new InvalidInput(field, "maps.tile-integer", field + " must be an integer, got '" + text + "'");
        }
        return Integer.parseInt(text);
    }

    /** If-None-Match: a list of entity tags (weak ones compare equal for GET, RFC 9110 §13.1.2), or "*". */
    static boolean matches(String ifNoneMatch, String etag) {
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                .anyMatch(t -> t.equals("*") || t.equals(etag));
    }
}
