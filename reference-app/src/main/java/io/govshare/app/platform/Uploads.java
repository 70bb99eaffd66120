package io.govshare.app.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/** Request bodies copied to a file, refused with 413 once they pass a limit rather than filling the disk. */
public final class Uploads {

    private Uploads() {
    }

    /**
     * Copies the body to a new file and returns its size. Past {@code maxBytes} it stops and throws a 413 problem
     * whose error names {@code rule} and whose detail names the configuration key; the caller removes the file.
     *
     * @throws IOException when the body cannot be read to its end (a client that went away)
     */
    public static long copy(InputStream body, Path target, long maxBytes, String what, String configKey, String rule)
            throws IOException {
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = body.read(buffer)) > 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw new ProblemException(413, "Content Too Large", "The " + what + " is larger than "
                            + maxBytes + " bytes (" + configKey + ")",
                            List.of(new FieldError("body", rule, "at most " + maxBytes + " bytes")));
                }
                out.write(buffer, 0, n);
            }
            return total;
        }
    }
}
