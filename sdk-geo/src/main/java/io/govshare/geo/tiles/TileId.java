package io.govshare.geo.tiles;

/** A tile's zoom level (tile matrix), column (x) and row (y, counted down from the top). */
public record TileId(int z, int x, int y) {

    @Override
    public String toString() {
        return z + "/" + x + "/" + y;
    }
}
