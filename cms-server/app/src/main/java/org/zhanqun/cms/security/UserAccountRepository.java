package org.zhanqun.cms.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Queries for accounts and their tokens. */
@ApplicationScoped
class UserAccountRepository {

  @PersistenceContext(unitName = "zhanqun")
  EntityManager em;

  Optional<UserAccount> findByUsername(String username) {
    return em.createQuery(
            "SELECT u FROM UserAccount u WHERE u.username = :username", UserAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  List<UserAccount> findAll() {
    return em.createQuery("SELECT u FROM UserAccount u ORDER BY u.username", UserAccount.class)
        .getResultList();
  }

  /** Whether the site exists; asked natively so this package needs no site type. */
  boolean siteExists(String siteId) {
    return ((Number)
                em.createNativeQuery("SELECT COUNT(*) FROM site WHERE id = ?")
                    .setParameter(1, siteId)
                    .getSingleResult())
            .longValue()
        > 0;
  }

  void add(UserAccount account) {
    em.persist(account);
  }

  Optional<AuthToken> findToken(String tokenHash) {
    return Optional.ofNullable(em.find(AuthToken.class, tokenHash));
  }

  void add(AuthToken token) {
    em.persist(token);
  }

  void removeToken(String tokenHash) {
    em.createQuery("DELETE FROM AuthToken t WHERE t.tokenHash = :hash")
        .setParameter("hash", tokenHash)
        .executeUpdate();
  }

  /** Deletes every token of the account; returns how many there were. */
  int removeTokensOf(UserAccount account) {
    return em.createQuery("DELETE FROM AuthToken t WHERE t.user = :user")
        .setParameter("user", account)
        .executeUpdate();
  }

  void removeTokensExpiredBefore(Instant now) {
    em.createQuery("DELETE FROM AuthToken t WHERE t.expiresAt < :now")
        .setParameter("now", now)
        .executeUpdate();
  }
}
