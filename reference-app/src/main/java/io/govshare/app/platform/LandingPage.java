package io.govshare.app.platform;

import java.io.InputStream;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Serves the web application's index.html at {@code /}: the REST application is mapped at the root (the public
 * contract puts {@code /api}, {@code /dcat}, {@code /ogc}... side by side), so it receives every request.
 */
@Path("/")
public class LandingPage {

    @Context
    ServletContext servletContext;

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(hidden = true)
    public InputStream index() {
        InputStream page = servletContext.getResourceAsStream("/index.html");
        if (page == null) {
            throw ProblemException.notFound("The landing page index.html is missing from the application");
        }
        return page;
    }
}
