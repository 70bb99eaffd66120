package io.govshare.security.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.govshare.json.CanonicalJson;
import io.govshare.security.crypto.CryptoProfile;
import io.govshare.security.crypto.CryptoProfiles;
import io.govshare.security.identity.OpenSsl;

class AuditChainTest {

    private static final JsonObject EVENT = Json.createObjectBuilder()
            .add("id", 7).add("occurredAt", "2026-11-22T08:30:01.234Z").add("actor", "admin")
            .add("action", "exchange.node-approved").addNull("detail").build();

    @TempDir
    Path dir;

    @Test
    void genesisIs64Zeros() {
        assertEquals("0000000000000000000000000000000000000000000000000000000000000000", AuditChain.GENESIS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SM", "INTL"})
    void opensslComputesTheSameLink(String profileName) throws IOException {
        CryptoProfile profile = CryptoProfiles.named(profileName);
        String first = AuditChain.link(profile, AuditChain.GENESIS, EVENT);
        // what the hash covers, written out as an auditor would: prevHash, a newline, the canonical event
        Path input = Files.write(dir.resolve("link.bin"),
                (first + "\n" + CanonicalJson.text(EVENT)).getBytes(StandardCharsets.UTF_8));
        String second = AuditChain.link(profile, first, EVENT);
        String openssl = OpenSsl.succeed("dgst", profileName.equals("SM") ? "-sm3" : "-sha256", "-r", input.toString());
        assertEquals(second, openssl.strip().split("\\s+")[0]);
    }

    @Test
    void theLinkDependsOnTheEventNotOnItsFormatting() {
        JsonObject reordered = Json.createObjectBuilder().addNull("detail").add("action", "exchange.node-approved")
                .add("actor", "admin").add("occurredAt", "2026-11-22T08:30:01.234Z").add("id", 7).build();
        assertEquals(AuditChain.link(CryptoProfiles.SM, AuditChain.GENESIS, EVENT),
                AuditChain.link(CryptoProfiles.SM, AuditChain.GENESIS, reordered));
        JsonObject changed = Json.createObjectBuilder(EVENT).add("actor", "someone-else").build();
        assertNotEquals(AuditChain.link(CryptoProfiles.SM, AuditChain.GENESIS, EVENT),
                AuditChain.link(CryptoProfiles.SM, AuditChain.GENESIS, changed));
    }

    @Test
    void theLinkDependsOnThePreviousHash() {
        String a = AuditChain.link(CryptoProfiles.INTL, AuditChain.GENESIS, EVENT);
        assertNotEquals(a, AuditChain.link(CryptoProfiles.INTL, a, EVENT));
    }

    @Test
    void entryCarriesTheComputedHash() {
        AuditEntry entry = AuditChain.entry(CryptoProfiles.SM, 1, AuditChain.GENESIS, EVENT);
        assertEquals(AuditChain.link(CryptoProfiles.SM, AuditChain.GENESIS, EVENT), entry.hash());
        assertEquals(1, entry.sequence());
    }

    @Test
    void refusesAMalformedPreviousHashAndNonIntegralNumbers() {
        assertThrows(IllegalArgumentException.class, () -> AuditChain.link(CryptoProfiles.SM, "abc", EVENT));
        assertThrows(IllegalArgumentException.class,
                () -> AuditChain.link(CryptoProfiles.SM, AuditChain.GENESIS.toUpperCase().replace('0', 'A'), EVENT));
        JsonObject decimal = Json.createObjectBuilder().add("amount", 1.5).build();
        assertThrows(IllegalArgumentException.class, () -> AuditChain.link(CryptoProfiles.SM, AuditChain.GENESIS, decimal));
    }
}
