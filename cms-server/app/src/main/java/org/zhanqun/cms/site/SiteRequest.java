package org.zhanqun.cms.site;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.zhanqun.model.site.SiteId;
import org.zhanqun.model.site.SitePath;

/**
 * A site as a client sends it. {@code id} is required when creating and must match the path when
 * updating; {@code version} is required when updating.
 */
public record SiteRequest(
    @Pattern(regexp = SiteId.PATTERN, message = SiteId.DESCRIPTION) String id,
    @NotBlank(message = "is required: portal or department") String kind,
    @NotEmpty(message = "is required: the site's name per language") Map<String, String> names,
    @NotBlank(message = "is required: the organisation responsible (主办单位)")
        @Size(max = 200, message = "at most 200 characters")
        String department,
    @NotNull(message = "is required, e.g. fgw/ (the portal: empty)")
        @Pattern(regexp = SitePath.PATTERN, message = SitePath.DESCRIPTION)
        @Size(max = 200, message = "at most 200 characters")
        String path,
    @NotBlank(message = "is required: a theme of site-templates/, e.g. department")
        @Size(max = 64, message = "at most 64 characters")
        String theme,
    @NotEmpty(message = "is required: the languages the site offers")
        @Size(max = 20, message = "at most 20 languages")
        List<String> languages,
    @Valid IdentificationRequest identification,
    Integer position,
    Integer version) {

  /** 网站标识码, ICP and public-security records, contact. */
  public record IdentificationRequest(
      String siteCode,
      @Size(max = 100, message = "at most 100 characters") String icp,
      @Size(max = 100, message = "at most 100 characters") String publicSecurity,
      @Valid ContactRequest contact) {}

  /** The organiser's contact shown in the footer. */
  public record ContactRequest(
      @Size(max = 50, message = "at most 50 characters") String phone,
      @Email(message = "is not an e-mail address")
          @Size(max = 200, message = "at most 200 characters")
          String email,
      @Size(max = 500, message = "at most 500 characters") String address) {}
}
