package io.govshare.exchange;

import java.util.Set;

/**
 * The entry names a packet may contain (SPEC.md §1) and the size limit of its small entries. No other name
 * is allowed in a packet, so no manifest can list one and a reader refuses it.
 */
public final class PacketEntries {

    /** The packet header entry. */
    public static final String HEADER = "header.json";
    /** The records entry, in plain JSON Lines. */
    public static final String RECORDS = "records.jsonl";
    /** The records entry, encrypted for the recipients. */
    public static final String RECORDS_ENCRYPTED = "records.jsonl.enc";
    /** The wrapped content keys, one per recipient. */
    public static final String RECIPIENTS = "recipients.json";
    /** The signer's certificate, PEM. */
    public static final String SIGNER = "signer.pem";
    /** The manifest: every other entry with its size and digest. */
    public static final String MANIFEST = "manifest.json";
    /** The signature over the manifest. */
    public static final String SIGNATURE = "manifest.sig";

    /** Every allowed name. */
    public static final Set<String> ALL = Set.of(HEADER, RECORDS, RECORDS_ENCRYPTED, RECIPIENTS, SIGNER, MANIFEST,
            SIGNATURE);

    /** The names a manifest lists: every entry except the manifest and its signature. */
    public static final Set<String> DIGESTED = Set.of(HEADER, RECORDS, RECORDS_ENCRYPTED, RECIPIENTS, SIGNER);

    /**
     * Upper bound of every entry except the records, in bytes (1 MiB). These entries are read whole, so the
     * bound is what keeps a reader's memory independent of what a sender puts in them.
     */
    public static final int SMALL_ENTRY_LIMIT = 1024 * 1024;

    private PacketEntries() {
    }

    /** True for the records entries, the only ones not bounded by {@link #SMALL_ENTRY_LIMIT}. */
    public static boolean isRecords(String name) {
        return RECORDS.equals(name) || RECORDS_ENCRYPTED.equals(name);
    }
}
