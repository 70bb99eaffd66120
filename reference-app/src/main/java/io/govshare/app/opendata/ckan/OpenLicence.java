package io.govshare.app.opendata.ckan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The licence under which the platform opens its data, shown in DCAT (dct:license) and CKAN (license_id). One per
 * platform, from configuration: a city that has its own 开放数据许可协议 sets its URL and title.
 */
@ApplicationScoped
public class OpenLicence {

    private String id;
    private String title;
    private String url;

    /** For CDI proxies. */
    protected OpenLicence() {
    }

    @Inject
    public OpenLicence(@ConfigProperty(name = "govshare.open.license.id", defaultValue = "cc-by") String id,
                       @ConfigProperty(name = "govshare.open.license.title",
                               defaultValue = "Creative Commons Attribution 4.0") String title,
                       @ConfigProperty(name = "govshare.open.license.url",
                               defaultValue = "https://creativecommons.org/licenses/by/4.0/") String url) {
        this.id = id;
        this.title = title;
        this.url = url;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String url() {
        return url;
    }
}
