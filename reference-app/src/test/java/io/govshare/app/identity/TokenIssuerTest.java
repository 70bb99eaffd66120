package io.govshare.app.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.govshare.app.platform.security.Role;

class TokenIssuerTest {

    private static final Instant NOW = Instant.parse("2026-01-31T08:00:00Z");
    private static KeyPair keys;

    private final TokenIssuer issuer = new TokenIssuer(keys.getPrivate(), "https://govshare.test",
            Duration.ofHours(8), Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeAll
    static void generateKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
    }

    @Test
    void signsWithRs256SoThePublicKeyVerifiesIt() throws Exception {
        String token = issuer.issue("cataloguer", Set.of(Role.DEPT_CATALOGUER), "1139050001390501XR");
        String[] parts = token.split("\\.");
        assertEquals(3, parts.length);
        assertEquals("RS256", json(parts[0]).getString("alg"));
        assertTrue(verifies(parts, keys.getPublic()));
    }

    @Test
    void carriesTheClaimsMicroProfileJwtReadsPlusTheDepartment() {
        String token = issuer.issue("cataloguer", Set.of(Role.DEPT_REVIEWER, Role.DEPT_CATALOGUER), "1139050001390501XR");
        JsonObject claims = json(token.split("\\.")[1]);
        assertEquals("https://govshare.test", claims.getString("iss"));
        assertEquals("cataloguer", claims.getString("upn"));
        assertEquals("cataloguer", claims.getString("sub"));
        assertEquals(Json.createArrayBuilder().add("DEPT_CATALOGUER").add("DEPT_REVIEWER").build(),
                claims.getJsonArray("groups"));
        assertEquals("1139050001390501XR", claims.getString("dept"));
        assertEquals(NOW.getEpochSecond(), claims.getJsonNumber("iat").longValue());
        assertEquals(NOW.getEpochSecond() + 8 * 3600, claims.getJsonNumber("exp").longValue());
        assertFalse(claims.getString("jti").isBlank());
    }

    @Test
    void leavesOutTheDepartmentForPlatformRoles() {
        JsonObject claims = json(issuer.issue("admin", Set.of(Role.PLATFORM_ADMIN), null).split("\\.")[1]);
        assertFalse(claims.containsKey("dept"));
    }

    @Test
    void aTamperedPayloadNoLongerVerifies() throws Exception {
        String[] parts = issuer.issue("consumer", Set.of(Role.CONSUMER), null).split("\\.");
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                json(parts[1]).toString().replace("CONSUMER", "PLATFORM_ADMIN").getBytes(StandardCharsets.UTF_8));
        assertFalse(verifies(new String[] {parts[0], forged, parts[2]}, keys.getPublic()));
    }

    private static boolean verifies(String[] parts, PublicKey key) throws Exception {
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(key);
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        return rs256.verify(Base64.getUrlDecoder().decode(parts[2]));
    }

    private static JsonObject json(String base64url) {
        String text = new String(Base64.getUrlDecoder().decode(base64url), StandardCharsets.UTF_8);
        return Json.createReader(new StringReader(text)).readObject();
    }
}
