/**
 * General-purpose JSON for everything GovShare signs or verifies: {@link io.govshare.json.CanonicalJson}, the one
 * byte form that is hashed and signed, and {@link io.govshare.json.StrictJsonReader}, which reads exactly one value
 * and refuses repeated member names. Domain mappings (catalog entries, packet entries, masking policies, receipts)
 * stay with their domain and use these.
 */
package io.govshare.json;
