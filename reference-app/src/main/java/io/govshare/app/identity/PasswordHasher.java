package io.govshare.app.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in the PHC string format ({@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}), so
 * each hash carries its own parameters: raising {@link #DEFAULT} later leaves existing hashes verifiable, and
 * {@link #needsRehash} tells which to upgrade at the next successful login.
 */
public final class PasswordHasher {

    /**
     * @param memoryKiB   memory cost in KiB
     * @param iterations  time cost (passes over the memory)
     * @param parallelism lanes
     */
    public record Parameters(int memoryKiB, int iterations, int parallelism) {
    }

    /** OWASP's first recommended Argon2id setting (19 MiB, 2 passes, 1 lane): tens of milliseconds per check here. */
    public static final Parameters DEFAULT = new Parameters(19_456, 2, 1);

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODE = Base64.getDecoder();

    private final Parameters parameters;
    private final SecureRandom random = new SecureRandom();

    public PasswordHasher() {
        this(DEFAULT);
    }

    public PasswordHasher(Parameters parameters) {
        this.parameters = parameters;
    }

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = argon2id(password, salt, parameters, HASH_BYTES);
        return "$argon2id$v=19$m=" + parameters.memoryKiB() + ",t=" + parameters.iterations() + ",p="
                + parameters.parallelism() + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    /** False for a wrong password and for a stored value that is not an Argon2id PHC string. */
    public boolean verify(String password, String encoded) {
        Matcher m = encoded == null ? null : PHC.matcher(encoded);
        if (password == null || m == null || !m.matches()) {
            return false;
        }
        Parameters stored = new Parameters(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
        byte[] salt = B64_DECODE.decode(m.group(4));
        byte[] expected = B64_DECODE.decode(m.group(5));
        byte[] actual = argon2id(password, salt, stored, expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    /** Whether the stored hash was made with weaker parameters than this hasher's. */
    public boolean needsRehash(String encoded) {
        Matcher m = encoded == null ? null : PHC.matcher(encoded);
        if (m == null || !m.matches()) {
            return true;
        }
        return Integer.parseInt(m.group(1)) < parameters.memoryKiB()
                || Integer.parseInt(m.group(2)) < parameters.iterations()
                || Integer.parseInt(m.group(3)) < parameters.parallelism();
    }

    private static byte[] argon2id(String password, byte[] salt, Parameters p, int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(p.memoryKiB())
                .withIterations(p.iterations())
                .withParallelism(p.parallelism())
                .withSalt(salt)
                .build());
        byte[] secret = password.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[length];
        try {
            generator.generateBytes(secret, out);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
        return out;
    }
}
