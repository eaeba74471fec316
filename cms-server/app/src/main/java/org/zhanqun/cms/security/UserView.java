package org.zhanqun.cms.security;

import java.util.Comparator;
import java.util.List;
import org.zhanqun.cms.security.CallerView.GrantView;

/** An account as administrators see it: its rights and whether it may log in. */
public record UserView(
    String username,
    String displayName,
    boolean administrator,
    boolean evaluator,
    List<GrantView> sites,
    boolean active) {

  static UserView of(UserAccount account) {
    return new UserView(
        account.username(),
        account.displayName(),
        account.isAdministrator(),
        account.isEvaluator(),
        account.grants().stream()
            .map(g -> new GrantView(g.siteId(), g.role()))
            .sorted(Comparator.comparing(GrantView::site).thenComparing(GrantView::role))
            .toList(),
        account.isActive());
  }
}
