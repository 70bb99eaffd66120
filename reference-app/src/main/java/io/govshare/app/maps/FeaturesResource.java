package io.govshare.app.maps;

import io.govshare.app.audit.AuditLog;
import io.govshare.app.audit.AuditTarget;
import io.govshare.app.platform.domain.NotFound;
import io.govshare.geo.aggregate.Disclosure;
import io.govshare.geo.output.GeoJson;
import io.govshare.geo.output.MapFeature;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.locationtech.jts.geom.Envelope;

/**
 * OGC API – Features – Part 1: Core (OGC 17-069r4) with GeoJSON: landing page, conformance, collections, items
 * with bbox, limit, offset and property filters, single items, and queryables (Part 3) so clients can discover the
 * filters. Coordinates are CRS84 (longitude, latitude), as GeoJSON requires.
 * <p>
 * Collections of individual records are listed only to users entitled to them ({@link MapAccess}); asking for
 * one without entitlement is a 401/403 problem that names the public aggregate to use instead.
 */
@Path("ogc/features")
@RequestScoped
@PermitAll
@Tag(name = "maps")
public class FeaturesResource {

    static final String GEOJSON = "application/geo+json";
    private static final String JSON = "application/json";
    private static final String CONF = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/";

    @Inject
    MapLayers layers;
    @Inject
    MapAccess access;
    @Inject
    AuditLog audit;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "OGC API – Features landing page")
    public Response landing() {
        JsonObject body = Json.createObjectBuilder()
                .add("title", "GovShare 示范市地图要素服务")
                .add("description", "OGC API – Features of the demo city's map layers: district boundaries, "
                        + "population and enterprise aggregates under confidentiality rules, and individual "
                        + "records for entitled departments. All demo data is synthetic.")
                .add("links", Json.createArrayBuilder()
                        .add(link(href(""), "self", JSON, "this document"))
                        .add(link(uri.getBaseUri().resolve("openapi").toString(), "service-desc",
                                "application/vnd.oai.openapi;version=3.0", "the API definition (YAML)"))
                        .add(link(href("/conformance"), "conformance", JSON, "conformance classes"))
                        .add(link(href("/collections"), "data", JSON, "the collections")))
                .build();
        return Response.ok(body.toString(), JSON).build();
    }

    @GET
    @Path("conformance")
    @Operation(summary = "OGC API – Features conformance classes")
    public Response conformance() {
        JsonObject body = Json.createObjectBuilder().add("conformsTo", Json.createArrayBuilder()
                .add(CONF + "core").add(CONF + "geojson")
                .add("http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables")
                .add("http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters")).build();
        return Response.ok(body.toString(), JSON).build();
    }

    @GET
    @Path("collections")
    @Operation(summary = "The collections this user may read")
    public Response collections() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (MapCollection c : layers.all()) {
            if (access.entitled(c)) {
                list.add(describe(c));
            }
        }
        JsonObject body = Json.createObjectBuilder()
                .add("links", Json.createArrayBuilder().add(link(href("/collections"), "self", JSON, "collections")))
                .add("collections", list).build();
        return Response.ok(body.toString(), JSON).build();
    }

    @GET
    @Path("collections/{collectionId}")
    @Operation(summary = "One collection's description")
    public Response collection(@PathParam("collectionId") String id) {
        return Response.ok(describe(readable(id)).toString(), JSON).build();
    }

    @GET
    @Path("collections/{collectionId}/queryables")
    @Operation(summary = "The properties items may be filtered on (JSON Schema)")
    public Response queryables(@PathParam("collectionId") String id) {
        MapCollection c = readable(id);
        JsonObjectBuilder properties = Json.createObjectBuilder();
        c.queryables().forEach((name, type) -> properties.add(name, Json.createObjectBuilder().add("type", type)));
        JsonObject body = Json.createObjectBuilder()
                .add("$schema", "https://json-schema.org/draft/2020-12/schema")
                .add("$id", href("/collections/" + id + "/queryables"))
                .add("type", "object")
                .add("title", c.title())
                .add("properties", properties).build();
        return Response.ok(body.toString(), "application/schema+json").build();
    }

    @GET
    @Path("collections/{collectionId}/items")
    @Operation(summary = "Features of a collection: bbox (CRS84), limit, offset and exact-match property filters")
    public Response items(@PathParam("collectionId") String id) {
        MapCollection c = readable(id);
        FeatureQuery query = FeatureQuery.parse(uri.getQueryParameters(), c);
        List<MapFeature> page = new ArrayList<>(Math.min(query.limit(), 1024));
        int matched = 0;
        for (int i = 0; i < c.size(); i++) {
            if (query.matches(c, i)) {
                if (matched >= query.offset() && page.size() < query.limit()) {
                    page.add(c.feature(i));
                }
                matched++;
            }
        }
        auditRecordRead(c, page.size());
        JsonObject collection = featureCollection(page, c.disclosure());
        JsonArrayBuilder links = Json.createArrayBuilder()
                .add(link(pageHref(query.offset()), "self", GEOJSON, "this page"))
                .add(link(href("/collections/" + id), "collection", JSON, c.title()));
        if (query.offset() + page.size() < matched) {
            links.add(link(pageHref(query.offset() + page.size()), "next", GEOJSON, "next page"));
        }
        if (query.offset() > 0) {
            links.add(link(pageHref(Math.max(0, query.offset() - query.limit())), "prev", GEOJSON, "previous page"));
        }
        JsonObjectBuilder body = Json.createObjectBuilder(collection)
                .add("numberMatched", matched)
                .add("numberReturned", page.size())
                .add("timeStamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString())
                .add("links", links);
        return Response.ok(body.build().toString(), GEOJSON).build();
    }

    @GET
    @Path("collections/{collectionId}/items/{featureId}")
    @Operation(summary = "One feature")
    public Response item(@PathParam("collectionId") String id, @PathParam("featureId") String featureId) {
        MapCollection c = readable(id);
        int index = indexOf(c, featureId);
        auditRecordRead(c, 1);
        JsonObject feature = featureCollection(List.of(c.feature(index)), null).getJsonArray("features").getJsonObject(0);
        JsonObject body = Json.createObjectBuilder(feature)
                .add("links", Json.createArrayBuilder()
                        .add(link(href("/collections/" + id + "/items/" + featureId), "self", GEOJSON, "this feature"))
                        .add(link(href("/collections/" + id), "collection", JSON, c.title())))
                .build();
        return Response.ok(body.toString(), GEOJSON).build();
    }

    /** Reads of individual records are audited (who, which layer, which query, how many), aggregates are not. */
    private void auditRecordRead(MapCollection c, int returned) {
        if (c.access() == MapCollection.Access.ENTITLED) {
            audit.record("maps.records.read", AuditTarget.MAP_COLLECTION, c.id(), null, null,
                    uri.getRequestUri().getRawPath() + (uri.getRequestUri().getRawQuery() == null ? ""
                            : "?" + uri.getRequestUri().getRawQuery()) + " returned " + returned);
        }
    }

    private MapCollection readable(String id) {
        MapCollection c = layers.find(id).orElseThrow(() -> new NotFound("No collection '" + id
                + "'; GET /ogc/features/collections lists them"));
        access.requireEntitled(c);
        return c;
    }

    private static int indexOf(MapCollection c, String featureId) {
        if (c instanceof PointCollection) {
            if (featureId.matches("\\d{1,9}") && Integer.parseInt(featureId) < c.size()) {
                return Integer.parseInt(featureId);
            }
        } else {
            for (int i = 0; i < c.size(); i++) {
                if (featureId.equals(c.feature(i).id())) {
                    return i;
                }
            }
        }
        throw new NotFound("No feature '" + featureId + "' in collection '" + c.id() + "'");
    }

    /** The library's GeoJSON (lon,lat; right-hand rings; the disclosure balance), read back to add members. */
    private static JsonObject featureCollection(List<MapFeature> features, Disclosure disclosure) {
        StringWriter out = new StringWriter();
        GeoJson.write(features, disclosure, out);
        return Json.createReader(new StringReader(out.toString())).readObject();
    }

    private JsonObject describe(MapCollection c) {
        Envelope e = c.extent();
        String base = "/collections/" + c.id();
        JsonObjectBuilder d = Json.createObjectBuilder()
                .add("id", c.id())
                .add("title", c.title())
                .add("description", c.description())
                .add("links", Json.createArrayBuilder()
                        .add(link(href(base), "self", JSON, c.title()))
                        .add(link(href(base + "/items"), "items", GEOJSON, "features"))
                        .add(link(href(base + "/queryables"), "http://www.opengis.net/def/rel/ogc/1.0/queryables",
                                "application/schema+json", "queryables")))
                .add("extent", Json.createObjectBuilder().add("spatial", Json.createObjectBuilder()
                        .add("bbox", Json.createArrayBuilder().add(Json.createArrayBuilder()
                                .add(e.getMinX()).add(e.getMinY()).add(e.getMaxX()).add(e.getMaxY())))
                        .add("crs", FeatureQuery.CRS84)))
                .add("itemType", "feature")
                .add("crs", Json.createArrayBuilder().add(FeatureQuery.CRS84))
                .add("synthetic", true)
                .add("access", c.access() == MapCollection.Access.PUBLIC ? "public" : "entitled");
        if (c.aggregateId() != null) {
            d.add("publicAggregate", c.aggregateId());
        }
        Disclosure disclosure = c.disclosure();
        if (disclosure != null) {
            d.add("disclosure", Json.createObjectBuilder()
                    .add("inputRecords", disclosure.inputRecords())
                    .add("publishedRecords", disclosure.publishedRecords())
                    .add("suppressedRecords", disclosure.suppressedRecords())
                    .add("unplacedRecords", disclosure.unplacedRecords())
                    .add("k", disclosure.rules().k())
                    .add("dominance", disclosure.rules().dominanceN() == 0 ? "none"
                            : disclosure.rules().dominanceN() + " largest > " + disclosure.rules().dominancePercent() + " %")
                    .add("suppressedCells", disclosure.suppressed().size()));
        }
        return d.build();
    }

    private String href(String path) {
        return uri.getBaseUri().resolve("ogc/features" + path).toString();
    }

    private String pageHref(int offset) {
        URI page = uri.getRequestUriBuilder().replaceQueryParam("offset", offset).build();
        return page.toString();
    }

    static JsonObject link(String href, String rel, String type, String title) {
        return Json.createObjectBuilder().add("href", href).add("rel", rel).add("type", type).add("title", title).build();
    }

}
