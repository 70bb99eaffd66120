package io.govshare.app.opendata.portal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of a download (RFC 9110 §14): {@code bytes=first-last}, {@code bytes=first-} or the last n bytes
 * {@code bytes=-n}. Lets a client resume a large release file, or read the head of a CSV for a preview, without
 * the whole file — and without the request counting as a download.
 *
 * @param first first byte, 0-based
 * @param last  last byte, inclusive
 */
record ByteRange(long first, long last) {

    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    long length() {
        return last - first + 1;
    }

    String contentRange(long size) {
        return "bytes " + first + "-" + last + "/" + size;
    }

    /** Thrown for a well-formed range that starts past the end of the file: answer 416. */
    static final class Unsatisfiable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsatisfiable() {
            super(null, null, false, false);
        }
    }

    /**
     * The range to serve, or empty to serve the whole file: no Range header, several ranges, a syntax this server
     * does not take (RFC 9110 lets it ignore them), or an {@code If-Range} that is not the file's current ETag.
     *
     * @param etag the file's quoted entity tag, compared with {@code If-Range}
     * @throws Unsatisfiable for a single range that starts at or past the end of the file
     */
    static Optional<ByteRange> requested(String range, String ifRange, String etag, long size) {
        if (range == null || (ifRange != null && !ifRange.strip().equals(etag))) {
            return Optional.empty();
        }
        Matcher m = SINGLE.matcher(range.strip());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return Optional.empty();
        }
        try {
            if (m.group(1).isEmpty()) { // the last n bytes
                long suffix = Long.parseLong(m.group(2));
                if (suffix == 0 || size == 0) {
                    throw new Unsatisfiable();
                }
                return Optional.of(new ByteRange(Math.max(0, size - suffix), size - 1));
            }
            long first = Long.parseLong(m.group(1));
            long last = m.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(m.group(2)), size - 1);
            if (first >= size) {
                throw new Unsatisfiable();
            }
            return first > last ? Optional.empty() : Optional.of(new ByteRange(first, last));
        } catch (NumberFormatException tooLong) {
            return Optional.empty();
        }
    }
}
