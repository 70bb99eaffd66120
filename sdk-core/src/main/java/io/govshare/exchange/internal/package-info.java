/**
 * Internal: the mechanics of the packet container (ZIP layout, streaming entry reader and writer, JSON Lines of
 * records, recipients.json, strict field access) behind {@code io.govshare.exchange} and sdk-security's sealer and
 * opener. Public only so that sdk-security can use it; not part of the SDK's API, and it may change in any release.
 */
package io.govshare.exchange.internal;
