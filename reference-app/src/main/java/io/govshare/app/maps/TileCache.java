package io.govshare.app.maps;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rendered tiles, least recently used first out, bounded by bytes. The key holds the data version, so a new
 * version of a layer never meets a tile of the old one, and the view (full or aggregate), so an entitled user's
 * tile is never handed to anyone else.
 */
@ApplicationScoped
public class TileCache {

    @Inject
    @ConfigProperty(name = "govshare.maps.tile-cache.megabytes", defaultValue = "64")
    int megabytes;

    private final Map<String, byte[]> tiles = new LinkedHashMap<>(1024, 0.75f, true);
    private long bytes;

    /** A tile and whether it came from the cache. */
    public record Tile(byte[] bytes, boolean hit) {
    }

    /** The cached tile, or the rendered one (rendered outside the lock; two renders of one key are harmless). */
    public Tile get(String key, Supplier<byte[]> render) {
        synchronized (this) {
            byte[] cached = tiles.get(key);
            if (cached != null) {
                return new Tile(cached, true);
            }
        }
        byte[] rendered = render.get();
        put(key, rendered);
        return new Tile(rendered, false);
    }

    private synchronized void put(String key, byte[] tile) {
        long limit = (long) megabytes << 20;
        if (tile.length > limit) {
            return;
        }
        byte[] old = tiles.put(key, tile);
        bytes += tile.length - (old == null ? 0 : old.length);
        var eldest = tiles.entrySet().iterator();
        while (bytes > limit && eldest.hasNext()) {
            bytes -= eldest.next().getValue().length;
            eldest.remove();
        }
    }
}
