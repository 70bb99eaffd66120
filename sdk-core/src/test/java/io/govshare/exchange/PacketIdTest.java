package io.govshare.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PacketIdTest {

    @Test
    void acceptsUlidsAndUuids() {
        assertEquals("01JD3Z6V8Q4N7R2W5X9Y0A1B2C", PacketId.of("01JD3Z6V8Q4N7R2W5X9Y0A1B2C").value());
        assertEquals(PacketId.of("6f1c9a2e-2d47-4c1b-9a3e-1f2d3c4b5a69"), PacketId.of("6f1c9a2e-2d47-4c1b-9a3e-1f2d3c4b5a69"));
    }

    @Test
    void randomIdsAreValidAndDistinct() {
        PacketId one = PacketId.random();
        assertEquals(one, PacketId.of(one.value()));
        assertNotEquals(one, PacketId.random());
    }

    @ParameterizedTest
    @ValueSource(strings = {"short", "01JD3Z6V8Q4N7R2W/X9Y0A1B2C", "01JD3Z6V8Q4N7R2W 5X9Y0A1B2C", "../../../../etc/passwd",
            "0123456789012345678901234567890123456789012345678901234567890123456789"})
    void refusesIdsOfTheWrongShapeNamingTheRule(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PacketId.of(text));
        assertTrue(e.getMessage().contains("16 to 64 characters of [0-9A-Za-z-]"), e.getMessage());
    }
}
