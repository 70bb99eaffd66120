package io.govshare.standards;

import io.govshare.catalog.CatalogKind;
import io.govshare.catalog.CatalogStatus;
import io.govshare.catalog.DataItemType;
import io.govshare.catalog.FormatType;
import io.govshare.catalog.OpenType;
import io.govshare.catalog.ShareMethod;
import io.govshare.catalog.ShareType;
import io.govshare.catalog.UpdateCycle;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CodeListsTest {

    static Stream<Arguments> enumsAndTheirLists() {
        return Stream.of(
                Arguments.of(ShareType.class, CodeLists.SHARE_TYPE),
                Arguments.of(OpenType.class, CodeLists.OPEN_TYPE),
                Arguments.of(ShareMethod.class, CodeLists.SHARE_METHOD),
                Arguments.of(FormatType.class, CodeLists.FORMAT_TYPE),
                Arguments.of(UpdateCycle.class, CodeLists.UPDATE_CYCLE),
                Arguments.of(CatalogKind.class, CodeLists.CATALOG_KIND),
                Arguments.of(DataItemType.class, CodeLists.DATA_ITEM_TYPE),
                Arguments.of(CatalogStatus.class, CodeLists.CATALOG_STATUS));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("enumsAndTheirLists")
    void everyEnumHasExactlyTheCodesOfItsList(Class<? extends Enum<?>> type, String list) {
        List<String> constants = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        List<String> codes = CodeLists.get(list).codes().stream().map(Code::code).toList();
        assertEquals(constants, codes, "same codes in the same order");
    }

    @Test
    void everyCodeListFileLoadsAndHasChineseAndEnglishLabels() {
        List<String> files = StandardFiles.list("codelists");
        assertEquals(10, files.size(), files.toString());
        for (String file : files) {
            CodeList list = CodeLists.get(file.replace(".json", ""));
            assertFalse(list.source().isBlank(), file);
            assertFalse(list.codes().isEmpty(), file);
            list.codes().forEach(code -> {
                assertFalse(code.zh().isBlank(), file + " " + code.code());
                assertFalse(code.en().isBlank(), file + " " + code.code());
            });
        }
    }

    /** Enums in the schema name their list in "description"; they must be that list, in its order. */
    @Test
    void schemaEnumsAreTheCodeLists() {
        JsonObject defs = Json.createReader(new StringReader(StandardFiles.read("catalog/catalog-entry.schema.json")))
                .readObject().getJsonObject("$defs");
        int checked = 0;
        for (String name : defs.keySet()) {
            JsonObject def = defs.getJsonObject(name);
            if (!def.containsKey("enum")) {
                continue;
            }
            String list = def.getString("description").replace("codelists/", "").replace(".json", "");
            List<String> schemaValues = def.getJsonArray("enum").getValuesAs(JsonString::getString);
            assertEquals(CodeLists.get(list).codes().stream().map(Code::code).toList(), schemaValues, name);
            checked++;
        }
        assertEquals(8, checked);
    }

    @Test
    void labelsCodesInChineseOrEnglish() {
        CodeList shareTypes = CodeLists.get(CodeLists.SHARE_TYPE);
        assertEquals("有条件共享", shareTypes.label("CONDITIONAL", Locale.SIMPLIFIED_CHINESE));
        assertEquals("Conditional sharing", shareTypes.label("CONDITIONAL", Locale.ENGLISH));
        assertEquals("共享类型", shareTypes.title(Locale.CHINA));
        assertTrue(shareTypes.contains("NONE"));
        assertFalse(shareTypes.contains("none"));
    }

    @Test
    void unknownCodeIsReportedWithTheKnownCodes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CodeLists.get(CodeLists.SHARE_METHOD).label("FTP", Locale.CHINA));
        assertTrue(e.getMessage().contains("TABLE, INTERFACE, FILE"), e.getMessage());
    }

    @Test
    void unknownListIsReported() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CodeLists.get("colours"));
        assertTrue(e.getMessage().contains("codelists/colours.json"), e.getMessage());
    }

    @Test
    void formatTypesCarryTheNationalCodesOneToSeven() {
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7"),
                CodeLists.get(CodeLists.FORMAT_TYPE).codes().stream().map(Code::national).toList());
        assertEquals("3", CodeLists.get(CodeLists.SHARE_TYPE).find("NONE").orElseThrow().national());
    }

    @Test
    void catalogKindsCarryTheirCategoryDigit() {
        assertEquals(List.of("1", "2", "3"),
                CodeLists.get(CodeLists.CATALOG_KIND).codes().stream().map(Code::national).toList());
    }

    @Test
    void baseAndThemeClassesFollowTheScheme() {
        assertEquals(List.of("101", "102", "103", "104", "105"),
                CodeLists.get(CodeLists.BASE_CLASSES).codes().stream().map(Code::code).toList());
        List<String> themes = CodeLists.get(CodeLists.THEME_CLASSES).codes().stream().map(Code::code).toList();
        assertEquals(12, themes.size());
        assertEquals("201", themes.get(0));
        assertEquals("212", themes.get(11));
        assertEquals("食品药品安全", CodeLists.get(CodeLists.THEME_CLASSES).label("204", Locale.CHINA));
    }
}
