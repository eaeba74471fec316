package org.zhanqun.cms.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Authenticates a bearer token, when the request carries one, into {@link CurrentCaller}. Never
 * rejects by itself: an endpoint that needs a user asks {@link CurrentCaller#require()}, so public
 * endpoints stay public.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

  private static final String BEARER = "Bearer ";

  @Inject AccountService accounts;
  @Inject CurrentCaller currentCaller;

  @Override
  public void filter(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
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

  /** The bearer token of a request, or null. */
  static String bearerToken(String header) {
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return null;
    }
    return header.substring(BEARER.length()).trim();
  }
}
