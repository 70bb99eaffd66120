package io.govshare.app.maps;

import io.govshare.geo.tiles.WebMercator;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Envelope;

/** The WMS 1.3.0 capabilities document and service exception report, written as text. */
final class WmsCapabilities {

    private WmsCapabilities() {
    }

    static String xml(List<MapCollection> layers, String endpoint, List<String> crsCodes) {
        Envelope all = new Envelope();
        layers.forEach(l -> all.expandToInclude(l.extent()));
        StringBuilder x = new StringBuilder(4096);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<WMS_Capabilities version=\"1.3.0\" xmlns=\"http://www.opengis.net/wms\" ")
                .append("xmlns:xlink=\"http://www.w3.org/1999/xlink\" ")
                .append("xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ")
                .append("xsi:schemaLocation=\"http://www.opengis.net/wms ")
                .append("http://schemas.opengis.net/wms/1.3.0/capabilities_1_3_0.xsd\">\n")
                .append("<Service><Name>WMS</Name><Title>GovShare 示范市地图服务</Title>")
                .append("<Abstract>District boundaries and confidential aggregates of the demo city (synthetic data). ")
                .append("Point layers show individual records only to entitled users; others see the aggregate.")
                .append("</Abstract>")
                .append("<OnlineResource xlink:type=\"simple\" xlink:href=\"").append(escape(endpoint)).append("\"/>")
                .append("<Fees>none</Fees><AccessConstraints>none</AccessConstraints>")
                .append("<MaxWidth>").append(WmsResource.MAX_SIZE).append("</MaxWidth><MaxHeight>")
                .append(WmsResource.MAX_SIZE).append("</MaxHeight></Service>\n")
                .append("<Capability><Request>")
                .append(operation("GetCapabilities", "text/xml", endpoint))
                .append(operation("GetMap", "image/png", endpoint))
                .append("</Request><Exception><Format>XML</Format></Exception>\n")
                .append("<Layer><Title>示范市（合成数据）</Title>");
        crsCodes.forEach(c -> x.append("<CRS>").append(c).append("</CRS>"));
        boxes(x, all);
        x.append('\n');
        for (MapCollection layer : layers) {
            x.append("<Layer queryable=\"0\" opaque=\"0\"><Name>").append(escape(layer.id())).append("</Name><Title>")
                    .append(escape(layer.title())).append("</Title><Abstract>").append(escape(layer.description()))
                    .append("</Abstract>");
            boxes(x, layer.extent());
            x.append("<Style><Name>default</Name><Title>default</Title></Style></Layer>\n");
        }
        return x.append("</Layer></Capability></WMS_Capabilities>\n").toString();
    }

    /** The geographic box, and one BoundingBox per CRS in that CRS's axis order (latitude first for 4490/4326). */
    private static void boxes(StringBuilder x, Envelope e) {
        x.append("<EX_GeographicBoundingBox><westBoundLongitude>").append(n(e.getMinX()))
                .append("</westBoundLongitude><eastBoundLongitude>").append(n(e.getMaxX()))
                .append("</eastBoundLongitude><southBoundLatitude>").append(n(e.getMinY()))
                .append("</southBoundLatitude><northBoundLatitude>").append(n(e.getMaxY()))
                .append("</northBoundLatitude></EX_GeographicBoundingBox>");
        for (String crs : List.of("EPSG:4490", "EPSG:4326")) {
            box(x, crs, e.getMinY(), e.getMinX(), e.getMaxY(), e.getMaxX());
        }
        box(x, "CRS:84", e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
        box(x, "EPSG:3857", WebMercator.x(e.getMinX()), WebMercator.y(e.getMinY()), WebMercator.x(e.getMaxX()),
                WebMercator.y(e.getMaxY()));
    }

    private static void box(StringBuilder x, String crs, double minx, double miny, double maxx, double maxy) {
        x.append("<BoundingBox CRS=\"").append(crs).append("\" minx=\"").append(n(minx)).append("\" miny=\"")
                .append(n(miny)).append("\" maxx=\"").append(n(maxx)).append("\" maxy=\"").append(n(maxy)).append("\"/>");
    }

    private static String operation(String name, String format, String endpoint) {
        return "<" + name + "><Format>" + format + "</Format><DCPType><HTTP><Get><OnlineResource xlink:type=\"simple\" "
                + "xlink:href=\"" + escape(endpoint) + "?\"/></Get></HTTP></DCPType></" + name + ">";
    }

    static String exception(WmsResource.WmsException e) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<ServiceExceptionReport version=\"1.3.0\" xmlns=\"http://www.opengis.net/ogc\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://www.opengis.net/ogc "
                + "http://schemas.opengis.net/wms/1.3.0/exceptions_1_3_0.xsd\">\n"
                + "<ServiceException code=\"" + e.code + "\" locator=\"" + escape(e.locator) + "\">"
                + escape(e.getMessage()) + "</ServiceException>\n</ServiceExceptionReport>\n";
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.7f", v);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
