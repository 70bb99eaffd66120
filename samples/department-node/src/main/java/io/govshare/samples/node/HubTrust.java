package io.govshare.samples.node;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

import jakarta.json.JsonObject;

import io.govshare.security.identity.CertificateStatus;
import io.govshare.security.identity.Certificates;
import io.govshare.security.identity.HubTrustStore;
import io.govshare.security.identity.NodeIds;

/**
 * What a node trusts for one run: the hub CA it pinned at registration, the hub's current revocation list, and the
 * hub and timestamping certificates the hub presents, each checked against that CA. The CA is never taken from the
 * hub again after registration, so a server impersonating the hub later cannot slip in a CA of its own.
 *
 * @param store the CA pinned at registration with the CRL just fetched
 * @param hub   the hub's certificate (CN=hub), VALID in {@code store}: packets to the hub are encrypted for it
 * @param tsa   the hub's timestamping certificate, for checking receipts
 */
record HubTrust(HubTrustStore store, X509Certificate hub, X509Certificate tsa) {

    /**
     * Fetches the hub's certificates and CRL and checks them against {@code pinnedCa}.
     *
     * @throws SyncException if the hub presents another CA, or its own certificate is not VALID or not the hub's
     */
    static HubTrust fetch(HubClient client, X509Certificate pinnedCa, Instant now) throws IOException {
        JsonObject trust = client.trust();
        X509Certificate presentedCa = Certificates.readCertificate(trust.getString("caCertificate"));
        if (!presentedCa.equals(pinnedCa)) {
            throw new SyncException("the hub presents CA certificate " + presentedCa.getSubjectX500Principal().getName()
                    + " (serial " + Certificates.serialHex(presentedCa) + "), not the CA this node pinned at registration"
                    + " (serial " + Certificates.serialHex(pinnedCa) + "); refusing to talk to it");
        }
        HubTrustStore store = HubTrustStore.of(List.of(pinnedCa), List.of(Certificates.readCrl(trust.getString("crl"))));
        X509Certificate hub = Certificates.readCertificate(trust.getString("hubCertificate"));
        CertificateStatus hubStatus = store.check(hub, now);
        if (hubStatus != CertificateStatus.VALID || !NodeIds.HUB.equals(Certificates.nodeId(hub))) {
            throw new SyncException("the hub's certificate " + Certificates.serialHex(hub) + " (CN="
                    + Certificates.nodeId(hub) + ") is " + hubStatus + " under the pinned CA; expected a VALID CN=hub");
        }
        X509Certificate tsa = Certificates.readCertificate(trust.getString("tsaCertificate"));
        return new HubTrust(store, hub, tsa);
    }
}
