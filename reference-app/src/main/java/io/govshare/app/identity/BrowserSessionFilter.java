package io.govshare.app.identity;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.govshare.app.platform.FieldError;
import io.govshare.app.platform.Problems;

/**
 * Guards the web UI's session cookie against cross-site request forgery.
 * <p>
 * Liberty's mpJwt authenticates a request by its {@code Authorization} header, or, when it has none, by the
 * {@link BrowserSession#COOKIE} cookie (two mpJwt configurations chosen by authFilter in server.xml). A browser sends
 * cookies with requests that other pages start, so a request that the cookie authenticates and that may change
 * something (any method but GET, HEAD and OPTIONS) must also carry the session's CSRF token in the
 * {@link BrowserSession#CSRF_HEADER} header; otherwise it is refused with 403 problem+json before any resource runs.
 * Another site can neither read that token nor set the header on a cross-site request. A request with an
 * {@code Authorization} header is an API client's and passes untouched: the cookie plays no part in it.
 */
@WebFilter(filterName = "browserSession", urlPatterns = "/*")
public class BrowserSessionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String token = request.getHeader("Authorization") == null ? BrowserSession.tokenOf(request) : null;
        if (token != null && !SAFE_METHODS.contains(request.getMethod())
                && !BrowserSession.csrfMatches(token, request.getHeader(BrowserSession.CSRF_HEADER))) {
            refuse(response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(403);
        response.setContentType(Problems.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Problems.json(403, "Forbidden",
                "A request authenticated by the session cookie must send the session's CSRF token in the "
                        + BrowserSession.CSRF_HEADER + " header",
                List.of(new FieldError(BrowserSession.CSRF_HEADER, "csrf-token",
                        "missing or does not match the session"))).build().toString());
    }
}
