package org.zhanqun.cms.security;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** One role of one user on one site. */
@Embeddable
public class SiteGrant {

  @Column(name = "site_id", nullable = false)
  private String siteId;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false)
  private SiteRole role;

  protected SiteGrant() {}

  public SiteGrant(String siteId, SiteRole role) {
    this.siteId = Objects.requireNonNull(siteId);
    this.role = Objects.requireNonNull(role);
  }

  public String siteId() {
    return siteId;
  }

  public SiteRole role() {
    return role;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SiteGrant grant && grant.siteId.equals(siteId) && grant.role == role;
  }

  @Override
  public int hashCode() {
    return Objects.hash(siteId, role);
  }
}
