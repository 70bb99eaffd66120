package io.govshare.app.opendata.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class ByteRangeTest {

    private static final String ETAG = "\"abc\"";

    @Test
    void theThreeFormsOfASingleRange() {
        assertEquals(Optional.of(new ByteRange(0, 9)), ByteRange.requested("bytes=0-9", null, ETAG, 100));
        assertEquals(Optional.of(new ByteRange(90, 99)), ByteRange.requested("bytes=90-", null, ETAG, 100));
        assertEquals(Optional.of(new ByteRange(80, 99)), ByteRange.requested("bytes=-20", null, ETAG, 100));
        assertEquals(Optional.of(new ByteRange(0, 99)), ByteRange.requested("bytes=-500", null, ETAG, 100));
        assertEquals(Optional.of(new ByteRange(50, 99)), ByteRange.requested("bytes=50-5000", null, ETAG, 100),
                "a last byte past the end means the end");
        assertEquals("bytes 0-9/100", new ByteRange(0, 9).contentRange(100));
        assertEquals(10, new ByteRange(0, 9).length());
    }

    @Test
    void theWholeFileWhenTheRangeIsAbsentIgnoredOrStale() {
        assertTrue(ByteRange.requested(null, null, ETAG, 100).isEmpty());
        assertTrue(ByteRange.requested("bytes=0-9,20-29", null, ETAG, 100).isEmpty(), "several ranges: whole file");
        assertTrue(ByteRange.requested("items=0-9", null, ETAG, 100).isEmpty());
        assertTrue(ByteRange.requested("bytes=9-0", null, ETAG, 100).isEmpty());
        assertTrue(ByteRange.requested("bytes=-", null, ETAG, 100).isEmpty());
        assertTrue(ByteRange.requested("bytes=0-9", "\"other\"", ETAG, 100).isEmpty(), "If-Range of another version");
        assertEquals(Optional.of(new ByteRange(0, 9)), ByteRange.requested("bytes=0-9", ETAG, ETAG, 100));
    }

    @Test
    void aRangePastTheEndIsUnsatisfiable() {
        assertThrows(ByteRange.Unsatisfiable.class, () -> ByteRange.requested("bytes=100-", null, ETAG, 100));
        assertThrows(ByteRange.Unsatisfiable.class, () -> ByteRange.requested("bytes=-0", null, ETAG, 100));
    }
}
