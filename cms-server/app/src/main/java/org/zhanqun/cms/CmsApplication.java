package org.zhanqun.cms;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The editorial and public JSON API, versioned under {@code /api/v1}. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Zhanqun API",
            version = "1",
            description =
                "Editorial API (sites, columns, items, files, workflow, revisions) and the public"
                    + " read-only API of a government website cluster."))
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "Token from POST /api/v1/auth/login")
@SecurityScheme(
    securitySchemeName = "session",
    type = SecuritySchemeType.APIKEY,
    in = SecuritySchemeIn.COOKIE,
    apiKeyName = "zhanqun_session",
    description =
        "Browser session cookie from POST /api/v1/auth/session (used when there is no"
            + " Authorization header); requests other than GET, HEAD and OPTIONS also need"
            + " X-CSRF-Token: the csrfToken of the session")
public class CmsApplication extends Application {

  /** Jersey publishes no WADL description of the resources ({@code /application.wadl}). */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
