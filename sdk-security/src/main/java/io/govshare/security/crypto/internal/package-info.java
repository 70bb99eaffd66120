/**
 * Internal: the implementations behind {@link io.govshare.security.crypto.CryptoProfile} — the SM and
 * international profiles on the JCA with Bouncy Castle, the provider instance, and the streaming AEAD decryption.
 * Use them through {@link io.govshare.security.crypto.CryptoProfiles}. Public only so that
 * {@code io.govshare.security.crypto} and the other packages of sdk-security can reach them; not part of the SDK's
 * API, and they may change in any release.
 */
package io.govshare.security.crypto.internal;
