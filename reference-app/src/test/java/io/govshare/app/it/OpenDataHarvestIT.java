package io.govshare.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.govshare.opendata.dcat.OfficialShapes;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/**
 * What harvesters see: the CKAN Action API answering as CKAN does, and the DCAT-AP 3 catalog in three syntaxes
 * that parse to one graph and conform to the official shapes (Apache Jena SHACL: zero violations).
 */
class OpenDataHarvestIT {

    private static final String CKAN = "/api/3/action/";

    @Test
    void ckanPackageListSearchAndShowAnswerAsCkanDoes() {
        JsonObject list = Api.get(CKAN + "package_list", null).object();
        assertTrue(list.getBoolean("success"));
        List<String> names = list.getJsonArray("result").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
        assertTrue(names.size() > 50, list.toString());
        names.forEach(name -> assertTrue(name.matches("[a-z0-9_-]{2,100}"), "CKAN package name rule: " + name));

        JsonObject search = Api.get(CKAN + "package_search?q=" + OpenDataIT.enc("户籍人口抽样调查") + "&rows=5", null)
                .object().getJsonObject("result");
        JsonObject demo = search.getJsonArray("results").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("title").equals("户籍人口抽样调查信息（脱敏）")).findFirst().orElseThrow();
        assertEquals("dataset", demo.getString("type"));
        assertTrue(demo.getString("id").matches("[0-9a-f-]{36}"), "package ids are UUIDs");
        assertEquals("市公安局", demo.getJsonObject("organization").getString("title"));
        JsonArray resources = demo.getJsonArray("resources");
        assertTrue(resources.size() >= 2, demo.toString());
        JsonObject csv = resources.getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("format").equals("CSV")).findFirst().orElseThrow();
        assertTrue(csv.getString("hash").matches("sha256:[0-9a-f]{64}"));
        assertTrue(csv.getString("url").contains("/download?format=csv"));

        // paging: rows and start walk the same ordered list, count is the total
        JsonObject page1 = Api.get(CKAN + "package_search?rows=3&start=0", null).object().getJsonObject("result");
        JsonObject page2 = Api.get(CKAN + "package_search?rows=3&start=3", null).object().getJsonObject("result");
        assertEquals(names.size(), page1.getInt("count"));
        assertEquals(names.subList(0, 6), List.of(name(page1, 0), name(page1, 1), name(page1, 2),
                name(page2, 0), name(page2, 1), name(page2, 2)));

        // show by name and by id; the same package
        JsonObject byName = Api.get(CKAN + "package_show?id=" + demo.getString("name"), null).object();
        JsonObject byId = Api.get(CKAN + "package_show?id=" + demo.getString("id"), null).object();
        assertEquals(byName.getJsonObject("result").getString("id"), byId.getJsonObject("result").getString("id"));
        JsonObject resource = Api.get(CKAN + "resource_show?id=" + csv.getString("id"), null).object();
        assertEquals(csv.getString("url"), resource.getJsonObject("result").getString("url"));

        // the harvester's incremental query: modified since a time; a time in the future finds nothing
        JsonObject since = Api.get(CKAN + "package_search?fq=" + OpenDataIT.enc("metadata_modified:[2000-01-01T00:00:00Z TO *]")
                + "&rows=1000", null).object().getJsonObject("result");
        assertEquals(names.size(), since.getInt("count"));
        JsonObject future = Api.get(CKAN + "package_search?fq=" + OpenDataIT.enc("metadata_modified:[2999-01-01T00:00:00Z TO *]"),
                null).object().getJsonObject("result");
        assertEquals(0, future.getInt("count"));
        // POST with a JSON body, as ckanapi sends it
        Api.Reply posted = Api.post(CKAN + "package_show", null, "{\"id\": \"" + demo.getString("name") + "\"}");
        assertEquals(200, posted.status(), posted.toString());
    }

    @Test
    void ckanErrorsUseCkansShape() {
        Api.Reply missing = Api.get(CKAN + "package_show?id=no-such-dataset", null);
        assertEquals(404, missing.status());
        assertFalse(missing.object().getBoolean("success"));
        assertEquals("Not Found Error", missing.object().getJsonObject("error").getString("__type"));
        Api.Reply badFq = Api.get(CKAN + "package_search?fq=" + OpenDataIT.enc("tags:人口"), null);
        assertEquals(409, badFq.status());
        assertEquals("Validation Error", badFq.object().getJsonObject("error").getString("__type"));
        assertEquals(400, Api.get(CKAN + "datastore_search", null).status());
        assertEquals(409, Api.get(CKAN + "package_search?rows=5000", null).status());
    }

    @Test
    void organizationsAndGroupsAreDepartmentsAndClasses() {
        List<String> organizations = Api.get(CKAN + "organization_list", null).object().getJsonArray("result")
                .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        assertTrue(organizations.contains("1139050001390501xr"), organizations.toString());
        JsonArray full = Api.get(CKAN + "organization_list?all_fields=true", null).object().getJsonArray("result");
        assertTrue(full.getValuesAs(JsonObject.class).stream().anyMatch(o -> o.getString("title").equals("市公安局")
                && o.getInt("package_count") > 0));
        JsonArray groups = Api.get(CKAN + "group_list?all_fields=true", null).object().getJsonArray("result");
        assertTrue(groups.getValuesAs(JsonObject.class).stream().anyMatch(g -> g.getString("name").equals("101")
                && g.getString("title").equals("人口")), groups.toString());
    }

    @Test
    void theDcatCatalogParsesToOneGraphInThreeSyntaxesAndConformsToTheOfficialShapes() {
        Graph turtle = parse(Api.get("/dcat/catalog.ttl", null), Lang.TURTLE);
        Graph jsonLd = parse(Api.get("/dcat/catalog.jsonld", null), Lang.JSONLD);
        Graph rdfXml = parse(Api.get("/dcat/catalog.rdf", null), Lang.RDFXML);
        assertTrue(turtle.size() > 1000, "triples: " + turtle.size());
        assertTrue(turtle.isIsomorphicWith(jsonLd), "Turtle and JSON-LD give the same graph");
        assertTrue(turtle.isIsomorphicWith(rdfXml), "Turtle and RDF/XML give the same graph");
        for (OfficialShapes.ShapeSet shapes : OfficialShapes.ALL) {
            ValidationReport report = shapes.validate(turtle);
            long violations = report.getEntries().stream()
                    .filter(e -> e.severity() == org.apache.jena.shacl.validation.Severity.Violation).count();
            if (violations > 0) {
                ShLib.printReport(report);
            }
            assertEquals(0, violations, shapes.name() + ": violations");
        }
        // the demo release is there with its checksum
        var model = ModelFactory.createModelForGraph(turtle);
        assertTrue(model.listObjectsOfProperty(model.createProperty("http://spdx.org/rdf/terms#checksumValue"))
                .toList().size() >= 2, "the released files carry SPDX checksums");
    }

    private static String name(JsonObject result, int i) {
        return result.getJsonArray("results").getJsonObject(i).getString("name");
    }

    private static Graph parse(Api.Reply reply, Lang lang) {
        assertEquals(200, reply.status(), reply.toString());
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(reply.body())).lang(lang).parse(graph);
        return graph;
    }
}
