package org.zhanqun.cms.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Set;
import org.zhanqun.cms.infrastructure.rest.Public;

/**
 * Authenticates a bearer token, when the request carries one, into {@link CurrentCaller}, and
 * refuses (401) an anonymous request to any endpoint of the API that is not marked {@link Public}
 * (on the method or its class) — before the body is read or validated, so that an anonymous caller
 * learns nothing of the field rules. A public endpoint stays public whatever the token (an unknown
 * one is ignored there); the rights beyond a login are checked by the features through {@link
 * CurrentCaller}'s {@code require...} methods.
 *
 * <p>A request without an {@code Authorization} header is authenticated by the browser session's
 * cookie ({@value SessionCookie#NAME}), when it carries one, in the same way: an unknown or expired
 * session is a 401 on endpoints that need a login and ignored on public ones. A
 * cookie-authenticated request whose method may change something (anything but GET, HEAD and
 * OPTIONS) must also carry the session's CSRF token ({@link CsrfToken}) in {@code X-CSRF-Token},
 * else it is refused with 403 ({@link CsrfTokenRejectedException}) before its body is read; on a
 * public endpoint (logging in) such a request is answered as an anonymous one instead. A bearer
 * token in the header always wins over the cookie, and bearer requests need no CSRF token: no
 * browser sends one by itself.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

  private static final String BEARER = "Bearer ";

  /** The methods that change nothing, which a cookie authenticates without a CSRF token. */
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  @Inject AccountService accounts;
  @Inject CurrentCaller currentCaller;
  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    boolean needsLogin = needsLogin(resource.getResourceClass(), resource.getResourceMethod());
    String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    Cookie cookie = request.getCookies().get(SessionCookie.NAME);
    if (authorization == null && cookie != null && !cookie.getValue().isBlank()) {
      authenticateSession(cookie.getValue(), request, needsLogin);
    } else {
      authenticate(authorization);
    }
    if (needsLogin) {
      currentCaller.require();
    }
  }

  private void authenticateSession(
      String token, ContainerRequestContext request, boolean needsLogin) {
    AccountService.Session session;
    try {
      session = accounts.requireSession(token);
    } catch (NotAuthenticatedException e) {
      currentCaller.reject(e.getMessage());
      return;
    }
    if (!SAFE_METHODS.contains(request.getMethod())
        && !CsrfToken.matches(token, request.getHeaderString(CsrfToken.HEADER))) {
      if (needsLogin) {
        throw new CsrfTokenRejectedException();
      }
      return; // a public endpoint answers it as an anonymous request
    }
    currentCaller.authenticate(session);
  }

  private void authenticate(String header) {
    if (header == null) {
      return;
    }
    if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      currentCaller.reject("the Authorization header must be: Bearer <token>");
      return;
    }
    String token = header.substring(BEARER.length()).trim();
    accounts
        .authenticate(token)
        .ifPresentOrElse(
            currentCaller::authenticate,
            () -> currentCaller.reject("the token is unknown, expired or revoked; log in again"));
  }

  /** Every endpoint of this application needs a login unless it or its class is {@link Public}. */
  static boolean needsLogin(Class<?> resourceClass, Method method) {
    if (resourceClass == null || method == null) {
      return false;
    }
    boolean ours = resourceClass.getName().startsWith("org.zhanqun.");
    return ours
        && !method.isAnnotationPresent(Public.class)
        && !resourceClass.isAnnotationPresent(Public.class);
  }

  /** The bearer token of a request, or null. */
  static String bearerToken(String header) {
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return null;
    }
    return header.substring(BEARER.length()).trim();
  }
}
