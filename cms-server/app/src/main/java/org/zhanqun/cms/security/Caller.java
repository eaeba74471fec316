package org.zhanqun.cms.security;

import java.util.Set;

/**
 * An authenticated user as the features see it: name and rights, immutable.
 *
 * @param username the login name, recorded as author of every change
 * @param administrator manages sites, columns and users of the whole cluster
 * @param evaluator runs and reads the wake-up audit of the whole cluster
 * @param grants the roles per site
 */
public record Caller(
    String username, boolean administrator, boolean evaluator, Set<SiteGrant> grants) {

  /** The pseudo-user that scheduled publication acts as. */
  public static final Caller SYSTEM = new Caller("system", false, false, Set.of());

  public Caller {
    grants = Set.copyOf(grants);
  }

  /** Editors and reviewers of the site write its content. */
  public boolean canEdit(String siteId) {
    return grants.contains(new SiteGrant(siteId, SiteRole.EDITOR)) || canReview(siteId);
  }

  /** Only reviewers of the site review and publish it; administrators do not publish. */
  public boolean canReview(String siteId) {
    return grants.contains(new SiteGrant(siteId, SiteRole.REVIEWER));
  }
}
