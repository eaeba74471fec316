package org.zhanqun.cms.security;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhanqun.cms.infrastructure.rest.Public;

/**
 * The browser session of the web console: a login whose token lives in an HttpOnly, SameSite=Strict
 * cookie ({@link SessionCookie}) instead of in the page's script, with a CSRF token ({@link
 * CsrfToken}) for the requests that change something. Logging in here needs no CSRF token: a
 * cross-site form cannot send {@code application/json} (the only type accepted), and a cookie set
 * with SameSite=Strict is not sent with another site's requests, so a forged login can neither be
 * posted nor used.
 */
@Path("auth/session")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "auth")
public class BrowserSessionResource {

  private static final String NO_STORE = "no-store";

  @Inject AccountService accounts;
  @Inject CredentialService credentials;
  @Inject CurrentCaller currentCaller;
  @Inject SessionCookie cookies;

  @POST
  @Public
  @Operation(
      summary =
          "Log in a browser: the session token in an HttpOnly cookie, a CSRF token in the body",
      description =
          "Checks the credentials like POST /auth/login (same throttling, same 401 whichever of"
              + " username and password was wrong). Sets the cookie zhanqun_session (Path: the"
              + " application's root, HttpOnly, SameSite=Strict, Max-Age: until the session"
              + " expires, Secure when the request came by https). Requests with the cookie that"
              + " may change something must send the csrfToken as X-CSRF-Token.")
  @APIResponse(
      responseCode = "200",
      description = "the CSRF token, the session's expiry and the user",
      headers = @Header(name = "Set-Cookie", description = "zhanqun_session=<token>; ..."))
  @APIResponse(responseCode = "400", description = "username or password missing or too long")
  @APIResponse(responseCode = "401", description = "wrong username or password, or disabled")
  @APIResponse(
      responseCode = "429",
      description = "too many failed logins for this account or from this address",
      headers = @Header(name = "Retry-After", description = "seconds to wait"))
  @APIResponse(
      responseCode = "503",
      description = "too many passwords being checked at once",
      headers = @Header(name = "Retry-After", description = "seconds to wait"))
  public Response login(
      @Valid @NotNull(message = "is required") LoginRequest request,
      @Context HttpServletRequest http) {
    AccountService.Session session =
        credentials.login(
            request.username(),
            request.password(),
            credentials.clientAddress(
                http.getRemoteAddr(), http.getHeader(AuthResource.FORWARDED_FOR)));
    return Response.ok(BrowserSessionView.of(session))
        .header(HttpHeaders.SET_COOKIE, cookies.issue(session, http))
        .header(HttpHeaders.CACHE_CONTROL, NO_STORE)
        .build();
  }

  @GET
  @Public
  @Operation(
      summary = "The browser session of the cookie: its CSRF token, expiry and user",
      description = "Tells a reloaded console whether it is still logged in.")
  @APIResponse(responseCode = "200", description = "the cookie's session is valid")
  @APIResponse(
      responseCode = "401",
      description = "no session cookie, or its session expired or was ended")
  public Response current(
      @Parameter(hidden = true) @CookieParam(SessionCookie.NAME) String cookie) {
    if (cookie == null || cookie.isBlank()) {
      throw new NotAuthenticatedException("no session; log in");
    }
    AccountService.Session session =
        currentCaller
            .browserSession()
            .orElseThrow(
                () ->
                    new NotAuthenticatedException(
                        currentCaller.get().isPresent()
                            ? "no session: this request was authenticated by its bearer token"
                            : currentCaller.rejection()));
    return Response.ok(BrowserSessionView.of(session))
        .header(HttpHeaders.CACHE_CONTROL, NO_STORE)
        .build();
  }

  @DELETE
  @Operation(
      summary = "Log out a browser: revokes the session and clears its cookie",
      description =
          "With the cookie, needs the X-CSRF-Token header. A request with a bearer token revokes"
              + " that token.")
  @SecurityRequirement(name = "session")
  @SecurityRequirement(name = "bearer")
  @APIResponse(responseCode = "204", description = "revoked; the cookie is cleared (Max-Age=0)")
  @APIResponse(responseCode = "401", description = "no valid session")
  @APIResponse(responseCode = "403", description = "missing or wrong CSRF token")
  public Response logout(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @Context HttpServletRequest http) {
    currentCaller.require();
    String token =
        currentCaller
            .browserSession()
            .map(AccountService.Session::token)
            .orElseGet(() -> AuthenticationFilter.bearerToken(authorization));
    if (token != null) {
      accounts.logout(token);
    }
    return Response.noContent().header(HttpHeaders.SET_COOKIE, cookies.clear(http)).build();
  }
}
