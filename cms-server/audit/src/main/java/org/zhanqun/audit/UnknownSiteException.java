package org.zhanqun.audit;

/** An audit was asked for a site the cluster does not have. */
public class UnknownSiteException extends RuntimeException {

  private final String site;

  public UnknownSiteException(String site, java.util.List<String> known) {
    super("unknown site '" + site + "'; the cluster has " + String.join(", ", known));
    this.site = site;
  }

  public String site() {
    return site;
  }
}
