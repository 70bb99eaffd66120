package io.govshare.security.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class CryptoProfilesTest {

    @Test
    void defaultsToTheSmProfile() {
        assertSame(CryptoProfiles.SM, CryptoProfiles.DEFAULT);
        assertEquals("SM", CryptoProfiles.DEFAULT.name());
    }

    @Test
    void findsProfilesByNameIgnoringCase() {
        assertSame(CryptoProfiles.SM, CryptoProfiles.named("sm"));
        assertSame(CryptoProfiles.INTL, CryptoProfiles.named("INTL"));
    }

    @Test
    void rejectsUnknownProfileNamingTheKnownOnes() {
        CryptoException failure = assertThrows(CryptoException.class, () -> CryptoProfiles.named("RSA"));
        assertEquals("unknown crypto profile 'RSA'; known profiles: SM, INTL", failure.getMessage());
    }

    @Test
    void smDigestMatchesTheGmT0004ExampleVector() {
        // GM/T 0004-2012 Appendix A.1: SM3("abc")
        assertEquals("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0",
                HexFormat.of().formatHex(CryptoProfiles.SM.digest("abc".getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void intlDigestMatchesTheFips180ExampleVector() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                HexFormat.of().formatHex(CryptoProfiles.INTL.digest("abc".getBytes(StandardCharsets.US_ASCII))));
    }
}
