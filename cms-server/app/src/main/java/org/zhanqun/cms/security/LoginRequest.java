package org.zhanqun.cms.security;

import jakarta.validation.constraints.NotBlank;

/** Credentials for {@code POST /auth/login}. */
public record LoginRequest(
    @NotBlank(message = "is required") String username,
    @NotBlank(message = "is required") String password) {}
