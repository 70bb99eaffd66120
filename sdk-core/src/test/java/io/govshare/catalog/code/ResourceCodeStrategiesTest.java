package io.govshare.catalog.code;

import io.govshare.catalog.ClassificationCode;
import io.govshare.catalog.Examples;
import io.govshare.catalog.ResourceCode;
import io.govshare.catalog.validation.CatalogValidator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResourceCodeStrategiesTest {

    @Test
    void findsTheBuiltInNationalStrategy() {
        assertInstanceOf(NationalResourceCodeStrategy.class, ResourceCodeStrategies.named("national"));
    }

    @Test
    void findsAStrategyRegisteredThroughServiceLoader() {
        ResourceCodeStrategy province = ResourceCodeStrategies.named("demo-province");
        assertInstanceOf(DemoProvinceStrategy.class, province);
        assertEquals(List.of("demo-province", "national"), ResourceCodeStrategies.names());
        assertEquals("51-101001/0007", province.assign(ClassificationCode.of("101001"), 7).value());
    }

    @Test
    void unknownNameListsTheKnownNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ResourceCodeStrategies.named("DB23"));
        assertTrue(e.getMessage().contains("demo-province, national"), e.getMessage());
    }

    @Test
    void validatorUsesTheConfiguredStrategy() {
        CatalogValidator province = CatalogValidator.using(ResourceCodeStrategies.named("demo-province"));
        var entry = Examples.population(e -> {
            e.code = ResourceCode.of("51-101001/0001");
            e.relatedCodes = List.of(ResourceCode.of("51-101002/0001"));
        });
        assertEquals(List.of(), province.validate(entry).violations());
        assertEquals(List.of("code code.classification.format", "code code.sequence.format",
                        "code code.classification.mismatch", "relatedCodes[0] code.classification.format",
                        "relatedCodes[0] code.sequence.format"),
                CatalogValidator.standard().validate(entry).violations().stream()
                        .map(v -> v.field() + " " + v.rule()).toList());
    }
}
