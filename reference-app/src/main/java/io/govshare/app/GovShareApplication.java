package io.govshare.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The platform's REST application. It is mapped at the root because the public contract spans
 * {@code /api/v1}, {@code /dcat}, {@code /ogc}, {@code /tiles} and {@code /wms}; resources and providers of every
 * feature package are discovered by scanning, so a feature adds classes and never touches this one.
 */
@ApplicationPath("/")
@LoginConfig(authMethod = "MP-JWT")
@OpenAPIDefinition(info = @Info(
        title = "GovShare",
        version = "0.1.0",
        description = "政务信息资源共享交换与数据开放 reference platform: catalog, sharing, exchange and open data. "
                + "Obtain a token with POST /api/v1/auth/token and send it as 'Authorization: Bearer <token>'. "
                + "Every error answer is application/problem+json (RFC 9457)."))
@SecurityScheme(securitySchemeName = GovShareApplication.BEARER, type = SecuritySchemeType.HTTP,
        scheme = "bearer", bearerFormat = "JWT")
public class GovShareApplication extends Application {

    /** Name of the OpenAPI security scheme; resources refer to it with {@code @SecurityRequirement(name = BEARER)}. */
    public static final String BEARER = "bearer";

    /** Prefix of the versioned JSON API. */
    public static final String API = "api/v1";
}
