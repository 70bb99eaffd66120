package io.govshare.geo.aggregate;

import java.util.Arrays;

/**
 * An open-addressing map from long keys to dense indexes 0, 1, 2… in first-seen order: the grid aggregator's
 * cell table, so that counting a point costs a hash probe and no allocation.
 */
final class LongIndex {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] slots;
    private int[] indexes;
    private long[] keys = new long[64];
    private int size;
    private int mask;

    LongIndex() {
        slots = new long[256];
        Arrays.fill(slots, EMPTY);
        indexes = new int[256];
        mask = 255;
    }

    /** The key's index, adding it if new. The key must not be Long.MIN_VALUE. */
    int indexOf(long key) {
        int slot = mix(key) & mask;
        while (true) {
            long k = slots[slot];
            if (k == key) {
                return indexes[slot];
            }
            if (k == EMPTY) {
                return add(slot, key);
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The key's index, or -1 if it was never added. */
    int find(long key) {
        int slot = mix(key) & mask;
        while (slots[slot] != EMPTY) {
            if (slots[slot] == key) {
                return indexes[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private int add(int slot, long key) {
        slots[slot] = key;
        indexes[slot] = size;
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
        }
        keys[size] = key;
        int index = size++;
        if (size * 2 > slots.length) {
            grow();
        }
        return index;
    }

    private void grow() {
        long[] oldSlots = slots;
        int[] oldIndexes = indexes;
        slots = new long[oldSlots.length * 2];
        Arrays.fill(slots, EMPTY);
        indexes = new int[slots.length];
        mask = slots.length - 1;
        for (int i = 0; i < oldSlots.length; i++) {
            if (oldSlots[i] != EMPTY) {
                int slot = mix(oldSlots[i]) & mask;
                while (slots[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = oldSlots[i];
                indexes[slot] = oldIndexes[i];
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    int size() {
        return size;
    }

    long key(int index) {
        return keys[index];
    }
}
