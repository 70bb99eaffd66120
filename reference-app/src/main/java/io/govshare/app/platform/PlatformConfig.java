package io.govshare.app.platform;

import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform's own settings, read through MicroProfile Config. Each key can also be given as an environment
 * variable ({@code govshare.data.dir} ← {@code GOVSHARE_DATA_DIR}); the defaults live in server.xml so that the
 * server and the application agree on them.
 */
@ApplicationScoped
public class PlatformConfig {

    private Path dataDir;
    private boolean demoMode;
    private int httpPort;

    /** For CDI proxies. */
    protected PlatformConfig() {
    }

    @Inject
    public PlatformConfig(@ConfigProperty(name = "govshare.data.dir") String dataDir,
                          @ConfigProperty(name = "govshare.demo", defaultValue = "true") boolean demoMode,
                          @ConfigProperty(name = "govshare.http.port", defaultValue = "9080") int httpPort) {
        this.dataDir = Path.of(dataDir).toAbsolutePath().normalize();
        this.demoMode = demoMode;
        this.httpPort = httpPort;
    }

    /** Where the embedded database, the JWT key pair, the search index and caches live. */
    public Path dataDir() {
        return dataDir;
    }

    /** Whether the demo city is seeded into an empty database and demo accounts may log in. */
    public boolean demoMode() {
        return demoMode;
    }

    public int httpPort() {
        return httpPort;
    }
}
