package io.govshare.security.audit;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Objects;

import io.govshare.json.CanonicalJson;
import io.govshare.security.crypto.CryptoProfile;
import io.govshare.security.identity.Certificates;
import io.govshare.security.identity.NodeIdentity;
import io.govshare.security.internal.StrictJson;

/**
 * The hub's signature over the chain head: "the log up to {@code sequence} ends in {@code hash}", signed
 * at {@code signedAt}. The signature is DER (SM3withSM2 or SHA256withECDSA) over
 * {@link #signedBytes()}, the canonical JSON {@code {"hash":…,"sequence":…,"signedAt":…}}.
 *
 * @param sequence  the sequence of the last entry covered, from 1
 * @param hash      that entry's hash, 64 lower-case hex
 * @param signedAt  when the hub signed; written in {@link Instant#toString()} form
 * @param signature base64 (canonical, padded) of the DER signature
 */
public record AuditCheckpoint(long sequence, String hash, Instant signedAt, String signature) {
    /** Checks the components, and copies or normalises them where the class description says so. */
    public AuditCheckpoint {
        if (sequence < 1) {
            throw new AuditFormatException("audit checkpoint sequence must be at least 1, got " + sequence);
        }
        Objects.requireNonNull(signedAt, "signedAt");
        try {
            StrictJson.hexDigest(hash, "audit checkpoint " + sequence + " hash");
            StrictJson.base64(signature, "audit checkpoint " + sequence + " signature");
        } catch (IllegalArgumentException e) {
            throw e instanceof AuditFormatException ? e : new AuditFormatException(e.getMessage(), e);
        }
    }

    /**
     * The hub's checkpoint of the chain head. {@code signedAt} is kept to the millisecond, the precision the
     * hub stores, so a checkpoint read back from storage has the same signed bytes.
     */
    public static AuditCheckpoint sign(NodeIdentity hub, long sequence, String hash, Instant signedAt) {
        Objects.requireNonNull(hub, "hub");
        Instant at = signedAt.truncatedTo(ChronoUnit.MILLIS);
        byte[] signature = hub.profile().sign(hub.privateKey(), signedBytes(sequence, hash, at));
        return new AuditCheckpoint(sequence, hash, at, Base64.getEncoder().encodeToString(signature));
    }

    /** The canonical JSON {@code {"hash":…,"sequence":…,"signedAt":…}} that the signature covers. */
    public byte[] signedBytes() {
        return signedBytes(sequence, hash, signedAt);
    }

    /** True only if the signature verifies with {@code signer}'s key; any failure to check gives false. */
    public boolean verify(X509Certificate signer) {
        try {
            CryptoProfile profile = Certificates.profile(signer);
            return profile.verify(signer.getPublicKey(), signedBytes(), Base64.getDecoder().decode(signature));
        } catch (RuntimeException e) { // a key the profile refuses cannot have made the signature
            return false;
        }
    }

    private static byte[] signedBytes(long sequence, String hash, Instant signedAt) {
        return CanonicalJson.bytes(StrictJson.objectBuilder()
                .add("sequence", sequence)
                .add("hash", hash)
                .add("signedAt", signedAt.toString())
                .build());
    }
}
