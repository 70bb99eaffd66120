package io.govshare.masking;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.DataItem;
import io.govshare.catalog.DataItemType;
import io.govshare.catalog.Examples;
import io.govshare.masking.scan.EntityType;
import io.govshare.masking.scan.ScanReport;
import io.govshare.masking.scan.SensitiveDataScanner;
import org.junit.jupiter.api.Test;

/** The release check end to end: records masked by the catalog's default policy, then scanned for raw identifiers. */
class MaskedReleaseScanTest {

    private static final List<String> ITEMS = List.of("姓名", "公民身份号码", "手机号码", "联系电话", "银行卡号", "电子邮箱",
            "统一社会信用代码", "机动车车牌号", "家庭住址");

    @Test
    void theDefaultPolicyLeavesNoRawIdentifierForTheScanToFind() {
        CatalogEntry entry = Examples.population(e -> e.dataItems = ITEMS.stream()
                .map(name -> new DataItem(name, DataItemType.STRING, 64, null, true, null)).toList());
        RecordMasker masker = RecordMasker.of(MaskingPolicy.defaultsFor(entry), PositionalTechniquesTest.KEY);
        Generated g = new Generated(42);
        List<Map<String, Object>> raw = new ArrayList<>();
        List<Map<String, Object>> masked = new ArrayList<>();
        for (int i = 0; i < Generated.COUNT; i++) {
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("姓名", g.chineseName());
            record.put("公民身份号码", g.residentId());
            record.put("手机号码", g.mobile());
            record.put("联系电话", g.landline());
            record.put("银行卡号", g.bankCard());
            record.put("电子邮箱", g.email());
            record.put("统一社会信用代码", g.creditCode());
            record.put("机动车车牌号", g.licencePlate());
            record.put("家庭住址", g.address());
            raw.add(record);
            masked.add(masker.mask(record));
        }
        List<EntityType> identifiers = List.of(EntityType.RESIDENT_ID, EntityType.CREDIT_CODE, EntityType.MOBILE,
                EntityType.LANDLINE, EntityType.BANK_CARD, EntityType.EMAIL, EntityType.LICENCE_PLATE,
                EntityType.CHINESE_NAME, EntityType.ADDRESS);
        SensitiveDataScanner scanner = SensitiveDataScanner.chinese();
        assertTrue(scanner.scan(raw).hasFindingsOf(identifiers), "the scan finds the raw identifiers");
        ScanReport report = scanner.scan(masked);
        assertFalse(report.hasFindingsOf(identifiers), report.toString());
    }
}
