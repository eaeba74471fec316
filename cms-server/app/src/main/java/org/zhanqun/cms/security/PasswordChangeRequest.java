package org.zhanqun.cms.security;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A user's new password for {@code PUT /auth/password}, with the current one as proof. */
public record PasswordChangeRequest(
    @NotNull(message = "is required")
        @Size(max = LoginRequest.MAX_PASSWORD, message = "at most 200 characters")
        String currentPassword,
    @NotNull(message = "is required")
        @Size(min = 10, max = LoginRequest.MAX_PASSWORD, message = "10 to 200 characters")
        String newPassword) {}
