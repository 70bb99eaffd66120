package io.govshare.app.it;

import static io.govshare.app.it.CatalogFixtures.create;
import static io.govshare.app.it.CatalogFixtures.move;
import static io.govshare.app.it.CatalogFixtures.newEntry;
import static io.govshare.app.it.CatalogFixtures.uniqueName;
import static io.govshare.app.it.CatalogFixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.govshare.app.opendata.release.DemoPopulation;
import io.govshare.exchange.PacketId;
import io.govshare.exchange.PacketOperation;
import io.govshare.masking.scan.EntityType;
import io.govshare.masking.scan.ScanReport;
import io.govshare.masking.scan.SensitiveDataScanner;
import io.govshare.security.crypto.CryptoProfiles;
import io.govshare.security.identity.Certificates;
import io.govshare.security.identity.NodeIdentity;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The open-data release end to end: the demo population sample released through masking, scan and risk gate; a
 * public user applies, the providing department approves, the user downloads the masked CSV; releases the gate or
 * the scan blocks; the data API with its rate limit; feedback and statistics.
 */
class OpenDataIT {

    static final String OPEN = "/api/v1/open";
    private static String demoId;

    @BeforeAll
    static void findDemoDataset() {
        JsonObject found = Api.get(OPEN + "/datasets?q=" + enc("户籍人口抽样调查") + "&size=5", null).object();
        demoId = found.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("title").equals("户籍人口抽样调查信息（脱敏）"))
                .map(d -> d.getString("id")).findFirst()
                .orElseThrow(() -> new AssertionError("demo dataset not in the open catalog: " + found));
    }

    @Test
    void theOpenCatalogListsOnlyPublishedOpenEntriesAndHidesTheOthers() {
        JsonObject all = Api.get(OPEN + "/datasets?size=100", null).object();
        assertTrue(all.getInt("total") > 50, all.toString());
        for (JsonObject item : all.getJsonArray("items").getValuesAs(JsonObject.class)) {
            assertTrue(Set.of("UNCONDITIONAL", "CONDITIONAL").contains(item.getString("openType")), item.toString());
        }
        // an entry that is not open is a 404, the same as one that does not exist
        JsonObject notOpen = Api.get("/api/v1/catalog/resources?openType=NONE&status=PUBLISHED&size=1",
                Api.demoToken("consumer")).object().getJsonArray("items").getJsonObject(0);
        String id = notOpen.getString("code").replace('/', '-');
        assertTrue(Api.get(OPEN + "/datasets/" + id, null).isProblem(404));
        assertTrue(Api.get(OPEN + "/datasets/no-such", null).isProblem(404));
        assertTrue(Api.get(OPEN + "/datasets?size=500", null).isProblem(400), "size is limited to 100");
    }

    @Test
    void theDemoReleaseIsPublishedWithChecksumsAndItsReportIsForTheProviderOnly() {
        JsonObject detail = Api.get(OPEN + "/datasets/" + demoId, null).object();
        assertEquals("CONDITIONAL", detail.getString("openType"));
        JsonObject first = detail.getJsonArray("releases").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getInt("version") == 1).findFirst().orElseThrow();
        assertEquals(5000, first.getInt("recordCount"));
        List<String> formats = first.getJsonArray("files").getValuesAs(JsonObject.class).stream()
                .map(f -> f.getString("format")).toList();
        assertEquals(List.of("CSV", "JSON"), formats, "no GeoJSON: the sample has no coordinates");
        assertFalse(detail.containsKey("report"), "the public does not see the risk report");
        assertTrue(Api.get(OPEN + "/datasets/" + demoId + "/releases", Api.demoToken("health-cataloguer")).isProblem(403));
        JsonObject release = Api.get(OPEN + "/datasets/" + demoId + "/releases", Api.demoToken("cataloguer"))
                .object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("status").equals("PUBLISHED") && r.getInt("version") == 1).findFirst()
                .orElseThrow();
        JsonObject report = release.getJsonObject("report");
        assertTrue(report.getBoolean("published"));
        assertEquals(List.of("文化程度"), strings(report.getJsonArray("suppressedColumns")));
        assertTrue(report.getJsonObject("risk").getInt("k") >= 5, report.toString());
        assertEquals(List.of(), report.getJsonObject("scan").getJsonArray("output").getValuesAs(JsonObject.class)
                .stream().filter(f -> Set.of("RESIDENT_ID", "MOBILE").contains(f.getString("type"))).toList(),
                "the masked output holds no ID or phone number");
    }

    @Test
    void aPublicUserAppliesTheProviderApprovesAndTheMaskedDownloadLeaksNoOne() throws Exception {
        String user = registerPublicUser();
        String token = Api.token(user, "open-data-123");
        String download = OPEN + "/datasets/" + demoId + "/download?format=csv";
        assertTrue(Api.get(download, null).isProblem(401), "有条件开放 needs a key");

        // apply; the same user cannot apply twice while the first is pending
        JsonObject application = Api.post(OPEN + "/datasets/" + demoId + "/applications", token,
                "{\"purpose\": \"研究示范市人口年龄结构，用于养老设施规划课题\"}").object();
        assertEquals("SUBMITTED", application.getString("status"));
        assertTrue(Api.post(OPEN + "/datasets/" + demoId + "/applications", token,
                "{\"purpose\": \"again\"}").isProblem(409));
        long applicationId = application.getJsonNumber("id").longValue();
        assertTrue(Api.post(OPEN + "/applications/" + applicationId + "/api-key", token, null).isProblem(409),
                "no key before approval");

        // the reviewer of another department may not decide; the provider's reviewer approves
        String approve = "{\"decision\": \"APPROVE\"}";
        assertTrue(Api.post(OPEN + "/applications/" + applicationId + "/decision", Api.demoToken("consumer"), approve)
                .isProblem(403));
        assertTrue(Api.get(OPEN + "/applications", Api.demoToken("reviewer")).array().getValuesAs(JsonObject.class)
                .stream().anyMatch(a -> a.getJsonNumber("id").longValue() == applicationId));
        assertTrue(Api.post(OPEN + "/applications/" + applicationId + "/decision", Api.demoToken("reviewer"),
                "{\"decision\": \"REFUSE\"}").isProblem(400), "a refusal needs a reason");
        JsonObject approved = Api.post(OPEN + "/applications/" + applicationId + "/decision",
                Api.demoToken("reviewer"), approve).object();
        assertEquals("APPROVED", approved.getString("status"));

        String key = Api.post(OPEN + "/applications/" + applicationId + "/api-key", token, null).object()
                .getString("apiKey");
        assertTrue(Api.post(OPEN + "/applications/" + applicationId + "/api-key", token, null).isProblem(410),
                "the key is handed out once");

        Api.Reply reply = Api.sendWithHeader("GET", download, "X-API-Key", key);
        assertEquals(200, reply.status(), reply.toString());
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        assertEquals(reply.header("X-Checksum-SHA256").orElseThrow(),
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        assertEquals(reply.header("X-Checksum-SM3").orElseThrow(),
                HexFormat.of().formatHex(CryptoProfiles.SM.newDigest().digest(bytes)));
        assertTrue(reply.header("Content-Disposition").orElseThrow().contains(demoId + "-v1.csv"));

        String csv = reply.body();
        List<String> lines = csv.lines().toList();
        assertEquals("\uFEFF公民身份号码,姓名,性别,出生日期,联系电话,现住址,所属区县", lines.get(0));
        assertEquals(5001, lines.size());
        // the same synthetic people the demo released: none of their IDs, phones or full names is in the file
        Set<String> names = new HashSet<>();
        DemoPopulation people = new DemoPopulation(2026, 5000, LocalDate.of(2026, 6, 30));
        while (people.hasNext()) {
            JsonObject person = people.next();
            String id = person.getString("公民身份号码");
            assertFalse(csv.contains(id) || csv.contains(id.substring(0, 17)), "raw 身份证号 in the download");
            assertFalse(csv.contains(person.getString("联系电话")), "raw phone number in the download");
            names.add(person.getString("姓名"));
        }
        for (String line : lines.subList(1, lines.size())) {
            String name = line.split(",")[1];
            assertFalse(names.contains(name), "a full name in the download: " + line);
            assertTrue(name.matches("\\p{IsHan}\\*+"), "names keep their first character only: " + line);
        }
        // the ID column holds keyed pseudonyms (16 hex digits), which cannot be anyone's identifier; every other
        // column is scanned for what the recognisers find
        List<Map<String, String>> rows = csvRecords(lines);
        rows.forEach(row -> assertTrue(row.remove("公民身份号码").matches("[0-9a-f]{16}"), row.toString()));
        ScanReport scan = SensitiveDataScanner.chinese().scan(rows);
        assertFalse(scan.hasFindingsOf(List.of(EntityType.RESIDENT_ID, EntityType.MOBILE, EntityType.BANK_CARD)),
                scan.toString());

        // another user's key is refused for 有条件开放 data
        String other = registerPublicUser();
        String otherKey = Api.post(OPEN + "/api-keys", Api.token(other, "open-data-123"), null).object().getString("apiKey");
        assertTrue(Api.sendWithHeader("GET", download, "X-API-Key", otherKey).isProblem(403));
        assertTrue(Api.sendWithHeader("GET", download, "X-API-Key", "gsk_not-a-key").isProblem(401));

        // the download was counted
        JsonObject statistics = Api.get(OPEN + "/statistics", null).object();
        assertTrue(statistics.getJsonObject("byDataset").getInt(demoId, 0) >= 1, statistics.toString());
    }

    @Test
    void theDataApiPagesFiltersAndIsRateLimitedPerKey() {
        String user = registerPublicUser();
        String token = Api.token(user, "open-data-123");
        long applicationId = Api.post(OPEN + "/datasets/" + demoId + "/applications", token,
                "{\"purpose\": \"按区县统计\"}").object().getJsonNumber("id").longValue();
        Api.post(OPEN + "/applications/" + applicationId + "/decision", Api.demoToken("reviewer"),
                "{\"decision\": \"APPROVE\"}");
        String key = Api.post(OPEN + "/applications/" + applicationId + "/api-key", token, null).object()
                .getString("apiKey");
        String records = OPEN + "/datasets/" + demoId + "/records";
        assertTrue(Api.get(records, null).isProblem(401));
        JsonObject page = Api.sendWithHeader("GET", records + "?size=7&page=2&" + enc("所属区县") + "=" + enc("中山区"),
                "X-API-Key", key).object();
        assertEquals(7, page.getJsonArray("items").size());
        assertTrue(page.getInt("total") > 500 && page.getInt("total") < 1500, page.toString());
        page.getJsonArray("items").getValuesAs(JsonObject.class)
                .forEach(r -> assertEquals("中山区", r.getString("所属区县")));
        Api.Reply unknown = Api.sendWithHeader("GET", records + "?" + enc("颜色") + "=1", "X-API-Key", key);
        assertTrue(unknown.isProblem(400));
        assertEquals("颜色", unknown.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        // the IT server allows 20 requests a minute per key: the bucket runs dry, with Retry-After
        Api.Reply limited = null;
        for (int i = 0; i < 25 && limited == null; i++) {
            Api.Reply reply = Api.sendWithHeader("GET", records + "?size=1", "X-API-Key", key);
            if (reply.status() == 429) {
                limited = reply;
            }
        }
        assertTrue(limited != null && limited.isProblem(429), "the rate limit was never reached");
        assertTrue(Integer.parseInt(limited.header("Retry-After").orElseThrow()) >= 1);
    }

    @Test
    void aDatasetWithAUniqueQuasiIdentifierCombinationIsBlockedByTheGate() {
        String code = publishedOpenPoliceEntry();
        String id = code.replace('/', '-');
        String cataloguer = Api.demoToken("cataloguer");
        assertEquals(200, Api.put(OPEN + "/datasets/" + id + "/policy", cataloguer,
                policeEntryPolicy("{\"technique\": \"HMAC_SM3\"}", "{\"technique\": \"KEEP\"}", "\"签发日期\", \"性别\""))
                .status());
        StringBuilder csv = new StringBuilder("证件号码,签发日期,签发机关,性别\n");
        for (int i = 0; i < 40; i++) {
            csv.append("G").append(String.format("%08d", i)).append(",2026-11-0").append(1 + i % 2).append(",示范市公安局,")
                    .append(i % 2 == 0 ? "1" : "2").append('\n');
        }
        csv.append("G99999999,2026-10-15,示范市公安局,1\n"); // the only one issued in October
        Api.Reply blocked = Api.send("POST", OPEN + "/datasets/" + id + "/releases", cataloguer, "text/csv",
                csv.toString());
        assertTrue(blocked.isProblem(422), blocked.toString());
        assertTrue(rules(blocked).contains("risk.prosecutor"), blocked.toString());
        JsonObject report = blocked.object().getJsonObject("release").getJsonObject("report");
        assertEquals(1, report.getJsonObject("risk").getInt("k"));
        assertEquals(1, report.getJsonObject("risk").getInt("uniqueRecords"));
        assertTrue(Api.get(OPEN + "/datasets/" + id, null).object().getJsonArray("releases").isEmpty(),
                "nothing was published");
        JsonArray kept = Api.get(OPEN + "/datasets/" + id + "/releases", cataloguer).object().getJsonArray("items");
        assertEquals("BLOCKED", kept.getJsonObject(0).getString("status"), "the blocked release's report is kept");

        // the same data generalised to the year passes and becomes version 1
        Api.Reply saved = Api.put(OPEN + "/datasets/" + id + "/policy", cataloguer,
                policeEntryPolicy("{\"technique\": \"HMAC_SM3\"}", YEAR_ONLY, "\"签发日期\", \"性别\""));
        assertEquals(200, saved.status(), saved.toString());
        Api.Reply published = Api.send("POST", OPEN + "/datasets/" + id + "/releases", cataloguer, "text/csv",
                csv.toString());
        assertEquals(201, published.status(), published.toString());
        assertEquals(1, published.object().getInt("version"));
    }

    @Test
    void aPolicyThatKeepsAPhoneNumberIsBlockedByTheScan() {
        String code = publishedOpenPoliceEntry();
        String id = code.replace('/', '-');
        String cataloguer = Api.demoToken("cataloguer");
        assertEquals(200, Api.put(OPEN + "/datasets/" + id + "/policy", cataloguer,
                policeEntryPolicy("{\"technique\": \"KEEP\"}", YEAR_ONLY, "\"性别\"")).status());
        StringBuilder csv = new StringBuilder("证件号码,签发日期,签发机关,性别\n");
        for (int i = 0; i < 30; i++) {
            csv.append(i == 7 ? "13812345678" : "G" + String.format("%08d", i)).append(",2026-11-01,示范市公安局,1\n");
        }
        Api.Reply blocked = Api.send("POST", OPEN + "/datasets/" + id + "/releases", cataloguer, "text/csv",
                csv.toString());
        assertTrue(blocked.isProblem(422), blocked.toString());
        JsonObject error = blocked.object().getJsonArray("errors").getJsonObject(0);
        assertEquals("open.scan-found-identifier", error.getString("rule"));
        assertEquals("证件号码", error.getString("field"));
        assertFalse(blocked.body().contains("13812345678"), "the report never repeats the raw value");
    }

    @Test
    void theHubsStoredRecordsAreReleased() {
        String code = publishedOpenPoliceEntry();
        String id = code.replace('/', '-');
        JsonObject trust = Api.get("/api/v1/exchange/trust", null).object();
        var hub = Certificates.readCertificate(trust.getString("hubCertificate"));
        String cataloguer = Api.demoToken("cataloguer");
        assertTrue(rules(Api.send("POST", OPEN + "/datasets/" + id + "/releases?source=exchange", cataloguer,
                "text/csv", "")).contains("open.source-not-releasable"), "nothing stored yet");
        NodeIdentity node = ExchangeFixtures.approvedNode(cataloguer, CryptoProfiles.SM);
        List<JsonObject> people = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            people.add(Json.createObjectBuilder().add("证件号码", "G" + String.format("%08d", i))
                    .add("签发日期", "2026-11-0" + (1 + i % 3)).add("签发机关", "示范市公安局").add("性别", "1").build());
        }
        Api.Reply accepted = ExchangeFixtures.submit(cataloguer, ExchangeFixtures.seal(node, PacketId.random(), code, 1,
                people, hub, PacketOperation.FULL));
        assertEquals(201, accepted.status(), accepted.toString());
        Api.Reply released = Api.send("POST", OPEN + "/datasets/" + id + "/releases?source=exchange", cataloguer,
                "text/csv", "");
        assertEquals(201, released.status(), released.toString());
        assertEquals("EXCHANGE", released.object().getString("source"));
        assertEquals(30, released.object().getInt("recordCount"));
    }

    @Test
    void facilitiesWithCoordinatesArePublishedAsGeoJsonAndAnUnmarkedPhoneIsReported() {
        String cataloguer = Api.demoToken("cataloguer");
        JsonObject entry = newEntry(uniqueName("派出所办公地点信息"), CatalogFixtures.POLICE);
        entry = with(entry, "dataItems", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("name", "名称").add("type", "STRING").add("length", 50))
                .add(Json.createObjectBuilder().add("name", "电话").add("type", "STRING").add("length", 20))
                .add(Json.createObjectBuilder().add("name", "经度").add("type", "DECIMAL").add("length", 10))
                .add(Json.createObjectBuilder().add("name", "纬度").add("type", "DECIMAL").add("length", 10)).build());
        entry = with(entry, "open", Json.createObjectBuilder().add("type", "UNCONDITIONAL").build());
        String code = create(cataloguer, entry).getString("code");
        String path = CatalogFixtures.RESOURCES + "/" + code;
        assertEquals(200, move(path, cataloguer, "SUBMIT", null).status());
        assertEquals(200, move(path, Api.demoToken("reviewer"), "APPROVE", null).status());
        assertEquals("PUBLISHED", move(path, Api.demoToken("platform-reviewer"), "PUBLISH", null).object()
                .getString("status"));
        String id = code.replace('/', '-');
        String csv = "名称,电话,经度,纬度\n中山派出所,023-61234567,106.551556,29.563009\n西湖派出所,023-61234568,106.5,29.6\n";
        Api.Reply published = Api.send("POST", OPEN + "/datasets/" + id + "/releases", cataloguer, "text/csv", csv);
        assertEquals(201, published.status(), published.toString());
        JsonObject report = published.object().getJsonObject("report");
        assertFalse(report.getJsonObject("risk").getBoolean("assessed"), "nothing personal: no risk to assess");
        assertTrue(report.getJsonObject("scan").getJsonArray("unmarkedInput").getValuesAs(JsonObject.class).stream()
                .anyMatch(f -> f.getString("field").equals("电话") && f.getString("type").equals("LANDLINE")),
                "the provider is told the unmarked item holds telephone numbers: " + report);
        // 无条件开放: downloads need no key
        JsonObject geojson = Api.get(OPEN + "/datasets/" + id + "/download?format=geojson", null).object();
        assertEquals("FeatureCollection", geojson.getString("type"));
        JsonObject feature = geojson.getJsonArray("features").getJsonObject(0);
        assertEquals(List.of(106.551556, 29.563009), feature.getJsonObject("geometry").getJsonArray("coordinates")
                .getValuesAs(jakarta.json.JsonNumber.class).stream().map(n -> n.doubleValue()).toList(),
                "RFC 7946: longitude first");
        assertEquals("中山派出所", feature.getJsonObject("properties").getString("名称"));
        assertFalse(feature.getJsonObject("properties").containsKey("经度"));

        // a part of the file (a preview, a resumed download): 206, the same bytes, not counted as a download
        String download = OPEN + "/datasets/" + id + "/download?format=csv";
        byte[] whole = Api.getBytes(download, null);
        int counted = Api.get(OPEN + "/statistics", null).object().getJsonObject("byDataset").getInt(id, 0);
        java.net.http.HttpResponse<byte[]> head = ranged(download, "bytes=0-9", null);
        assertEquals(206, head.statusCode());
        assertEquals("bytes 0-9/" + whole.length, head.headers().firstValue("Content-Range").orElse(""));
        assertEquals(java.util.Arrays.toString(java.util.Arrays.copyOf(whole, 10)), java.util.Arrays.toString(head.body()));
        String etag = head.headers().firstValue("ETag").orElseThrow();
        java.net.http.HttpResponse<byte[]> tail = ranged(download, "bytes=10-", etag);
        assertEquals(206, tail.statusCode());
        assertEquals(whole.length - 10, tail.body().length, "resumed with If-Range of the same version");
        assertEquals(200, ranged(download, "bytes=10-", "\"another-version\"").statusCode(),
                "If-Range of another version: the whole file");
        java.net.http.HttpResponse<byte[]> past = ranged(download, "bytes=" + whole.length + "-", null);
        assertEquals(416, past.statusCode());
        assertEquals("bytes */" + whole.length, past.headers().firstValue("Content-Range").orElse(""));
        assertEquals(counted + 1, Api.get(OPEN + "/statistics", null).object().getJsonObject("byDataset").getInt(id, 0),
                "only the If-Range fallback (a whole file) was a download");
    }

    private static java.net.http.HttpResponse<byte[]> ranged(String path, String range, String ifRange) {
        try {
            var request = java.net.http.HttpRequest.newBuilder(Api.resolve(path)).header("Range", range);
            if (ifRange != null) {
                request.header("If-Range", ifRange);
            }
            return java.net.http.HttpClient.newHttpClient().send(request.build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void badUploadsAndPoliciesAreRefusedNamingTheFieldAndRule() {
        String id = demoId;
        String cataloguer = Api.demoToken("cataloguer");
        Api.Reply unknownColumn = Api.send("POST", OPEN + "/datasets/" + id + "/releases", cataloguer, "text/csv",
                "姓名,血型\n张三,A\n");
        assertTrue(unknownColumn.isProblem(422), unknownColumn.toString());
        assertEquals("columns[1]", unknownColumn.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply badDate = Api.send("POST", OPEN + "/datasets/" + id + "/releases", cataloguer, "text/csv",
                "姓名,出生日期\n张三,1990-13-45\n");
        assertTrue(badDate.isProblem(422), badDate.toString());
        assertEquals("line 2", badDate.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(Api.send("POST", OPEN + "/datasets/" + id + "/releases", cataloguer, "application/pdf", "x")
                .isProblem(415));
        assertTrue(Api.send("POST", OPEN + "/datasets/" + id + "/releases", Api.demoToken("health-cataloguer"),
                "text/csv", "姓名\n张三\n").isProblem(403), "only the provider releases");
        byte[] big = new byte[5 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        assertTrue(Api.sendBytes("POST", OPEN + "/datasets/" + id + "/releases", cataloguer, "text/csv", big)
                .isProblem(413));

        Api.Reply badTechnique = Api.put(OPEN + "/datasets/" + id + "/policy", cataloguer,
                "{\"masking\": {\"items\": {\"姓名\": {\"technique\": \"SCRAMBLE\"}}}, \"quasiIdentifiers\": []}");
        assertTrue(badTechnique.isProblem(400), badTechnique.toString());
        assertTrue(badTechnique.object().getJsonArray("errors").getJsonObject(0).getString("field")
                .startsWith("masking.items.姓名"), badTechnique.toString());
        Api.Reply missingItem = Api.put(OPEN + "/datasets/" + id + "/policy", cataloguer,
                "{\"masking\": {\"items\": {\"姓名\": {\"preset\": \"CHINESE_NAME\"}}}, \"quasiIdentifiers\": []}");
        assertTrue(missingItem.isProblem(422), missingItem.toString());
        assertTrue(rules(missingItem).contains("open.policy-missing-item"));
        // the stored demo policy is unchanged by the refused ones
        assertEquals("HMAC_SM3", Api.get(OPEN + "/datasets/" + id + "/policy", cataloguer).object()
                .getJsonObject("masking").getJsonObject("items").getJsonObject("公民身份号码").getString("technique"));
    }

    @Test
    void publicUsersRateDatasetsAndSeeTheAverage() {
        String token = Api.token(registerPublicUser(), "open-data-123");
        assertTrue(Api.post(OPEN + "/datasets/" + demoId + "/feedback", token, "{\"rating\": 6}").isProblem(400));
        assertTrue(Api.post(OPEN + "/datasets/" + demoId + "/feedback", null, "{\"rating\": 4}").isProblem(401));
        assertEquals(201, Api.post(OPEN + "/datasets/" + demoId + "/feedback", token,
                "{\"rating\": 4, \"comment\": \"字段说明清楚\"}").status());
        JsonObject feedback = Api.get(OPEN + "/datasets/" + demoId + "/feedback", null).object();
        assertTrue(feedback.getInt("count") >= 1);
        assertTrue(feedback.getJsonArray("items").toString().contains("字段说明清楚"));
        assertTrue(Api.post(OPEN + "/accounts", null, "{\"username\": \"x\", \"password\": \"short\"}").isProblem(400));
        assertTrue(Api.get("/api/v1/catalog/resources", token).isProblem(403), "public users see no internal API");
        assertTrue(Api.get(OPEN + "/datasets/" + demoId + "/policy", token).isProblem(403));
    }

    // --- helpers

    static String registerPublicUser() {
        String username = "citizen-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply registered = Api.post(OPEN + "/accounts", null, Json.createObjectBuilder().add("username", username)
                .add("displayName", "市民").add("password", "open-data-123").build().toString());
        assertEquals(201, registered.status(), registered.toString());
        return username;
    }

    /** A PUBLISHED, 有条件开放 entry of the police department with items 证件号码 (sensitive), 签发日期, 签发机关, 性别. */
    static String publishedOpenPoliceEntry() {
        String cataloguer = Api.demoToken("cataloguer");
        JsonObject entry = newEntry(uniqueName("证件签发抽样信息"), CatalogFixtures.POLICE);
        entry = with(entry, "dataItems", Json.createArrayBuilder(entry.getJsonArray("dataItems"))
                .add(Json.createObjectBuilder().add("name", "性别").add("type", "STRING").add("length", 1)).build());
        entry = with(entry, "open", Json.createObjectBuilder().add("type", "CONDITIONAL")
                .add("condition", "注册用户申请并经审核后使用").build());
        String code = create(cataloguer, entry).getString("code");
        String path = CatalogFixtures.RESOURCES + "/" + code;
        assertEquals(200, move(path, cataloguer, "SUBMIT", null).status());
        assertEquals(200, move(path, Api.demoToken("reviewer"), "APPROVE", null).status());
        Api.Reply published = move(path, Api.demoToken("platform-reviewer"), "PUBLISH", null);
        assertEquals("PUBLISHED", published.object().getString("status"), published.toString());
        return code;
    }

    static final String YEAR_ONLY = "{\"technique\": \"GENERALISE_DATE\", \"parameters\": {\"granularity\": \"YEAR\"}}";

    /** A release policy for {@link #publishedOpenPoliceEntry()}: 签发机关 and 性别 kept, the other two as given. */
    static String policeEntryPolicy(String idRule, String dateRule, String quasiIdentifiers) {
        return "{\"masking\": {\"items\": {\"证件号码\": " + idRule + ", \"签发日期\": " + dateRule
                + ", \"签发机关\": {\"technique\": \"KEEP\"}, \"性别\": {\"technique\": \"KEEP\"}}},"
                + " \"quasiIdentifiers\": [" + quasiIdentifiers + "]}";
    }

    static List<String> rules(Api.Reply problem) {
        return problem.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("rule")).toList();
    }

    private static List<Map<String, String>> csvRecords(List<String> lines) {
        String[] header = lines.get(0).replace("\uFEFF", "").split(",");
        return new java.util.ArrayList<>(lines.subList(1, lines.size()).stream().map(line -> {
            String[] cells = line.split(",", -1);
            Map<String, String> record = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                record.put(header[i], cells[i]);
            }
            return record;
        }).toList());
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonValue.class).stream().map(v -> ((jakarta.json.JsonString) v).getString()).toList();
    }

    static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
