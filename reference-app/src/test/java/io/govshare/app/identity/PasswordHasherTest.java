package io.govshare.app.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void verifiesTheRightPasswordAndRejectsAWrongOne() {
        String hash = hasher.hash("admin123");
        assertTrue(hasher.verify("admin123", hash));
        assertFalse(hasher.verify("admin124", hash));
        assertFalse(hasher.verify("", hash));
    }

    @Test
    void storesAlgorithmParametersAndSaltInThePhcString() {
        String hash = hasher.hash("secret");
        assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash);
        assertNotEquals(hash, hasher.hash("secret"), "every hash has its own salt");
    }

    @Test
    void verifiesHashesMadeWithOtherParametersSoTheyCanBeRaisedLater() {
        PasswordHasher older = new PasswordHasher(new PasswordHasher.Parameters(8_192, 1, 1));
        String oldHash = older.hash("pässwörd 密码");
        assertTrue(hasher.verify("pässwörd 密码", oldHash));
        assertTrue(hasher.needsRehash(oldHash));
        assertFalse(hasher.needsRehash(hasher.hash("pässwörd 密码")));
    }

    @Test
    void rejectsStoredValuesThatAreNotArgon2idHashes() {
        assertFalse(hasher.verify("x", null));
        assertFalse(hasher.verify("x", "plain-text"));
        assertFalse(hasher.verify("x", "$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaA"));
        assertFalse(hasher.verify(null, hasher.hash("x")));
        assertTrue(hasher.needsRehash("plain-text"));
    }

    @Test
    void verificationTakesWellUnderATenthOfASecond() {
        String hash = hasher.hash("admin123");
        hasher.verify("admin123", hash); // warm-up
        int rounds = 5;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            hasher.verify("admin123", hash);
        }
        long millis = (System.nanoTime() - start) / 1_000_000 / rounds;
        System.out.println("Argon2id verification (m=19456 KiB, t=2, p=1): " + millis + " ms");
        // 100 ms is the target; the bound leaves room for a busy 2-core CI machine
        assertTrue(millis < 300, "verification took " + millis + " ms");
    }
}
