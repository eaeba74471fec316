package org.zhanqun.cms.security;

/** A user's role on one site. A reviewer may do everything an editor may, and also publish. */
public enum SiteRole {
  EDITOR,
  REVIEWER
}
