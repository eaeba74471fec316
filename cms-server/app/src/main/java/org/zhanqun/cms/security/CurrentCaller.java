package org.zhanqun.cms.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The caller of the current request, set by {@link AuthenticationFilter}. Features ask it for the
 * right they need; each {@code require...} method returns the caller or throws {@link
 * NotAuthenticatedException} (401) or {@link AccessDeniedException} (403).
 */
@RequestScoped
public class CurrentCaller {

  private Caller caller;
  private AccountService.Session browserSession;
  private String rejection = "log in first: send Authorization: Bearer <token>";

  void authenticate(Caller caller) {
    this.caller = caller;
  }

  /** The caller of a browser session, authenticated by its cookie. */
  void authenticate(AccountService.Session session) {
    this.caller = session.caller();
    this.browserSession = session;
  }

  /** The browser session whose cookie authenticated this request, if one did. */
  Optional<AccountService.Session> browserSession() {
    return Optional.ofNullable(browserSession);
  }

  void reject(String reason) {
    this.rejection = reason;
  }

  /** Why this request has no caller: what {@link #require} would answer. */
  String rejection() {
    return rejection;
  }

  public Optional<Caller> get() {
    return Optional.ofNullable(caller);
  }

  public Caller require() {
    if (caller == null) {
      throw new NotAuthenticatedException(rejection);
    }
    return caller;
  }

  public Caller requireAdministrator() {
    Caller current = require();
    if (!current.administrator()) {
      throw new AccessDeniedException(current.username(), "administer the cluster");
    }
    return current;
  }

  /** Evaluators, and administrators, run and read the wake-up audit of the whole cluster. */
  public Caller requireEvaluator() {
    Caller current = require();
    if (!current.evaluator() && !current.administrator()) {
      throw new AccessDeniedException(current.username(), "run or read the cluster's audit");
    }
    return current;
  }

  /**
   * Who may read the audit findings of one site: evaluators, administrators, and the site's editors
   * and reviewers (that is how a sleeping site learns why).
   */
  public Caller requireAuditReader(String siteId) {
    Caller current = require();
    if (!current.evaluator() && !current.administrator() && !current.canEdit(siteId)) {
      throw new AccessDeniedException(current.username(), "read the audit of site " + siteId);
    }
    return current;
  }

  public Caller requireEditor(String siteId) {
    Caller current = require();
    if (!current.canEdit(siteId)) {
      throw new AccessDeniedException(current.username(), "edit site " + siteId);
    }
    return current;
  }

  public Caller requireReviewer(String siteId) {
    Caller current = require();
    if (!current.canReview(siteId)) {
      throw new AccessDeniedException(current.username(), "review or publish on site " + siteId);
    }
    return current;
  }

  /** Administrators, and reviewers of the site, manage its columns. */
  public Caller requireSiteManager(String siteId) {
    Caller current = require();
    if (!current.administrator() && !current.canReview(siteId)) {
      throw new AccessDeniedException(current.username(), "manage site " + siteId);
    }
    return current;
  }
}
