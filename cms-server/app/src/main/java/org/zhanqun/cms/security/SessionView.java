package org.zhanqun.cms.security;

import java.time.Instant;

/** The answer to a login: the bearer token, its expiry and the user. */
public record SessionView(String token, Instant expiresAt, CallerView user) {}
