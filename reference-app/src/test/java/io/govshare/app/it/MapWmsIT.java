package io.govshare.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** WMS 1.3.0: capabilities, GetMap axis order per CRS, GDAL as the client, service exceptions. */
class MapWmsIT {

    /** The whole synthetic city, and where the middle of 中山区 falls in a 700 × 500 image of it. */
    static final double W = 111.95;
    static final double E = 112.65;
    static final double S = 34.35;
    static final double N = 34.85;
    static final int WIDTH = 700;
    static final int HEIGHT = 500;
    static final int PX = 140;   // (112.09 - 111.95) / 0.70 * 700
    static final int PY = 150;   // (34.85 - 34.70) / 0.50 * 500
    static final int ZHONGSHAN = 0xff8dd3c7;

    static String getMap(String layers, String crs, String bbox) {
        return "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=" + layers + "&STYLES=&CRS=" + crs
                + "&BBOX=" + bbox + "&WIDTH=" + WIDTH + "&HEIGHT=" + HEIGHT + "&FORMAT=image/png";
    }

    @Test
    void capabilitiesListTheLayersWithLatitudeFirstBoxesFor4490() throws Exception {
        HttpResponse<byte[]> reply = MapClient.get("/wms?service=WMS&request=GetCapabilities", null);
        assertEquals(200, reply.statusCode());
        Document doc = xml(reply.body());
        Element root = doc.getDocumentElement();
        assertEquals("WMS_Capabilities", root.getLocalName());
        assertEquals("1.3.0", root.getAttribute("version"));
        List<String> names = new ArrayList<>();
        NodeList nameNodes = doc.getElementsByTagNameNS("*", "Name");
        for (int i = 0; i < nameNodes.getLength(); i++) {
            names.add(nameNodes.item(i).getTextContent());
        }
        assertTrue(names.containsAll(List.of("districts", "population-grid", "population-points")), names.toString());
        NodeList boxes = doc.getElementsByTagNameNS("*", "BoundingBox");
        boolean checked = false;
        for (int i = 0; i < boxes.getLength(); i++) {
            Element box = (Element) boxes.item(i);
            if (box.getAttribute("CRS").equals("EPSG:4490")) {
                assertTrue(Double.parseDouble(box.getAttribute("minx")) < 40, "minx is a latitude: " + box.getAttribute("minx"));
                assertTrue(Double.parseDouble(box.getAttribute("miny")) > 100, "miny is a longitude");
                checked = true;
            }
        }
        assertTrue(checked);
    }

    @Test
    void bboxAxisOrderFollowsTheCrs() throws Exception {
        BufferedImage latLon = MapClient.image(MapClient.get(getMap("districts", "EPSG:4490", S + "," + W + "," + N + "," + E), null));
        BufferedImage crs84 = MapClient.image(MapClient.get(getMap("districts", "CRS:84", W + "," + S + "," + E + "," + N), null));
        BufferedImage wgs84 = MapClient.image(MapClient.get(getMap("districts", "EPSG:4326", S + "," + W + "," + N + "," + E), null));
        assertEquals(WIDTH, latLon.getWidth());
        assertEquals(ZHONGSHAN, latLon.getRGB(PX, PY), "EPSG:4490 BBOX is lat,lon");
        assertEquals(ZHONGSHAN, crs84.getRGB(PX, PY), "CRS:84 BBOX is lon,lat");
        for (int y = 0; y < HEIGHT; y += 7) {
            for (int x = 0; x < WIDTH; x += 7) {
                assertEquals(latLon.getRGB(x, y), crs84.getRGB(x, y), "same map at " + x + "," + y);
                assertEquals(latLon.getRGB(x, y), wgs84.getRGB(x, y), "same map at " + x + "," + y);
            }
        }
        // EPSG:3857 metres, east first; the middle of 中山区 lands where Mercator puts it
        double x0 = lonToX(W);
        double x1 = lonToX(E);
        double y0 = latToY(S);
        double y1 = latToY(N);
        BufferedImage mercator = MapClient.image(MapClient.get(getMap("districts", "EPSG:3857",
                x0 + "," + y0 + "," + x1 + "," + y1), null));
        int px = (int) ((lonToX(112.09) - x0) / (x1 - x0) * WIDTH);
        int py = (int) ((y1 - latToY(34.70)) / (y1 - y0) * HEIGHT);
        assertEquals(ZHONGSHAN, mercator.getRGB(px, py));

        // lon,lat given with EPSG:4490 (the classic mistake) is refused: 111.95 is no latitude
        HttpResponse<byte[]> swapped = MapClient.get(getMap("districts", "EPSG:4490", W + "," + S + "," + E + "," + N), null);
        assertException(swapped, "InvalidParameterValue", "BBOX");
        assertTrue(MapClient.text(swapped).contains("minLat,minLon,maxLat,maxLon"));
    }

