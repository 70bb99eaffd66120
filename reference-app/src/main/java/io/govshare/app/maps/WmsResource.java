package io.govshare.app.maps;

import io.govshare.app.audit.AuditLog;
import io.govshare.app.audit.AuditTarget;
import io.govshare.geo.tiles.WebMercator;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.locationtech.jts.geom.Envelope;

/**
 * WMS 1.3.0 (ISO 19128) for desktop GIS: GetCapabilities and GetMap in PNG, in EPSG:4490, EPSG:4326, CRS:84 and
 * EPSG:3857. Axis order follows the standard: with EPSG:4490 and EPSG:4326 the BBOX is
 * minLat,minLon,maxLat,maxLon; with CRS:84 and EPSG:3857 east comes first.
 * <p>
 * Errors are WMS service exception reports ({@code text/xml}, {@code ServiceExceptionReport} with the standard
 * codes and the offending parameter as {@code locator}) with HTTP 400, since WMS clients parse that format, not
 * problem+json. Point layers are drawn as points only for entitled users, as on tiles.
 */
@Path("wms")
@RequestScoped
@PermitAll
@Tag(name = "maps")
public class WmsResource {

    static final int MAX_SIZE = 4096;
    private static final List<String> CRS_CODES = List.of("EPSG:4490", "EPSG:4326", "CRS:84", "EPSG:3857");

    @Inject
    MapLayers layers;
    @Inject
    MapAccess access;
    @Inject
    AuditLog audit;

    @Context
    UriInfo uri;

    /** A WMS exception: code from WMS 1.3.0 Annex A (or OGC common), locator = the parameter. */
    static final class WmsException extends RuntimeException {
        final String code;
        final String locator;

        WmsException(String code, String locator, String message) {
            super(message);
            this.code = code;
            this.locator = locator;
        }
    }

    @GET
    @Operation(summary = "WMS 1.3.0: SERVICE=WMS&REQUEST=GetCapabilities, or GetMap (image/png)")
    public Response wms() {
        try {
            Map<String, String> p = parameters();
            if (!"WMS".equalsIgnoreCase(p.get("SERVICE"))) {
                throw new WmsException(p.containsKey("SERVICE") ? "InvalidParameterValue" : "MissingParameterValue",
                        "SERVICE", "SERVICE must be WMS");
            }
            String request = required(p, "REQUEST");
            if (request.equalsIgnoreCase("GetCapabilities")) {
                return Response.ok(WmsCapabilities.xml(layers.all(), uri.getBaseUri().resolve("wms").toString(),
                        CRS_CODES), "text/xml; charset=UTF-8").build();
            }
            if (request.equalsIgnoreCase("GetMap")) {
                return getMap(p);
            }
            throw new WmsException("OperationNotSupported", "REQUEST", "REQUEST must be GetCapabilities or GetMap, got '"
                    + request + "'");
        } catch (WmsException e) {
            return Response.status(400).type("text/xml; charset=UTF-8").entity(WmsCapabilities.exception(e)).build();
        }
    }

