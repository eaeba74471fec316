package org.zhanqun.cms.security;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The password an administrator sets for a user ({@code PUT /users/{username}/password}). */
public record PasswordResetRequest(
    @NotNull(message = "is required")
        @Size(min = 10, max = LoginRequest.MAX_PASSWORD, message = "10 to 200 characters")
        String password) {}
