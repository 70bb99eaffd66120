package io.govshare.security.crypto;

/**
 * A private key made ready to sign many times: what a profile works out once per key (for SM2 the public point
 * d·G and the hash Z of the signer's identity, which cost more than a signature itself) is kept. Obtain one with
 * {@link CryptoProfile#signingKey}; hold it as long as the key is in use (the hub's receipt and timestamp keys).
 * Signatures are the same DER form as {@link CryptoProfile#sign(java.security.PrivateKey, byte[])} gives.
 *
 * <p>Thread-safe.
 */
public interface SigningKey {

    /** Signature over {@code data}, DER-encoded. */
    byte[] sign(byte[] data);
}
