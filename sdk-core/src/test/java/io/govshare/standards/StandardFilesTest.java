package io.govshare.standards;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StandardFilesTest {

    @Test
    void readsTheCatalogSchema() {
        assertTrue(StandardFiles.read("catalog/catalog-entry.schema.json").contains("2020-12"));
    }

    @Test
    void listsTheFilesOfAFolderSorted() {
        List<String> files = StandardFiles.list("catalog/examples/valid");
        assertTrue(files.contains("base-population-household.json"), files.toString());
        assertTrue(files.stream().sorted().toList().equals(files));
        assertTrue(files.stream().noneMatch(name -> name.contains("/")));
    }

    @Test
    void reportsMissingFilesAndFoldersByName() {
        IllegalArgumentException file = assertThrows(IllegalArgumentException.class,
                () -> StandardFiles.open("catalog/nothing.json"));
        assertTrue(file.getMessage().contains("catalog/nothing.json"));
        assertThrows(IllegalArgumentException.class, () -> StandardFiles.list("catalog/nothing"));
    }
}
