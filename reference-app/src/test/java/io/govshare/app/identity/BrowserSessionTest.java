package io.govshare.app.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BrowserSessionTest {

    @Test
    void csrfTokenBelongsToOneSession() {
        String token = BrowserSession.csrfToken("header.payload.signature");
        assertEquals(token, BrowserSession.csrfToken("header.payload.signature"), "stable for the session");
        assertNotEquals(token, BrowserSession.csrfToken("header.payload.other"), "differs per session");
        assertTrue(BrowserSession.csrfMatches("header.payload.signature", token));
        assertTrue(BrowserSession.csrfMatches("header.payload.signature", " " + token + " "));
        assertFalse(BrowserSession.csrfMatches("header.payload.signature", null));
        assertFalse(BrowserSession.csrfMatches("header.payload.signature", ""));
        assertFalse(BrowserSession.csrfMatches("header.payload.signature", token.substring(1)));
        assertFalse(BrowserSession.csrfMatches("header.payload.other", token));
    }

    @Test
    void sessionCookiesAreHttpOnlyStrictAndExpireWithTheToken() {
        String[] cookies = BrowserSession.start("jwt", Duration.ofHours(8), false);
        assertEquals("Bearer=jwt; Path=/; Max-Age=28800; SameSite=Strict; HttpOnly", cookies[0]);
        assertEquals("govshare_csrf=" + BrowserSession.csrfToken("jwt") + "; Path=/; Max-Age=28800; SameSite=Strict",
                cookies[1]);
        assertTrue(BrowserSession.start("jwt", Duration.ofHours(8), true)[0].endsWith("; Secure"));
        for (String cleared : BrowserSession.end(false)) {
            assertTrue(cleared.contains("=; Path=/; Max-Age=0;"), cleared);
        }
    }
}
