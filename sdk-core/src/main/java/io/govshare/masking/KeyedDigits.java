package io.govshare.masking;

/**
 * Draws small numbers from a 32-byte MAC, as digits of the MAC read in mixed radix: each draw takes the
 * remainder by its bound from a 63-bit word (the top bit of each 64-bit word is dropped, so plain signed division
 * serves — a third of the cost of unsigned division on Java 17) and moves on to the next word when the current
 * one has less range left than the bound. Four words give 252 bits; a 公民身份号码 pseudonym draws about 45.
 * Deterministic by construction (no library random generator whose sequence could change between JDKs), and
 * close enough to uniform for pseudonyms: the bias is below bound / 2^63 per draw.
 */
final class KeyedDigits {

    private final byte[] mac;
    private int nextWord;
    private long value;
    private long range; // how many values the rest of the current word still spans, minus one

    KeyedDigits(byte[] mac) {
        this.mac = mac;
        loadWord();
    }

    /** A number from 0 to bound − 1. */
    int next(int bound) {
        if (range < bound - 1L) {
            loadWord();
        }
        int draw = (int) (value % bound);
        value /= bound;
        range /= bound;
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
        value = word & Long.MAX_VALUE;
        range = Long.MAX_VALUE;
    }
}
