package io.govshare.app.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the web UI (built by Vite from {@code src/main/frontend} into the root of the WAR) next to the REST
 * application, which is mapped at {@code /} and would otherwise receive every request.
 * <ul>
 *   <li>The machine interfaces keep their paths: {@code /api}, {@code /openapi}, {@code /health}, {@code /dcat},
 *       {@code /ogc}, {@code /tiles}, {@code /wms} (and {@code /api/3} under {@code /api}) pass straight on.</li>
 *   <li>{@code /assets/…}: the build's files. Their names carry a content hash, so they may be cached for a
 *       year.</li>
 *   <li>Any other GET of a path without a file extension is a page of the single-page application
 *       ({@code /open/datasets/…}, {@code /login}…): the answer is {@code index.html}, whose router shows the page
 *       (or its own 404). {@code /} itself is answered by {@code LandingPage} with the same file.</li>
 * </ul>
 * Every HTML answer carries a Content-Security-Policy that allows scripts from this origin only, so markup injected
 * into a page cannot run script (the session token is out of reach anyway, in an HttpOnly cookie).
 */
@WebFilter(filterName = "webUi", urlPatterns = "/*")
public class WebUiFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final List<String> MACHINE_PREFIXES = List.of("/api/", "/openapi", "/health", "/dcat", "/ogc", "/tiles",
            "/wms");
    private static final Set<String> READ = Set.of("GET", "HEAD");
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!READ.contains(request.getMethod()) || isMachinePath(path)) {
            chain.doFilter(request, response);
            return;
        }
        if (path.equals("/")) {
            securityHeaders(response);
            chain.doFilter(request, response);
        } else if (path.startsWith("/assets/") || path.equals("/favicon.svg")) {
            serve(path, path.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "public, max-age=86400",
                    request, response, chain);
        } else if (isPagePath(path)) {
            securityHeaders(response);
            serve("/index.html", "no-cache", request, response, chain);
        } else {
            chain.doFilter(request, response);
        }
    }

    static boolean isMachinePath(String path) {
        return path.equals("/api") || MACHINE_PREFIXES.stream().anyMatch(path::startsWith);
    }

    /** A route of the single-page application: no dot in the last segment, no traversal. */
    static boolean isPagePath(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !last.contains(".") && !path.contains("..") && !path.startsWith("/WEB-INF") && !path.startsWith("/META-INF");
    }

    private void serve(String resource, String cacheControl, HttpServletRequest request, HttpServletResponse response,
                       FilterChain chain) throws IOException, ServletException {
        if (resource.contains("..")) {
            chain.doFilter(request, response);
            return;
        }
        try (InputStream in = getServletContext().getResourceAsStream(resource)) {
            if (in == null) {
                chain.doFilter(request, response); // not part of the build: the REST application answers 404
                return;
            }
            response.setContentType(contentType(resource));
            response.setHeader("Cache-Control", cacheControl);
            response.setHeader("X-Content-Type-Options", "nosniff");
            if (!"HEAD".equals(request.getMethod())) {
                in.transferTo(response.getOutputStream());
            }
        }
    }

    /** Module scripts must be served as JavaScript; the container's table says application/x-javascript. */
    private String contentType(String resource) {
        if (resource.endsWith(".js")) {
            return "text/javascript;charset=UTF-8";
        }
        String type = getServletContext().getMimeType(resource);
        if (type == null) {
            return "application/octet-stream";
        }
        return type.startsWith("text/") ? type + ";charset=UTF-8" : type;
    }

    private static void securityHeaders(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
    }
}
