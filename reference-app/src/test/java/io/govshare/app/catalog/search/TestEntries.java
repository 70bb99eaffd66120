package io.govshare.app.catalog.search;

import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.CatalogKind;
import io.govshare.catalog.CatalogStatus;
import io.govshare.catalog.DataItem;
import io.govshare.catalog.DataItemType;
import io.govshare.catalog.DepartmentCode;
import io.govshare.catalog.Format;
import io.govshare.catalog.FormatType;
import io.govshare.catalog.OpenAttributes;
import io.govshare.catalog.OpenType;
import io.govshare.catalog.Provider;
import io.govshare.catalog.ResourceCode;
import io.govshare.catalog.ShareAttributes;
import io.govshare.catalog.ShareMethod;
import io.govshare.catalog.ShareType;
import io.govshare.catalog.UpdateCycle;
import java.time.LocalDate;
import java.util.List;

/** Builds catalog entries for the search tests: a complete published entry unless told otherwise. */
final class TestEntries {

    static final Provider PUBLIC_SECURITY = provider("00000001", "市公安局");
    static final Provider MARKET_REGULATION = provider("00000002", "市市场监督管理局");
    static final Provider HEALTH = provider("00000003", "市卫生健康委员会");

    private String code;
    private String name = "户籍人口基本信息";
    private String summary = "全市户籍登记的基本身份信息，包括姓名、性别、出生日期和户籍地址。";
    private CatalogKind kind = CatalogKind.BASE;
    private String classificationCode;
    private Provider provider = PUBLIC_SECURITY;
    private FormatType format = FormatType.DATABASE;
    private List<String> itemNames = List.of("公民身份号码", "姓名");
    private ShareType shareType = ShareType.CONDITIONAL;
    private OpenType openType = OpenType.NONE;
    private UpdateCycle updateCycle = UpdateCycle.DAILY;
    private String systemName = "户籍管理系统";
    private CatalogStatus status = CatalogStatus.PUBLISHED;

    private TestEntries(String code) {
        this.code = code;
        this.classificationCode = code.substring(0, code.indexOf('/'));
    }

    static TestEntries entry(String code) {
        return new TestEntries(code);
    }

    /** A valid 统一社会信用代码 for a 机关 in region 330100, with the given 8-digit serial. */
    static Provider provider(String serial, String name) {
        String first17 = "11330100" + "0" + serial;
        return new Provider(first17 + DepartmentCode.checkCharacterFor(first17), name);
    }

    TestEntries name(String value) {
        name = value;
        return this;
    }

    TestEntries summary(String value) {
        summary = value;
        return this;
    }

    TestEntries kind(CatalogKind value) {
        kind = value;
        return this;
    }

    TestEntries provider(Provider value) {
        provider = value;
        return this;
    }

    TestEntries format(FormatType value) {
        format = value;
        return this;
    }

    TestEntries items(String... names) {
        itemNames = List.of(names);
        return this;
    }

    TestEntries share(ShareType value) {
        shareType = value;
        return this;
    }

    TestEntries open(OpenType value) {
        openType = value;
        return this;
    }

    TestEntries updateCycle(UpdateCycle value) {
        updateCycle = value;
        return this;
    }

    TestEntries systemName(String value) {
        systemName = value;
        return this;
    }

    TestEntries status(CatalogStatus value) {
        status = value;
        return this;
    }

    CatalogEntry build() {
        List<DataItem> items = itemNames.stream()
                .map(item -> new DataItem(item, DataItemType.STRING, 50, null, false, null))
                .toList();
        ShareAttributes share = shareType == null ? null
                : new ShareAttributes(shareType, "仅限政务部门履职使用", "《政务数据共享条例》", ShareMethod.INTERFACE);
        return new CatalogEntry(ResourceCode.of(code), name, summary, kind, classificationCode, provider,
                format == null ? null : new Format(format, null), items, share,
                openType == null ? null : new OpenAttributes(openType, null), updateCycle, LocalDate.of(2026, 1, 31),
                List.of(), systemName, null, status, 1);
    }

    IndexedEntry indexed(long changeSeq) {
        return new IndexedEntry(build(), changeSeq);
    }
}
