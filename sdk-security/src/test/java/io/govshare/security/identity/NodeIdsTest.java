package io.govshare.security.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NodeIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc", "node-1139050001390501xr-01", "0a-", "a23456789012345678901234567890123456789012345678901234567890123"})
    void acceptsLowerCaseLettersDigitsAndHyphensOfThreeTo63Characters(String id) {
        assertTrue(NodeIds.isWellFormed(id));
        assertTrue(NodeIds.isRegistrable(id));
        assertEquals(id, NodeIds.requireRegistrable(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "-abc", "Node-a", "node_a", "node a", "节点-01",
            "a234567890123456789012345678901234567890123456789012345678901234"})
    void refusesAnythingElseNamingThePattern(String id) {
        assertFalse(NodeIds.isWellFormed(id));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NodeIds.requireWellFormed(id));
        assertTrue(e.getMessage().contains("^[a-z0-9][a-z0-9-]{2,62}$"), e.getMessage());
    }

    @Test
    void hubIsWellFormedButReservedForTheHub() {
        assertTrue(NodeIds.isWellFormed(NodeIds.HUB));
        assertFalse(NodeIds.isRegistrable(NodeIds.HUB));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NodeIds.requireRegistrable("hub"));
        assertTrue(e.getMessage().contains("reserved"), e.getMessage());
    }

    @Test
    void nullIsNotANodeId() {
        assertFalse(NodeIds.isWellFormed(null));
        assertThrows(IllegalArgumentException.class, () -> NodeIds.requireWellFormed(null));
    }
}
