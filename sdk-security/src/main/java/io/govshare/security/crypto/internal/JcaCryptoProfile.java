package io.govshare.security.crypto.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.ECKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import javax.crypto.Cipher;
import javax.crypto.CipherOutputStream;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import io.govshare.security.crypto.CryptoException;
import io.govshare.security.crypto.CryptoProfile;
import io.govshare.security.crypto.SigningKey;

/**
 * What both profiles share: signatures, digests and GCM through the JCA with the explicit Bouncy Castle
 * provider. Subclasses name their algorithms and implement key wrapping, which differs in kind.
 */
abstract class JcaCryptoProfile implements CryptoProfile {

    private static final int BUFFER_SIZE = 64 * 1024;

    final SecureRandom random = new SecureRandom();
    private final String name;
    final String curveName;
    final ECParameterSpec curve;
    private final String signatureAlgorithm;
    private final String digestAlgorithm;
    private final String contentKeyAlgorithm;
    private final int contentKeyLength;

    JcaCryptoProfile(String name, String curveName, String signatureAlgorithm, String digestAlgorithm,
                     String contentKeyAlgorithm, int contentKeyLength) {
        this.name = name;
        this.curveName = curveName;
        this.signatureAlgorithm = signatureAlgorithm;
        this.digestAlgorithm = digestAlgorithm;
        this.contentKeyAlgorithm = contentKeyAlgorithm;
        this.contentKeyLength = contentKeyLength;
        this.curve = curveParameters(curveName);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public KeyPair generateSigningKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BouncyCastle.PROVIDER);
            generator.initialize(new ECGenParameterSpec(curveName), random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Bouncy Castle cannot generate " + curveName + " keys", e);
        }
    }

    /** ECDSA has no per-key work worth keeping, so by default the key signs through {@link #sign} each time. */
    @Override
    public SigningKey signingKey(PrivateKey key) {
        requireCurveKey(key, "signing key");
        return data -> sign(key, data);
    }

    @Override
    public byte[] sign(PrivateKey key, byte[] data) {
        Signature signer = signer(key);
        try {
            signer.update(data);
            return signer.sign();
        } catch (SignatureException e) {
            throw new CryptoException(signatureAlgorithm + " signing failed: " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] sign(PrivateKey key, InputStream data) throws IOException {
        Signature signer = signer(key);
        try {
            byte[] buffer = new byte[BUFFER_SIZE];
            for (int n; (n = data.read(buffer)) != -1; ) {
                signer.update(buffer, 0, n);
            }
            return signer.sign();
        } catch (SignatureException e) {
            throw new CryptoException(signatureAlgorithm + " signing failed: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean verify(PublicKey key, byte[] data, byte[] signature) {
        Signature verifier = verifier(key);
        try {
            verifier.update(data);
            return verifier.verify(signature);
        } catch (SignatureException malformedSignature) {
            return false;
        }
    }

    @Override
    public boolean verify(PublicKey key, InputStream data, byte[] signature) throws IOException {
        Signature verifier = verifier(key);
        try {
            byte[] buffer = new byte[BUFFER_SIZE];
            for (int n; (n = data.read(buffer)) != -1; ) {
                verifier.update(buffer, 0, n);
            }
            return verifier.verify(signature);
        } catch (SignatureException malformedSignature) {
            return false;
        }
    }

    @Override
    public byte[] digest(byte[] data) {
        return newDigest().digest(data);
    }

    @Override
    public byte[] digest(InputStream data) throws IOException {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[BUFFER_SIZE];
        for (int n; (n = data.read(buffer)) != -1; ) {
            digest.update(buffer, 0, n);
        }
        return digest.digest();
    }

    @Override
    public MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance(digestAlgorithm, BouncyCastle.PROVIDER);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Bouncy Castle has no " + digestAlgorithm, e);
        }
    }

    @Override
    public SecretKey generateContentKey() {
        byte[] key = new byte[contentKeyLength];
        random.nextBytes(key);
        return new SecretKeySpec(key, contentKeyAlgorithm);
    }

    @Override
    public byte[] generateIv() {
        byte[] iv = new byte[IV_LENGTH];
        random.nextBytes(iv);
        return iv;
    }

    @Override
    public byte[] encrypt(SecretKey key, byte[] iv, byte[] plaintext, byte[] aad) {
        try {
            return gcm(Cipher.ENCRYPT_MODE, key, iv, aad).doFinal(plaintext);
        } catch (GeneralSecurityException e) {
            throw new CryptoException(contentKeyAlgorithm + "-GCM encryption failed: " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] decrypt(SecretKey key, byte[] iv, byte[] ciphertext, byte[] aad) {
        Cipher cipher = gcm(Cipher.DECRYPT_MODE, key, iv, aad);
        try {
            return cipher.doFinal(ciphertext);
        } catch (GeneralSecurityException e) {
            throw AeadDecryptingInputStream.authenticationFailed(contentKeyAlgorithm, e);
        }
    }

    @Override
    public OutputStream encryptingStream(OutputStream ciphertextSink, SecretKey key, byte[] iv, byte[] aad) {
        return new CipherOutputStream(ciphertextSink, gcm(Cipher.ENCRYPT_MODE, key, iv, aad));
    }

    @Override
    public InputStream decryptingStream(InputStream ciphertextSource, SecretKey key, byte[] iv, byte[] aad) {
        return new AeadDecryptingInputStream(ciphertextSource, gcm(Cipher.DECRYPT_MODE, key, iv, aad),
                contentKeyAlgorithm);
    }

    private Cipher gcm(int mode, SecretKey key, byte[] iv, byte[] aad) {
        requireContentKey(key);
        if (iv == null || iv.length != IV_LENGTH) {
            throw new CryptoException("iv must be " + IV_LENGTH + " bytes, got "
                    + (iv == null ? "null" : iv.length + " bytes"));
        }
        try {
            Cipher cipher = Cipher.getInstance(contentKeyAlgorithm + "/GCM/NoPadding", BouncyCastle.PROVIDER);
            cipher.init(mode, key, new GCMParameterSpec(TAG_LENGTH * 8, iv), random);
            if (aad != null) {
                cipher.updateAAD(aad);
            }
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new CryptoException(contentKeyAlgorithm + "-GCM cannot be initialised: " + e.getMessage(), e);
        }
    }

    void requireContentKey(SecretKey key) {
        if (key == null) {
            throw new CryptoException("content key must not be null");
        }
        byte[] encoded = key.getEncoded();
        if (!contentKeyAlgorithm.equalsIgnoreCase(key.getAlgorithm()) || encoded == null
                || encoded.length != contentKeyLength) {
            throw new CryptoException("content key must be a " + contentKeyLength + "-byte " + contentKeyAlgorithm
                    + " key for profile " + name + ", got " + key.getAlgorithm() + " key of "
                    + (encoded == null ? "unknown length" : encoded.length + " bytes"));
        }
    }

    /** Refuses keys of another algorithm or curve: Bouncy Castle would otherwise sign with them silently. */
    void requireCurveKey(Key key, String role) {
        if (key == null) {
            throw new CryptoException(role + " must not be null");
        }
        if (!(key instanceof ECKey ecKey) || !sameCurve(ecKey.getParams())) {
            throw new CryptoException(role + " must be an EC key on curve " + curveName + " for profile " + name
                    + ", got " + key.getAlgorithm() + " key" + describeCurve(key));
        }
    }

    SecretKey contentKey(byte[] encoded) {
        if (encoded.length != contentKeyLength) {
            throw new CryptoException("wrapped content key must be " + contentKeyLength + " bytes, got "
                    + encoded.length);
        }
        return new SecretKeySpec(encoded, contentKeyAlgorithm);
    }

    private Signature signer(PrivateKey key) {
        requireCurveKey(key, "signing key");
        try {
            Signature signature = Signature.getInstance(signatureAlgorithm, BouncyCastle.PROVIDER);
            signature.initSign(key, random);
            return signature;
        } catch (InvalidKeyException e) {
            throw new CryptoException("signing key rejected by " + signatureAlgorithm + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Bouncy Castle has no " + signatureAlgorithm, e);
        }
    }

    private Signature verifier(PublicKey key) {
        requireCurveKey(key, "verification key");
        try {
            Signature signature = Signature.getInstance(signatureAlgorithm, BouncyCastle.PROVIDER);
            signature.initVerify(key);
            return signature;
        } catch (InvalidKeyException e) {
            throw new CryptoException("verification key rejected by " + signatureAlgorithm + ": "
                    + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Bouncy Castle has no " + signatureAlgorithm, e);
        }
    }

    private boolean sameCurve(ECParameterSpec other) {
        return other != null && curve.getCurve().equals(other.getCurve())
                && curve.getGenerator().equals(other.getGenerator())
                && curve.getOrder().equals(other.getOrder());
    }

    private static String describeCurve(Key key) {
        return key instanceof ECKey ecKey && ecKey.getParams() != null
                ? " on a curve with a " + ecKey.getParams().getOrder().bitLength() + "-bit order other than the expected one"
                : "";
    }

    private static ECParameterSpec curveParameters(String curveName) {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC", BouncyCastle.PROVIDER);
            parameters.init(new ECGenParameterSpec(curveName));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Bouncy Castle does not know curve " + curveName, e);
        }
    }
}
