package io.govshare.app.exchange;

import io.govshare.app.platform.Uploads;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.govshare.app.platform.PlatformConfig;
import io.govshare.app.platform.domain.InvalidInput;

/**
 * Packet bytes on disk, under {@code <data dir>/exchange}: {@code incoming/} while an upload arrives and is
 * checked, {@code packets/} for accepted submissions, {@code deliveries/} for what the hub re-sealed for consumer
 * nodes.
 * <p>
 * Durability rule: a file is forced to disk and atomically renamed into place <em>before</em> the database row
 * that refers to it commits. A crash can therefore leave a file without a row (removed at the next start by
 * {@link #removeOrphans}), never a row without its file.
 */
@ApplicationScoped
public class PacketStore {

    private static final Logger LOG = Logger.getLogger(PacketStore.class.getName());
    private static final String PACKET_SUFFIX = ".gspkt";

    @Inject
    PlatformConfig config;

    private Path incoming;
    private Path packets;
    private Path deliveries;
    private boolean directoriesCanBeForced;

    @PostConstruct
    void createFolders() {
        Path root = config.dataDir().resolve("exchange");
        incoming = root.resolve("incoming");
        packets = root.resolve("packets");
        deliveries = root.resolve("deliveries");
        try {
            Files.createDirectories(incoming);
            Files.createDirectories(packets);
            Files.createDirectories(deliveries);
            directoriesCanBeForced = directoriesCanBeForced(packets);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the exchange folders under " + root, e);
        }
    }

    /**
     * Copies an upload to a temporary file, refusing it (413, nothing kept) once it exceeds {@code maxBytes}.
     */
    public Path receive(InputStream body, long maxBytes) {
        Path temp = incoming.resolve(UUID.randomUUID() + ".part");
        try {
            Uploads.copy(body, temp, maxBytes, "packet", "govshare.exchange.max-packet-bytes",
                    "exchange.packet-too-large");
        } catch (IOException e) {
            discard(temp);
            throw new InvalidInput("body", "exchange.upload-incomplete",
                    "The packet upload could not be read to its end: " + e.getMessage());
        } catch (RuntimeException e) {
            discard(temp);
            throw e;
        }
        return temp;
    }

    /** A new temporary file for a packet the hub writes itself. */
    public Path newTemporary() {
        return incoming.resolve(UUID.randomUUID() + ".part");
    }

    /**
     * Forces {@code temp} to disk and moves it to {@code packets/<id>.gspkt}; false (nothing moved) if a file of
     * that id is there already — another upload of the same id is being accepted at this moment.
     */
    public boolean keepSubmission(Path temp, String packetId) {
        Path target = packets.resolve(packetId + PACKET_SUFFIX);
        if (Files.exists(target)) {
            return false;
        }
        keep(temp, target, false);
        return true;
    }

    /** As {@link #keepSubmission} for a delivery re-sealed for a consumer node. */
    public Path keepDelivery(Path temp, String packetId) {
        return keep(temp, deliveries.resolve(packetId + PACKET_SUFFIX), true);
    }

    public Path submission(String packetId) {
        return packets.resolve(packetId + PACKET_SUFFIX);
    }

    public Path delivery(String packetId) {
        return deliveries.resolve(packetId + PACKET_SUFFIX);
    }

    public void discard(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warning(() -> "Cannot delete " + file + ": " + e.getMessage());
        }
    }

    /**
     * Deletes leftovers of interrupted work: every temporary file, and every packet file the database does not
     * know (its transaction never committed, so no receipt was ever returned for it).
     */
    public int removeOrphans(Set<String> knownSubmissions, Set<String> knownDeliveries) {
        int removed = clear(incoming, null);
        removed += clear(packets, knownSubmissions);
        removed += clear(deliveries, knownDeliveries);
        return removed;
    }

    private int clear(Path folder, Set<String> keep) {
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String id = name.endsWith(PACKET_SUFFIX) ? name.substring(0, name.length() - PACKET_SUFFIX.length()) : null;
                if (keep == null || id == null || !keep.contains(id)) {
                    discard(file);
                    removed++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
        return removed;
    }

    private Path keep(Path temp, Path target, boolean replace) {
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            if (replace) {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                // a hard link fails if the target exists, so two uploads of one id can never overwrite each other
                Files.createLink(target, temp);
                Files.delete(temp);
            }
            forceDirectory(target.getParent());
            return target;
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new ConcurrentUpload(target);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store " + target, e);
        }
    }

    /**
     * Makes the rename itself durable. POSIX file systems need the directory forced; where a directory cannot
     * be opened for that at all (Windows: NTFS journals the rename instead) this was found once at start and is
     * skipped. Any other failure is an error: the receipt must not be given for a rename that may be lost.
     */
    private void forceDirectory(Path dir) throws IOException {
        if (directoriesCanBeForced) {
            try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
                channel.force(true);
            }
        }
    }

    private static boolean directoriesCanBeForced(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            LOG.info(() -> "Directories cannot be forced to disk here (" + e + "); renames into " + dir
                    + " rely on the file system's journal");
            return false;
        }
    }

    /** Another upload of the same packet id took the place first. */
    public static final class ConcurrentUpload extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ConcurrentUpload(Path target) {
            super("a packet file " + target.getFileName() + " exists already", null, false, false);
        }
    }
}
