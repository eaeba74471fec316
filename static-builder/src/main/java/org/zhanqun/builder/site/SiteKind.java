package org.zhanqun.builder.site;

/** The cluster's one portal, or a department's site. */
public enum SiteKind {
  PORTAL,
  DEPARTMENT
}
