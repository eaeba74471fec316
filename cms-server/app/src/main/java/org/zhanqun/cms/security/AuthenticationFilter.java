package org.zhanqun.cms.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import org.zhanqun.cms.infrastructure.rest.Public;

/**
 * Authenticates a bearer token, when the request carries one, into {@link CurrentCaller}, and
 * refuses (401) an anonymous request to any endpoint of the API that is not marked {@link Public}
 * (on the method or its class) — before the body is read or validated, so that an anonymous caller
 * learns nothing of the field rules. A public endpoint stays public whatever the token (an unknown
 * one is ignored there); the rights beyond a login are checked by the features through {@link
 * CurrentCaller}'s {@code require...} methods.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

  private static final String BEARER = "Bearer ";

  @Inject AccountService accounts;
  @Inject CurrentCaller currentCaller;
  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    authenticate(request.getHeaderString(HttpHeaders.AUTHORIZATION));
    if (needsLogin(resource.getResourceClass(), resource.getResourceMethod())) {
      currentCaller.require();
    }
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
