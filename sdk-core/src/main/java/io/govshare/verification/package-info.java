/**
 * What every verification of the SDK reports: {@link io.govshare.verification.Reason}, one type for the failures
 * of packets, receipts and audit segments with their stable wire codes, and {@link io.govshare.verification.Finding},
 * a reason with its message.
 */
package io.govshare.verification;
