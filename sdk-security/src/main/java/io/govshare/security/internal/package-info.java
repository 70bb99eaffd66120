/**
 * Internal: helpers shared by the packages of sdk-security — strict reading and compact writing of the signed
 * receipt and audit documents ({@code StrictJson}) and the Bouncy Castle PKIX glue ({@code Pkix}). Public only so
 * that those packages can use them; not part of the SDK's API, and they may change in any release.
 */
package io.govshare.security.internal;
