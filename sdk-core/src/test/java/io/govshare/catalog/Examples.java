package io.govshare.catalog;

import io.govshare.catalog.json.CatalogJson;
import io.govshare.catalog.json.ParsedEntry;
import io.govshare.standards.StandardFiles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Test entries taken from standards/catalog/examples/valid, and a way to change one field of them. */
public final class Examples {

    public static final String VALID = "catalog/examples/valid";
    public static final String INVALID = "catalog/examples/invalid";

    private Examples() {
    }

    /** 户籍人口基本信息: BASE, DATABASE over INTERFACE, CONDITIONAL share, not open. */
    public static CatalogEntry population() {
        return valid("base-population-household.json");
    }

    /** 食品生产许可证信息: THEME, SPREADSHEET over FILE, shared and opened unconditionally. */
    public static CatalogEntry foodLicences() {
        return valid("theme-food-production-licence.json");
    }

    /** 信访事项办理记录: DEPARTMENT, not shared, not open. */
    public static CatalogEntry petitions() {
        return valid("department-petition-records-not-shared.json");
    }

    public static CatalogEntry population(Consumer<Edit> change) {
        return Edit.of(population(), change);
    }

    public static CatalogEntry foodLicences(Consumer<Edit> change) {
        return Edit.of(foodLicences(), change);
    }

    public static CatalogEntry petitions(Consumer<Edit> change) {
        return Edit.of(petitions(), change);
    }

    public static CatalogEntry valid(String fileName) {
        ParsedEntry parsed = CatalogJson.read(StandardFiles.read(VALID + "/" + fileName));
        if (!parsed.isComplete()) {
            throw new IllegalStateException(fileName + " does not read cleanly: " + parsed.violations());
        }
        return parsed.entry();
    }

    /** A mutable copy of an entry, for tests that change one thing. */
    public static final class Edit {
        public ResourceCode code;
        public String name;
        public String summary;
        public CatalogKind kind;
        public String classificationCode;
        public Provider provider;
        public Format format;
        public List<DataItem> dataItems;
        public ShareAttributes share;
        public OpenAttributes open;
        public UpdateCycle updateCycle;
        public LocalDate publishedOn;
        public List<ResourceCode> relatedCodes;
        public String systemName;
        public SurveyCounts survey;
        public CatalogStatus status;
        public Integer version;

        static CatalogEntry of(CatalogEntry e, Consumer<Edit> change) {
            Edit edit = new Edit();
            edit.code = e.code();
            edit.name = e.name();
            edit.summary = e.summary();
            edit.kind = e.kind();
            edit.classificationCode = e.classificationCode();
            edit.provider = e.provider();
            edit.format = e.format();
            edit.dataItems = new ArrayList<>(e.dataItems());
            edit.share = e.share();
            edit.open = e.open();
            edit.updateCycle = e.updateCycle();
            edit.publishedOn = e.publishedOn();
            edit.relatedCodes = new ArrayList<>(e.relatedCodes());
            edit.systemName = e.systemName();
            edit.survey = e.survey();
            edit.status = e.status();
            edit.version = e.version();
            change.accept(edit);
            return new CatalogEntry(edit.code, edit.name, edit.summary, edit.kind, edit.classificationCode,
                    edit.provider, edit.format, edit.dataItems, edit.share, edit.open, edit.updateCycle,
                    edit.publishedOn, edit.relatedCodes, edit.systemName, edit.survey, edit.status, edit.version);
        }

        /** Replaces data item {@code index} with a changed copy. */
        public void item(int index, Consumer<ItemEdit> change) {
            DataItem item = dataItems.get(index);
            ItemEdit edit = new ItemEdit();
            edit.name = item.name();
            edit.type = item.type();
            edit.length = item.length();
            edit.shareType = item.shareType();
            edit.sensitive = item.sensitive();
            edit.description = item.description();
            change.accept(edit);
            dataItems.set(index, new DataItem(edit.name, edit.type, edit.length, edit.shareType, edit.sensitive,
                    edit.description));
        }
    }

    public static final class ItemEdit {
        public String name;
        public DataItemType type;
        public Integer length;
        public ShareType shareType;
        public boolean sensitive;
        public String description;
    }
}
