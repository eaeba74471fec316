package org.zhanqun.cms.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Credentials for {@code POST /auth/login}. The sizes are the longest any account can have, so a
 * longer value is refused before anything is looked up or hashed.
 */
public record LoginRequest(
    @NotBlank(message = "is required")
        @Size(max = LoginRequest.MAX_USERNAME, message = "at most 64 characters")
        String username,
    @NotBlank(message = "is required")
        @Size(max = LoginRequest.MAX_PASSWORD, message = "at most 200 characters")
        String password) {

  /** The longest username (the pattern of {@link UserRequest}). */
  static final int MAX_USERNAME = 64;

  /** The longest password any account can have. */
  static final int MAX_PASSWORD = 200;
}
