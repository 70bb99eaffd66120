package io.govshare.app.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The web UI's session: the same signed token an API client gets, kept where page scripts cannot read it.
 * <ul>
 *   <li>{@value #COOKIE}: the token, verified by mpJwt like a bearer header; {@code HttpOnly} (no script, so no XSS, can read it), {@code SameSite=Strict}
 *       (the browser does not send it with requests started by other sites), {@code Secure} over HTTPS, and it
 *       expires with the token.</li>
 *   <li>{@value #CSRF_COOKIE}: the CSRF token, readable by the page so it can send it back in the
 *       {@value #CSRF_HEADER} header of every unsafe request. It is a digest of the session token, so the server
 *       keeps no session state, a token from one session is useless in another, and it changes at every login.</li>
 * </ul>
 * The session ends when the token expires or the user logs out (the cookies are cleared). Tokens are not revoked on
 * the server: the HttpOnly cookie keeps a logged-out token out of reach of scripts until it expires.
 */
public final class BrowserSession {

    /** Liberty only reads credentials on unconstrained URLs from a cookie of this name (see server.xml). */
    public static final String COOKIE = "Bearer";
    public static final String CSRF_COOKIE = "govshare_csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";

    private BrowserSession() {
    }

    /** The session token from the request's cookie, or null. */
    static String tokenOf(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null && !cookie.getValue().isBlank()) {
                return cookie.getValue();
            }
        }
        return null;
    }

    /** The CSRF token of a session: base64url SHA-256 over a label and the session token. */
    static String csrfToken(String sessionToken) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update("govshare-csrf\n".getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(sha256.digest(sessionToken.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Whether the header value is the session's CSRF token (compared in constant time). */
    static boolean csrfMatches(String sessionToken, String header) {
        return header != null && MessageDigest.isEqual(csrfToken(sessionToken).getBytes(StandardCharsets.US_ASCII),
                header.strip().getBytes(StandardCharsets.US_ASCII));
    }

    /** Set-Cookie values that start a session with this token. */
    static String[] start(String token, Duration lifetime, boolean secure) {
        long seconds = lifetime.toSeconds();
        return new String[] {
            cookie(COOKIE, token, seconds, true, secure),
            cookie(CSRF_COOKIE, csrfToken(token), seconds, false, secure)
        };
    }

    /** Set-Cookie values that end the session. */
    static String[] end(boolean secure) {
        return new String[] {cookie(COOKIE, "", 0, true, secure), cookie(CSRF_COOKIE, "", 0, false, secure)};
    }

    private static String cookie(String name, String value, long maxAgeSeconds, boolean httpOnly, boolean secure) {
        return name + "=" + value + "; Path=/; Max-Age=" + maxAgeSeconds + "; SameSite=Strict"
                + (httpOnly ? "; HttpOnly" : "") + (secure ? "; Secure" : "");
    }
}
