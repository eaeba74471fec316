package org.zhanqun.cms.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code Set-Cookie} header of a browser session ({@value #NAME}): {@code Path} the
 * application's context path and {@code /}, {@code HttpOnly}, {@code SameSite=Strict}, {@code
 * Max-Age} the seconds left until the session expires, and {@code Secure} when the request came by
 * https — itself ({@link HttpServletRequest#isSecure()}), or through a trusted proxy ({@code
 * zhanqun.http.trusted-proxies}, as for the client address of the login throttle) whose {@code
 * X-Forwarded-Proto} says {@code https}; the header is never trusted from anyone else.
 *
 * <p>The header is written here rather than by JAX-RS's {@code NewCookie}: Jersey writes every
 * {@code NewCookie} with the obsolete RFC 2109 attribute {@code Version=1}, which RFC 6265 does not
 * know. Thread-safe.
 */
@ApplicationScoped
class SessionCookie {

  /** The cookie's name. */
  static final String NAME = "zhanqun_session";

  static final String FORWARDED_PROTO = "X-Forwarded-Proto";

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "zhanqun.http.trusted-proxies")
  Optional<String> trustedProxies;

  private ClientAddress proxies;

  @PostConstruct
  void start() {
    proxies = ClientAddress.trusting(trustedProxies.orElse(""));
  }

  /** The header that gives the browser the session's token until the session expires. */
  String issue(AccountService.Session session, HttpServletRequest request) {
    return header(session.token(), path(request), maxAge(session.expiresAt()), isHttps(request));
  }

  /** The header that makes the browser forget the cookie at once. */
  String clear(HttpServletRequest request) {
    return header("", path(request), 0, isHttps(request));
  }

  /** Whole seconds from now until {@code expiresAt}; 0 once it has passed. */
  long maxAge(Instant expiresAt) {
    return Math.max(0, Duration.between(clock.instant(), expiresAt).getSeconds());
  }

  /** Whether the request came by https, directly or through a trusted proxy. */
  boolean isHttps(HttpServletRequest request) {
    return isHttps(
        request.isSecure(), request.getRemoteAddr(), request.getHeader(FORWARDED_PROTO), proxies);
  }

  static boolean isHttps(
      boolean secure, String remoteAddress, String forwardedProto, ClientAddress proxies) {
    if (secure) {
      return true;
    }
    if (forwardedProto == null || !proxies.isTrustedProxy(remoteAddress)) {
      return false;
    }
    // the value the nearest proxy, a trusted one, appended last
    String[] hops = forwardedProto.split(",");
    return hops[hops.length - 1].strip().toLowerCase(Locale.ROOT).equals("https");
  }

  /** The cookie's path: the application's context path ({@code ""} at the root) and {@code /}. */
  static String path(HttpServletRequest request) {
    return request.getContextPath() + "/";
  }

  /** The text of the {@code Set-Cookie} header. */
  static String header(String token, String path, long maxAgeSeconds, boolean secure) {
    return NAME
        + "="
        + token
        + "; Path="
        + path
        + "; Max-Age="
        + maxAgeSeconds
        + "; HttpOnly; SameSite=Strict"
        + (secure ? "; Secure" : "");
  }
}
