package org.zhanqun.cms.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A new account, created by an administrator. */
public record UserRequest(
    @NotBlank(message = "is required")
        @Pattern(
            regexp = "[a-z0-9][a-z0-9._-]{1,63}",
            message = "2 to 64 lower-case letters, digits, '.', '_' or '-'")
        String username,
    @NotNull(message = "is required") @Size(min = 10, max = 200, message = "10 to 200 characters")
        String password,
    @NotBlank(message = "is required") @Size(max = 200, message = "at most 200 characters")
        String displayName,
    boolean administrator,
    boolean evaluator,
    List<@Valid GrantRequest> sites) {

  /** One role on one site. */
  public record GrantRequest(
      @NotBlank(message = "is required") String site,
      @NotNull(message = "is required: EDITOR or REVIEWER") SiteRole role) {}
}
