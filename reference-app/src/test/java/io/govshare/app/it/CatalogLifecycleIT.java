package io.govshare.app.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.govshare.app.it.CatalogFixtures.HEALTH;
import static io.govshare.app.it.CatalogFixtures.POLICE;
import static io.govshare.app.it.CatalogFixtures.RESOURCES;
import static io.govshare.app.it.CatalogFixtures.create;
import static io.govshare.app.it.CatalogFixtures.move;
import static io.govshare.app.it.CatalogFixtures.newEntry;
import static io.govshare.app.it.CatalogFixtures.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalog lifecycle and its permissions, against the running platform. */
class CatalogLifecycleIT {

    private final String cataloguer = Api.demoToken("cataloguer");
    private final String reviewer = Api.demoToken("reviewer");
    private final String platformReviewer = Api.demoToken("platform-reviewer");
    private final String consumer = Api.demoToken("consumer");

    @Test
    void anEntryGoesFromDraftThroughReviewToPublicationAndRetirement() {
        Api.Reply created = Api.post(RESOURCES, cataloguer, newEntry(uniqueName("出入境证件签发信息"), POLICE).toString());
        assertEquals(201, created.status(), created.toString());
        JsonObject entry = created.object();
        String code = entry.getString("code");
        assertTrue(code.matches("301901/\\d{6}"), code);
        assertEquals("DRAFT", entry.getString("status"));
        assertEquals(1, entry.getInt("version"));
        assertTrue(created.header("Location").orElseThrow().endsWith(RESOURCES + "/" + code));
        String path = RESOURCES + "/" + code;

        assertEquals(404, Api.get(path, consumer).status(), "a draft is hidden from consumers");
        assertEquals(200, Api.get(path, cataloguer).status());

        JsonObject edited = CatalogFixtures.with(entry, "summary", "记录出入境证件的签发、换发和注销信息，供边检核验使用。");
        Api.Reply saved = Api.put(path, cataloguer, edited.toString());
        assertEquals(200, saved.status(), saved.toString());
        assertEquals(2, saved.object().getInt("version"));
        Api.Reply stale = Api.put(path, cataloguer, edited.toString());
        assertTrue(stale.isProblem(409), "an edit of an old version is refused: " + stale);

        assertEquals("SUBMITTED", move(path, cataloguer, "SUBMIT", null).object().getString("status"));
        assertTrue(Api.put(path, cataloguer, saved.object().toString()).isProblem(409), "no edits under review");
        assertEquals("REGISTERED", move(path, reviewer, "APPROVE", null).object().getString("status"));
        assertTrue(move(path, reviewer, "PUBLISH", null).isProblem(403), "publication is the platform's decision");
        JsonObject published = move(path, platformReviewer, "PUBLISH", null).object();
        assertEquals("PUBLISHED", published.getString("status"));
        assertEquals(5, published.getInt("version"));
        assertTrue(published.containsKey("publishedOn"));
        assertEquals(200, Api.get(path, consumer).status(), "published entries are visible to every department");

        Api.Reply noReason = move(path, platformReviewer, "RETIRE", null);
        assertTrue(noReason.isProblem(400), noReason.toString());
        assertEquals("reason", noReason.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("RETIRED", move(path, reviewer, "RETIRE", "数据已并入出入境管理基础库").object().getString("status"));

        JsonArray versions = Api.get(path + "/versions", cataloguer).array();
        assertEquals(List.of("RETIRE", "PUBLISH", "APPROVE", "SUBMIT", "EDIT", "CREATE"),
                versions.getValuesAs(JsonObject.class).stream().map(v -> v.getString("action")).toList());
        assertEquals("数据已并入出入境管理基础库", versions.getJsonObject(0).getString("reason"));
        assertEquals("reviewer", versions.getJsonObject(0).getString("changedBy"));
        assertEquals(1, Api.get(path + "/versions/1", cataloguer).object().getJsonObject("entry").getInt("version"));

        JsonObject events = Api.get("/api/v1/audit/events?targetType=catalog-resource&targetId=" + code + "&size=50",
                Api.demoToken("auditor")).object();
        assertEquals(6, events.getInt("total"), "one audit event per state change: " + events);
    }

    @Test
    void aRejectionNeedsAReasonAndReturnsTheEntryForAnotherSubmission() {
        String path = RESOURCES + "/" + create(cataloguer, newEntry(uniqueName("居住证办理信息"), POLICE)).getString("code");
        move(path, cataloguer, "SUBMIT", null);
        Api.Reply withoutReason = move(path, reviewer, "REJECT", " ");
        assertTrue(withoutReason.isProblem(400), withoutReason.toString());
        JsonObject rejected = move(path, reviewer, "REJECT", "摘要未说明数据范围").object();
        assertEquals("REJECTED", rejected.getString("status"));
        assertEquals("SUBMITTED", move(path, cataloguer, "SUBMIT", null).object().getString("status"));
    }

    @Test
    void theSubmitterCannotApproveTheirOwnSubmission() {
        String admin = Api.demoToken("admin");
        String path = RESOURCES + "/" + create(admin, newEntry(uniqueName("临时身份证明信息"), POLICE)).getString("code");
        move(path, admin, "SUBMIT", null);
        Api.Reply ownApproval = move(path, admin, "APPROVE", null);
        assertTrue(ownApproval.isProblem(403), ownApproval.toString());
        assertEquals("REGISTERED", move(path, reviewer, "APPROVE", null).object().getString("status"));
    }

    @Test
    void transitionsOutOfOrderAreConflictsNamingTheAllowedStatuses() {
        String path = RESOURCES + "/" + create(cataloguer, newEntry(uniqueName("护照签发信息"), POLICE)).getString("code");
        Api.Reply early = move(path, platformReviewer, "PUBLISH", null);
        assertTrue(early.isProblem(409), early.toString());
        assertTrue(early.object().getString("detail").contains("REGISTERED"), early.toString());
        Api.Reply unknown = Api.post(path + "/transitions", cataloguer, "{\"action\":\"DELETE\"}");
        assertTrue(unknown.isProblem(400), unknown.toString());
        assertEquals("action", unknown.object().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void aCataloguerOfAnotherDepartmentIsRefused() {
        String healthCataloguer = Api.demoToken("health-cataloguer");
        Api.Reply foreignCreate = Api.post(RESOURCES, healthCataloguer, newEntry(uniqueName("交通违法信息"), POLICE).toString());
        assertTrue(foreignCreate.isProblem(403), foreignCreate.toString());

        JsonObject published = CatalogFixtures.firstPublished(POLICE, cataloguer);
        String path = RESOURCES + "/" + published.getString("code");
        Api.Reply foreignEdit = Api.put(path, healthCataloguer, CatalogFixtures.with(published, "summary",
                "被其他部门改写的摘要内容，不应被保存。").toString());
        assertTrue(foreignEdit.isProblem(403), foreignEdit.toString());
        assertEquals(published.getInt("version"), Api.get(path, cataloguer).object().getInt("version"),
                "the refused edit changed nothing");

        JsonObject ownDraft = create(healthCataloguer, newEntry(uniqueName("预防接种信息"), HEALTH));
        assertEquals(404, Api.get(RESOURCES + "/" + ownDraft.getString("code"), cataloguer).status(),
                "another department's draft does not exist for the police cataloguer");
    }

    @Test
    void anAuditorAndAConsumerReadButChangeNothing() {
        String auditor = Api.demoToken("auditor");
        JsonObject entry = newEntry(uniqueName("审计员创建的资源"), POLICE);
        assertTrue(Api.post(RESOURCES, auditor, entry.toString()).isProblem(403));
        assertTrue(Api.post(RESOURCES, consumer, entry.toString()).isProblem(403));
        JsonObject published = CatalogFixtures.firstPublished(POLICE, auditor);
        Api.Reply retire = move(RESOURCES + "/" + published.getString("code"), auditor, "RETIRE", "审计员无权下线");
        assertTrue(retire.isProblem(403), retire.toString());
        assertEquals(200, Api.get(RESOURCES + "?status=DRAFT", auditor).status(), "the auditor reads every status");
        assertFalse(Api.get(RESOURCES + "?status=DRAFT", auditor).object().getJsonArray("items").isEmpty());
    }

    @Test
    void withoutATokenTheCatalogIsClosed() {
        Api.Reply anonymous = Api.get(RESOURCES, null);
        assertTrue(anonymous.isProblem(401), anonymous.toString());
    }
}