    private Response getMap(Map<String, String> p) {
        String version = required(p, "VERSION");
        if (!version.equals("1.3.0")) {
            throw new WmsException("InvalidParameterValue", "VERSION", "only VERSION=1.3.0 is served, got " + version);
        }
        List<MapCollection> requested = new ArrayList<>();
        for (String name : required(p, "LAYERS").split(",")) {
            requested.add(layers.find(name.strip()).orElseThrow(() -> new WmsException("LayerNotDefined", "LAYERS",
                    "no layer '" + name.strip() + "'; see GetCapabilities")));
        }
        String styles = p.getOrDefault("STYLES", "");
        for (String style : styles.split(",", -1)) {
            if (!style.isBlank() && !style.strip().equalsIgnoreCase("default")) {
                throw new WmsException("StyleNotDefined", "STYLES", "each layer has only its default style, got '"
                        + style.strip() + "'");
            }
        }
        String crs = required(p, "CRS").toUpperCase(Locale.ROOT);
        if (!CRS_CODES.contains(crs)) {
            throw new WmsException("InvalidCRS", "CRS", "CRS must be one of " + CRS_CODES + ", got '" + p.get("CRS") + "'");
        }
        Envelope box = bbox(required(p, "BBOX"), crs);
        int width = size(p, "WIDTH");
        int height = size(p, "HEIGHT");
        String format = required(p, "FORMAT");
        if (!format.equalsIgnoreCase("image/png")) {
            throw new WmsException("InvalidFormat", "FORMAT", "FORMAT must be image/png, got '" + format + "'");
        }
        String transparent = p.getOrDefault("TRANSPARENT", "FALSE");
        if (!transparent.equalsIgnoreCase("TRUE") && !transparent.equalsIgnoreCase("FALSE")) {
            throw new WmsException("InvalidParameterValue", "TRANSPARENT", "TRANSPARENT must be TRUE or FALSE");
        }
        Color background = transparent.equalsIgnoreCase("TRUE") ? null : background(p.get("BGCOLOR"));
        MapImage image = new MapImage(box, crs.equals("EPSG:3857"), width, height, background);
        StringBuilder rendering = new StringBuilder();
        for (MapCollection layer : requested) {
            MapView view = MapView.of(layer, access.entitled(layer), true, layers);
            image.draw(view.featuresIn(image.lonLatBox()), view.drawn().style());
            rendering.append(rendering.isEmpty() ? "" : ",").append(view.view()).append(':').append(view.drawn().id());
            if (view.view().equals("full")) {
                // a map of individual records is one deliberate read, audited like a features query; tiles are not
                // (a pan fetches dozens), they are private to the entitled user's cache instead
                audit.record("maps.records.read", AuditTarget.MAP_COLLECTION, layer.id(), null, null,
                        "WMS GetMap CRS=" + crs + " BBOX=" + p.get("BBOX") + " " + width + "x" + height);
            }
        }
        return Response.ok(image.png(), "image/png")
                .header("X-GovShare-Rendering", rendering.toString())
                .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION).build();
    }

    /** BBOX in the CRS's axis order → an east-first envelope (degrees, or metres for EPSG:3857). */
    static Envelope bbox(String text, String crs) {
        String[] parts = text.split(",", -1);
        if (parts.length != 4) {
            throw new WmsException("InvalidParameterValue", "BBOX", "BBOX needs 4 numbers, got " + parts.length);
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                v[i] = Double.NaN;
            }
            if (!Double.isFinite(v[i])) {
                throw new WmsException("InvalidParameterValue", "BBOX", "BBOX value " + (i + 1) + " '" + parts[i]
                        + "' is not a number");
            }
        }
        boolean latFirst = crs.equals("EPSG:4490") || crs.equals("EPSG:4326");
        double minE = latFirst ? v[1] : v[0];
        double minN = latFirst ? v[0] : v[1];
        double maxE = latFirst ? v[3] : v[2];
        double maxN = latFirst ? v[2] : v[3];
        if (!(minE < maxE) || !(minN < maxN)) {
            throw new WmsException("InvalidParameterValue", "BBOX", "BBOX minimum must be below maximum on both axes");
        }
        double eLimit = crs.equals("EPSG:3857") ? WebMercator.HALF_WORLD : 180;
        double nLimit = crs.equals("EPSG:3857") ? WebMercator.HALF_WORLD : 90;
        if (minE < -eLimit || maxE > eLimit || minN < -nLimit || maxN > nLimit) {
            throw new WmsException("InvalidParameterValue", "BBOX", latFirst
                    ? "BBOX with " + crs + " is minLat,minLon,maxLat,maxLon (WMS 1.3.0 uses the CRS's axis order); "
                    + "a latitude is within -90..90"
                    : "BBOX is outside the world of " + crs);
        }
        return new Envelope(minE, maxE, minN, maxN);
    }

    private static int size(Map<String, String> p, String name) {
        String text = required(p, name);
        if (!text.matches("\\d{1,5}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > MAX_SIZE) {
            throw new WmsException("InvalidParameterValue", name, name + " must be an integer 1.." + MAX_SIZE
                    + ", got '" + text + "'");
        }
        return Integer.parseInt(text);
    }

    private static Color background(String text) {
        if (text == null) {
            return Color.WHITE;
        }
        if (!text.matches("0[xX][0-9a-fA-F]{6}")) {
            throw new WmsException("InvalidParameterValue", "BGCOLOR", "BGCOLOR is 0xRRGGBB, got '" + text + "'");
        }
        return new Color(Integer.parseInt(text.substring(2), 16));
    }

    private static String required(Map<String, String> p, String name) {
        String value = p.get(name);
        if (value == null || value.isBlank()) {
            throw new WmsException("MissingParameterValue", name, name + " is required");
        }
        return value.strip();
    }

    /** WMS parameter names are case-insensitive; values are not. */
    private Map<String, String> parameters() {
        Map<String, String> p = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        uri.getQueryParameters().forEach((name, values) -> p.put(name, values.get(0)));
        return p;
    }
}
