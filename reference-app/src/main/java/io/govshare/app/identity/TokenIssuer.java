package io.govshare.app.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import io.govshare.app.platform.security.Role;

/**
 * Signs access tokens: compact JWS, RS256, with the claims MicroProfile JWT reads ({@code iss}, {@code upn},
 * {@code groups} = role names, {@code exp}) plus {@code dept}, the user's department code. Plain
 * {@code java.security}; verification is Liberty's job (mpJwt), the unit test does it independently.
 */
public final class TokenIssuer {

    /** Custom claim carrying the user's 统一社会信用代码, absent for users without a department. */
    public static final String DEPARTMENT_CLAIM = "dept";

    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private final PrivateKey signingKey;
    private final String issuer;
    private final Duration lifetime;
    private final Clock clock;

    public TokenIssuer(PrivateKey signingKey, String issuer, Duration lifetime, Clock clock) {
        this.signingKey = signingKey;
        this.issuer = issuer;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public Duration lifetime() {
        return lifetime;
    }

    public String issue(String username, Set<Role> roles, String departmentCode) {
        long now = clock.instant().getEpochSecond();
        JsonArrayBuilder groups = Json.createArrayBuilder();
        roles.stream().map(Enum::name).sorted().forEach(groups::add);
        JsonObjectBuilder claims = Json.createObjectBuilder()
                .add("iss", issuer)
                .add("sub", username)
                .add("upn", username)
                .add("groups", groups)
                .add("iat", now)
                .add("exp", now + lifetime.toSeconds())
                .add("jti", UUID.randomUUID().toString());
        if (departmentCode != null) {
            claims.add(DEPARTMENT_CLAIM, departmentCode);
        }
        String header = Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").build().toString();
        String signingInput = encode(header) + "." + encode(claims.build().toString());
        return signingInput + "." + B64URL.encodeToString(sign(signingInput));
    }

    private byte[] sign(String signingInput) {
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(signingKey);
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return rs256.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign a token with the platform key", e);
        }
    }

    private static String encode(String json) {
        return B64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
