package org.zhanqun.cms.security;

import java.util.Comparator;
import java.util.List;

/** A user and their rights, as the API shows them. */
public record CallerView(
    String username, boolean administrator, boolean evaluator, List<GrantView> sites) {

  /** One role on one site. */
  public record GrantView(String site, SiteRole role) {}

  static CallerView of(Caller caller) {
    return new CallerView(
        caller.username(),
        caller.administrator(),
        caller.evaluator(),
        caller.grants().stream()
            .map(g -> new GrantView(g.siteId(), g.role()))
            .sorted(Comparator.comparing(GrantView::site).thenComparing(GrantView::role))
            .toList());
  }
}
