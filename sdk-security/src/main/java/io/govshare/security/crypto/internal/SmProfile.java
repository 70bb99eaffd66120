package io.govshare.security.crypto.internal;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Arrays;
import javax.crypto.SecretKey;
import org.bouncycastle.crypto.CipherParameters;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM2Engine;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.jcajce.provider.asymmetric.util.ECUtil;

import io.govshare.security.crypto.CryptoException;
import io.govshare.security.crypto.SigningKey;

/**
 * The default, national profile "SM": SM2 signatures over SM3 with the default distinguishing ID
 * {@code 1234567812345678} (GM/T 0003.2, GM/T 0009), SM3 digests (GM/T 0004), SM4-GCM payload encryption
 * (GM/T 0002, 128-bit key) and the content key encrypted for each recipient with SM2 public-key
 * encryption (GM/T 0003.4).
 *
 * <p>Wrapped key format: the raw GM/T 0003.4 ciphertext {@code C1 || C3 || C2} — C1 the uncompressed
 * ephemeral point (65 bytes, starting 0x04), C3 the SM3 check value (32 bytes), C2 the encrypted key
 * (16 bytes): 113 bytes in all. Signatures are DER {@code SEQUENCE { r, s }}, which OpenSSL 3 verifies with
 * {@code openssl dgst -sm3 -verify pub.pem -sigopt distid:1234567812345678 -signature sig.der file}.
 *
 * <p>Internal: not part of the SDK's API (see the package description).
 */
public final class SmProfile extends JcaCryptoProfile {

    public static final String NAME = "SM";

    /** GM/T 0009's default distinguishing ID, which Bouncy Castle's SM3withSM2 and OpenSSL's distid use. */
    private static final byte[] DEFAULT_ID = "1234567812345678".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** The profile; {@code CryptoProfiles.SM} is the one instance the SDK uses. */
    public SmProfile() {
        // Bouncy Castle's SM3withSM2 uses the default ID 1234567812345678 when none is given.
        super(NAME, "sm2p256v1", "SM3withSM2", "SM3", "SM4", 16);
    }

    /**
     * Bouncy Castle's {@code SM2Signer} computes d·G and Z when it is initialised and keeps them across
     * signatures (it resets to the state after Z), so one initialised signer per thread serves every signature
     * of the key: a hub signing a receipt and a timestamp per packet spends about half the time.
     */
    @Override
    public SigningKey signingKey(PrivateKey key) {
        requireCurveKey(key, "signing key");
        ECPrivateKeyParameters parameters;
        try {
            parameters = (ECPrivateKeyParameters) ECUtil.generatePrivateKeyParameter(key);
        } catch (java.security.InvalidKeyException e) {
            throw new CryptoException("signing key rejected by SM2: " + e.getMessage(), e);
        }
        CipherParameters init = new ParametersWithID(new ParametersWithRandom(parameters, random), DEFAULT_ID);
        ThreadLocal<SM2Signer> signers = ThreadLocal.withInitial(() -> {
            SM2Signer signer = new SM2Signer();
            signer.init(true, init);
            return signer;
        });
        return data -> {
            SM2Signer signer = signers.get();
            signer.update(data, 0, data.length);
            try {
                return signer.generateSignature();
            } catch (org.bouncycastle.crypto.CryptoException e) {
                signer.reset();
                throw new CryptoException("SM2 signing failed: " + e.getMessage(), e);
            }
        };
    }

    @Override
    public byte[] wrapKey(PublicKey recipient, SecretKey contentKey) {
        requireCurveKey(recipient, "recipient public key");
        requireContentKey(contentKey);
        try {
            SM2Engine engine = new SM2Engine(new SM3Digest(), SM2Engine.Mode.C1C3C2);
            engine.init(true, new ParametersWithRandom(ECUtil.generatePublicKeyParameter(recipient), random));
            byte[] key = contentKey.getEncoded();
            return engine.processBlock(key, 0, key.length);
        } catch (java.security.InvalidKeyException | InvalidCipherTextException e) {
            throw new CryptoException("SM2 encryption of the content key failed: " + e.getMessage(), e);
        }
    }

    @Override
    public SecretKey unwrapKey(PrivateKey recipient, byte[] wrapped) {
        requireCurveKey(recipient, "recipient private key");
        if (wrapped == null || wrapped.length <= 65 + 32 || wrapped[0] != 0x04) {
            throw new CryptoException("wrapped key must be an SM2 ciphertext C1||C3||C2 (0x04 + 64 + 32 + key bytes), got "
                    + (wrapped == null ? "null" : wrapped.length + " bytes"));
        }
        byte[] key = null;
        try {
            SM2Engine engine = new SM2Engine(new SM3Digest(), SM2Engine.Mode.C1C3C2);
            engine.init(false, ECUtil.generatePrivateKeyParameter(recipient));
            key = engine.processBlock(wrapped, 0, wrapped.length);
            return contentKey(key);
        } catch (java.security.InvalidKeyException | InvalidCipherTextException | IllegalArgumentException e) {
            throw new CryptoException("SM2 decryption of the content key failed: wrong recipient key or altered"
                    + " wrapped key (" + e.getMessage() + ")", e);
        } finally {
            if (key != null) {
                Arrays.fill(key, (byte) 0);
            }
        }
    }
}
