package io.govshare.opendata.dcat;

import java.net.URI;

/**
 * The catalog's data API (for example a CKAN-compatible endpoint), written as a dcat:DataService that the
 * catalog lists under dcat:service and that serves every dataset of the catalog.
 *
 * @param uri                 the service's IRI
 * @param title               its name, in Chinese; non-blank
 * @param endpointUrl         the root address of the API
 * @param endpointDescription where the API is described (an OpenAPI document or the API manual), or null
 */
public record OpenDataService(URI uri, String title, URI endpointUrl, URI endpointDescription) {

    /** @throws IllegalArgumentException naming the field that breaks its rule */
    public OpenDataService {
        Checks.webUri(uri, "dataService.uri");
        Checks.text(title, "dataService.title");
        Checks.webUri(endpointUrl, "dataService.endpointUrl");
        if (endpointDescription != null) {
            Checks.webUri(endpointDescription, "dataService.endpointDescription");
        }
    }
}
