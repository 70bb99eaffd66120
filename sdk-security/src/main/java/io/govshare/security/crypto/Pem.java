package io.govshare.security.crypto;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.PrivateKey;
import java.security.PublicKey;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.openssl.PEMException;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;

import io.govshare.security.crypto.internal.BouncyCastle;

/**
 * PEM text for keys, the form OpenSSL and auditors exchange: public keys as SubjectPublicKeyInfo
 * ({@code BEGIN PUBLIC KEY}), private keys as unencrypted PKCS#8 ({@code BEGIN PRIVATE KEY}). Reading also
 * accepts the SEC1 {@code BEGIN EC PRIVATE KEY} that {@code openssl ecparam -genkey} writes.
 */
public final class Pem {

    private Pem() {
    }

    public static String write(PublicKey key) {
        if (key == null) {
            throw new CryptoException("public key must not be null");
        }
        return write(new PemObject("PUBLIC KEY", key.getEncoded()));
    }

    /** Unencrypted PKCS#8: protect the text (file permissions, key store) as the key itself. */
    public static String write(PrivateKey key) {
        if (key == null) {
            throw new CryptoException("private key must not be null");
        }
        return write(new PemObject("PRIVATE KEY", key.getEncoded()));
    }

    public static PublicKey readPublicKey(String pem) {
        Object parsed = parse(pem, "public key");
        try {
            if (parsed instanceof SubjectPublicKeyInfo info) {
                return converter().getPublicKey(info);
            }
        } catch (PEMException e) {
            throw new CryptoException("PEM public key cannot be decoded: " + e.getMessage(), e);
        }
        throw new CryptoException("PEM text must hold a 'PUBLIC KEY' block, found " + describe(parsed));
    }

    public static PrivateKey readPrivateKey(String pem) {
        Object parsed = parse(pem, "private key");
        try {
            if (parsed instanceof PrivateKeyInfo info) {
                return converter().getPrivateKey(info);
            }
            if (parsed instanceof PEMKeyPair pair) {
                return converter().getKeyPair(pair).getPrivate();
            }
        } catch (PEMException e) {
            throw new CryptoException("PEM private key cannot be decoded: " + e.getMessage(), e);
        }
        throw new CryptoException("PEM text must hold a 'PRIVATE KEY' or 'EC PRIVATE KEY' block, found "
                + describe(parsed));
    }

    private static Object parse(String pem, String what) {
        if (pem == null || pem.isBlank()) {
            throw new CryptoException("PEM " + what + " must not be empty");
        }
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            Object parsed = parser.readObject();
            if (parsed == null) {
                throw new CryptoException("PEM " + what + " has no '-----BEGIN ...-----' block");
            }
            return parsed;
        } catch (IOException | IllegalArgumentException e) {
            throw new CryptoException("PEM " + what + " is malformed: " + e.getMessage(), e);
        }
    }

    private static String describe(Object parsed) {
        return switch (parsed.getClass().getSimpleName()) {
            case "SubjectPublicKeyInfo" -> "a public key";
            case "PrivateKeyInfo", "PEMKeyPair" -> "a private key";
            case "PKCS8EncryptedPrivateKeyInfo", "PEMEncryptedKeyPair" -> "an encrypted private key (decrypt it first)";
            case "X509CertificateHolder" -> "a certificate";
            default -> parsed.getClass().getSimpleName();
        };
    }

    private static JcaPEMKeyConverter converter() {
        return new JcaPEMKeyConverter().setProvider(BouncyCastle.PROVIDER);
    }

    private static String write(PemObject object) {
        StringWriter text = new StringWriter();
        try (PemWriter writer = new PemWriter(text)) {
            writer.writeObject(object);
        } catch (IOException e) {
            throw new UncheckedIOException("writing PEM to a string cannot fail", e);
        }
        return text.toString();
    }
}