    @Test
    void gdalTranslateFetchesAMap(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("map.png");
        String url = Api.resolve(getMap("districts", "EPSG:4490", S + "," + W + "," + N + "," + E)).toString();
        MapClient.gdal("gdal_translate", "-of", "PNG", "-outsize", String.valueOf(WIDTH), String.valueOf(HEIGHT),
                "WMS:" + url, out.toString());
        BufferedImage image = ImageIO.read(out.toFile());
        assertEquals(WIDTH, image.getWidth());
        assertEquals(HEIGHT, image.getHeight());
        assertEquals(ZHONGSHAN & 0xffffff, image.getRGB(PX, PY) & 0xffffff, "GDAL drew the district where it is");
    }

    @Test
    void errorsAreServiceExceptionReportsNamingTheParameter() throws Exception {
        String box = S + "," + W + "," + N + "," + E;
        assertException(MapClient.get(getMap("districts", "EPSG:9999", box), null), "InvalidCRS", "CRS");
        assertException(MapClient.get(getMap("rivers", "EPSG:4490", box), null), "LayerNotDefined", "LAYERS");
        assertException(MapClient.get(getMap("districts", "EPSG:4490", "34.3,111.9,34.9"), null), "InvalidParameterValue", "BBOX");
        assertException(MapClient.get(getMap("districts", "EPSG:4490", box).replace("image/png", "image/jpeg"), null),
                "InvalidFormat", "FORMAT");
        assertException(MapClient.get(getMap("districts", "EPSG:4490", box).replace("WIDTH=700", "WIDTH=0"), null),
                "InvalidParameterValue", "WIDTH");
        assertException(MapClient.get(getMap("districts", "EPSG:4490", box).replace("STYLES=", "STYLES=fancy"), null),
                "StyleNotDefined", "STYLES");
        assertException(MapClient.get("/wms?REQUEST=GetCapabilities", null), "MissingParameterValue", "SERVICE");
        assertException(MapClient.get("/wms?SERVICE=WMS&REQUEST=GetFeatureInfo", null), "OperationNotSupported", "REQUEST");
    }

    static void assertException(HttpResponse<byte[]> reply, String code, String locator) throws Exception {
        assertEquals(400, reply.statusCode(), () -> MapClient.text(reply));
        assertTrue(reply.headers().firstValue("Content-Type").orElse("").startsWith("text/xml"));
        Document doc = xml(reply.body());
        assertEquals("ServiceExceptionReport", doc.getDocumentElement().getLocalName());
        Element e = (Element) doc.getElementsByTagNameNS("http://www.opengis.net/ogc", "ServiceException").item(0);
        assertEquals(code, e.getAttribute("code"), MapClient.text(reply));
        assertEquals(locator, e.getAttribute("locator"), MapClient.text(reply));
    }

    static Document xml(byte[] body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    }

    static double lonToX(double lon) {
        return Math.toRadians(lon) * 6378137.0;
    }

    static double latToY(double lat) {
        return Math.log(Math.tan(Math.PI / 4 + Math.toRadians(lat) / 2)) * 6378137.0;
    }
}
