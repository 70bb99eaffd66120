package io.govshare.masking;

/**
 * Draws small numbers from a 32-byte MAC, as digits of the MAC read in mixed radix: each draw takes the
 * remainder by its bound from a 64-bit word and moves on to the next word when the current one has less range
 * left than the bound. Deterministic by construction (no library random generator whose sequence could change
 * between JDKs), and close enough to uniform for pseudonyms: the bias is below bound / 2^64 per draw.
 */
final class KeyedDigits {

    private final byte[] mac;
    private int nextWord;
    private long value;
    private long range; // unsigned: how many values the rest of the current word still spans, minus one

    KeyedDigits(byte[] mac) {
        this.mac = mac;
        loadWord();
    }

    /** A number from 0 to bound − 1. */
    int next(int bound) {
        if (Long.compareUnsigned(range, bound - 1L) < 0) {
            loadWord();
        }
        int draw = (int) Long.remainderUnsigned(value, bound);
        value = Long.divideUnsigned(value, bound);
        range = Long.divideUnsigned(range, bound);
        return draw;
    }

    /** A digit character 0–9. */
    char digit() {
        return (char) ('0' + next(10));
    }

    private void loadWord() {
        if (nextWord * 8 >= mac.length) {
            // The pseudonyms draw well under 256 bits; running out means a programming error here.
            throw new IllegalStateException("drew more than " + mac.length * 8 + " bits from one MAC");
        }
        long word = 0;
        for (int i = 0; i < 8; i++) {
            word = (word << 8) | (mac[nextWord * 8 + i] & 0xFF);
        }
        nextWord++;
        value = word;
        range = -1L;
    }
}
