package io.govshare.security.packet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import javax.crypto.SecretKey;

import io.govshare.exchange.PacketFormatException;
import io.govshare.exchange.PacketHeader;
import io.govshare.exchange.internal.RecordLineReader;
import io.govshare.exchange.RecordRules;
import io.govshare.security.crypto.CryptoException;
import io.govshare.security.crypto.CryptoProfile;
import io.govshare.verification.Reason;
import jakarta.json.JsonObject;

/**
 * A packet's records, one at a time, in memory bounded by the longest record line. At the end it checks
 * that the number of records is the header's recordCount ({@code records.count-mismatch}) and, for an
 * encrypted packet, the GCM tag ({@code decryption.failed}).
 *
 * <p>The records' bytes were verified against the signed manifest before this stream was opened, but
 * decrypted records are only final once {@link #hasNext()} has returned false without an exception: act on
 * them (commit them) only then. Close the stream when stopping early.
 */
public final class RecordStream implements Iterator<JsonObject>, AutoCloseable {

    private final InputStream entry;
    private final InputStream plaintext;
    private final RecordLineReader reader;
    private final PacketHeader header;
    private final RecordRules rules;
    private final boolean encrypted;
    private JsonObject next;
    private boolean finished;

    RecordStream(InputStream entry, CryptoProfile profile, SecretKey contentKey, PacketHeader header, RecordRules rules) {
        this.entry = entry;
        this.header = header;
        this.rules = rules;
        this.encrypted = contentKey != null;
        try {
            if (encrypted) {
                byte[] iv = entry.readNBytes(CryptoProfile.IV_LENGTH);
                if (iv.length < CryptoProfile.IV_LENGTH) {
                    throw new DecryptionFailedException("records.jsonl.enc is " + iv.length + " bytes, shorter than its"
                            + " " + CryptoProfile.IV_LENGTH + "-byte IV", null);
                }
                this.plaintext = profile.decryptingStream(entry, contentKey, iv,
                        header.packetId().value().getBytes(StandardCharsets.UTF_8));
            } else {
                this.plaintext = entry;
            }
        } catch (IOException e) {
            closeQuietly();
            throw unreadable(e);
        } catch (CryptoException e) {
            closeQuietly();
            throw decryptionFailed(e);
        } catch (RuntimeException e) {
            closeQuietly();
            throw e;
        }
        this.reader = new RecordLineReader(plaintext);
    }

    @Override
    public boolean hasNext() {
        if (next != null) {
            return true;
        }
        if (finished) {
            return false;
        }
        try {
            next = reader.read();
            if (next == null) {
                finished = true;
                closeQuietly();
                if (reader.count() != header.recordCount()) {
                    throw new RecordsInvalidException(Reason.RECORDS_COUNT_MISMATCH, "the packet holds "
                            + reader.count() + " records but its header says recordCount " + header.recordCount(), null);
                }
                return false;
            }
            if (rules != null) {
                rules.check(next, reader.count());
            }
            return true;
        } catch (PacketFormatException e) {
            throw fail(drainAndCheckTag(PacketException.from(e)));
        } catch (CryptoException e) {
            throw fail(decryptionFailed(e));
        } catch (IOException e) {
            throw fail(unreadable(e));
        } catch (RuntimeException e) {
            throw fail(e);
        }
    }

    @Override
    public JsonObject next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more records");
        }
        JsonObject record = next;
        next = null;
        return record;
    }

    /** The number of records read so far. */
    public long count() {
        return reader.count();
    }

    @Override
    public void close() {
        finished = true;
        next = null;
        closeQuietly();
    }

    /**
     * A record that does not parse in an encrypted packet may be garbage from a wrong key or IV; the tag, at
     * the end, says which. Decryption failure is the truer reason, so read to the end to find out.
     */
    private RuntimeException drainAndCheckTag(RuntimeException recordsFailure) {
        if (!encrypted) {
            return recordsFailure;
        }
        try {
            plaintext.skip(Long.MAX_VALUE);
            return recordsFailure;
        } catch (CryptoException e) {
            return decryptionFailed(e);
        } catch (IOException e) {
            return recordsFailure;
        }
    }

    private RuntimeException fail(RuntimeException e) {
        finished = true;
        next = null;
        closeQuietly();
        return e;
    }

    private DecryptionFailedException decryptionFailed(CryptoException e) {
        return new DecryptionFailedException("the records of packet " + this.header.packetId() + " do not decrypt: "
                + e.getMessage(), e);
    }

    private static MalformedPacketException unreadable(IOException e) {
        return new MalformedPacketException(Reason.CONTAINER_MALFORMED, "the records entry cannot be read: "
                + e.getMessage(), e);
    }

    private void closeQuietly() {
        try {
            entry.close();
        } catch (IOException ignored) {
            // reading is over; a failure to release the ZIP stream changes nothing about the records
        }
    }
}
