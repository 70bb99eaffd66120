package io.govshare.security.crypto.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.bouncycastle.jcajce.provider.asymmetric.util.EC5Util;

import io.govshare.security.crypto.CryptoException;

/**
 * The optional international profile "INTL": ECDSA P-256 with SHA-256 (DER signatures), SHA-256 digests,
 * AES-256-GCM payload encryption, and the content key wrapped with ECIES.
 *
 * <p>Key wrap (ECIES): an ephemeral P-256 key pair is generated; Z = ECDH(ephemeral private, recipient
 * public); KEK = HKDF-SHA256(IKM = Z, salt = E || R, info = "GovShare INTL key wrap v1", 32 bytes),
 * where E and R are the uncompressed ephemeral and recipient points (65 bytes each); the 32-byte content
 * key is wrapped with AES-256 key wrap (RFC 3394, which has its own integrity check). Wrapped key format:
 * {@code E || AESKW(KEK, content key)}: 65 + 40 = 105 bytes. AES-KW was preferred to AES-GCM here because it
 * needs no IV, so there is no nonce to get wrong.
 *
 * <p>Internal: not part of the SDK's API (see the package description).
 */
public final class InternationalProfile extends JcaCryptoProfile {

    public static final String NAME = "INTL";

    private static final int POINT_LENGTH = 65;
    private static final int WRAPPED_KEY_LENGTH = 40;
    private static final byte[] HKDF_INFO = "GovShare INTL key wrap v1".getBytes(StandardCharsets.US_ASCII);

    /** The profile; {@code CryptoProfiles.INTL} is the one instance the SDK uses. */
    public InternationalProfile() {
        super(NAME, "secp256r1", "SHA256withECDSA", "SHA-256", "AES", 32);
    }

    @Override
    public byte[] wrapKey(PublicKey recipient, SecretKey contentKey) {
        requireCurveKey(recipient, "recipient public key");
        requireContentKey(contentKey);
        KeyPair ephemeral = generateSigningKeyPair();
        byte[] ephemeralPoint = encodePoint((ECPublicKey) ephemeral.getPublic());
        byte[] recipientPoint = encodePoint((ECPublicKey) recipient);
        try {
            Cipher wrap = Cipher.getInstance("AESWrap", BouncyCastle.PROVIDER);
            wrap.init(Cipher.WRAP_MODE, keyEncryptionKey(ephemeral.getPrivate(), recipient, ephemeralPoint, recipientPoint));
            ByteArrayOutputStream out = new ByteArrayOutputStream(POINT_LENGTH + WRAPPED_KEY_LENGTH);
            out.writeBytes(ephemeralPoint);
            out.writeBytes(wrap.wrap(contentKey));
            return out.toByteArray();
        } catch (GeneralSecurityException e) {
            throw new CryptoException("ECIES wrap of the content key failed: " + e.getMessage(), e);
        }
    }

    @Override
    public SecretKey unwrapKey(PrivateKey recipient, byte[] wrapped) {
        requireCurveKey(recipient, "recipient private key");
        if (wrapped == null || wrapped.length != POINT_LENGTH + WRAPPED_KEY_LENGTH || wrapped[0] != 0x04) {
            throw new CryptoException("wrapped key must be " + (POINT_LENGTH + WRAPPED_KEY_LENGTH)
                    + " bytes (uncompressed P-256 point + AES-KW output), got "
                    + (wrapped == null ? "null" : wrapped.length + " bytes"));
        }
        byte[] ephemeralPoint = Arrays.copyOfRange(wrapped, 0, POINT_LENGTH);
        try {
            PublicKey ephemeral = decodePoint(ephemeralPoint);
            byte[] recipientPoint = encodePoint(recipientPublicPoint(recipient));
            Cipher unwrap = Cipher.getInstance("AESWrap", BouncyCastle.PROVIDER);
            unwrap.init(Cipher.UNWRAP_MODE, keyEncryptionKey(recipient, ephemeral, ephemeralPoint, recipientPoint));
            java.security.Key unwrapped = unwrap.unwrap(Arrays.copyOfRange(wrapped, POINT_LENGTH, wrapped.length),
                    "AES", Cipher.SECRET_KEY);
            return contentKey(unwrapped.getEncoded());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new CryptoException("ECIES unwrap of the content key failed: wrong recipient key or altered"
                    + " wrapped key (" + e.getMessage() + ")", e);
        }
    }

    private SecretKey keyEncryptionKey(PrivateKey own, PublicKey peer, byte[] ephemeralPoint, byte[] recipientPoint)
            throws GeneralSecurityException {
        KeyAgreement agreement = KeyAgreement.getInstance("ECDH", BouncyCastle.PROVIDER);
        agreement.init(own);
        agreement.doPhase(peer, true);
        byte[] sharedSecret = agreement.generateSecret();
        byte[] salt = new byte[ephemeralPoint.length + recipientPoint.length];
        System.arraycopy(ephemeralPoint, 0, salt, 0, ephemeralPoint.length);
        System.arraycopy(recipientPoint, 0, salt, ephemeralPoint.length, recipientPoint.length);
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(sharedSecret, salt, HKDF_INFO));
        byte[] kek = new byte[32];
        hkdf.generateBytes(kek, 0, kek.length);
        Arrays.fill(sharedSecret, (byte) 0);
        return new SecretKeySpec(kek, "AES");
    }

    /** The recipient's own point, recomputed from the private scalar so that unwrap needs only the private key. */
    private ECPublicKey recipientPublicPoint(PrivateKey recipient) throws GeneralSecurityException {
        java.security.interfaces.ECPrivateKey key = (java.security.interfaces.ECPrivateKey) recipient;
        org.bouncycastle.jce.spec.ECParameterSpec bcSpec = EC5Util.convertSpec(key.getParams());
        org.bouncycastle.math.ec.ECPoint q = bcSpec.getG().multiply(key.getS()).normalize();
        ECPoint point = new ECPoint(q.getAffineXCoord().toBigInteger(), q.getAffineYCoord().toBigInteger());
        return (ECPublicKey) KeyFactory.getInstance("EC", BouncyCastle.PROVIDER)
                .generatePublic(new ECPublicKeySpec(point, curve));
    }

    private PublicKey decodePoint(byte[] encoded) throws GeneralSecurityException {
        ECPoint point = EC5Util.convertPoint(EC5Util.convertSpec(curve).getCurve().decodePoint(encoded));
        return KeyFactory.getInstance("EC", BouncyCastle.PROVIDER).generatePublic(new ECPublicKeySpec(point, curve));
    }

    private static byte[] encodePoint(ECPublicKey key) {
        byte[] point = new byte[POINT_LENGTH];
        point[0] = 0x04;
        copyFixed(key.getW().getAffineX().toByteArray(), point, 1);
        copyFixed(key.getW().getAffineY().toByteArray(), point, 33);
        return point;
    }

    /** Big-endian, left-padded to 32 bytes (BigInteger adds a sign byte or drops leading zeros). */
    private static void copyFixed(byte[] magnitude, byte[] target, int offset) {
        int length = Math.min(magnitude.length, 32);
        System.arraycopy(magnitude, magnitude.length - length, target, offset + 32 - length, length);
    }
}
