package org.zhanqun.cms.security;

import java.time.Instant;

/**
 * A browser session, as {@code POST} and {@code GET /auth/session} answer it: the token itself
 * travels only in the HttpOnly cookie, never in the body.
 *
 * @param csrfToken to send as {@code X-CSRF-Token} with every request that may change something
 * @param expiresAt when the session ends (the cookie's Max-Age runs out then)
 * @param user who is logged in and their rights
 */
public record BrowserSessionView(String csrfToken, Instant expiresAt, CallerView user) {

  static BrowserSessionView of(AccountService.Session session) {
    return new BrowserSessionView(
        CsrfToken.of(session.token()), session.expiresAt(), CallerView.of(session.caller()));
  }
}
