package org.zhanqun.cms.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gives a new installation on an external database its first administrator: when no account exists
 * yet and {@code zhanqun.admin.initial-password} is set, creates {@code admin} with that password.
 * Change it after the first login; the key does nothing once accounts exist.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class InitialAdministrator {

  private static final Logger LOG = Logger.getLogger(InitialAdministrator.class.getName());

  @Inject AccountService accounts;
  @Inject CredentialService credentials;

  @Inject
  @ConfigProperty(name = "zhanqun.admin.initial-password")
  Optional<String> initialPassword;

  @PostConstruct
  void createWhenNoAccountExists() {
    if (initialPassword.isEmpty()
        || initialPassword.get().isBlank()
        || !accounts.list().isEmpty()) {
      return;
    }
    int length = initialPassword.get().length();
    if (length < 10 || length > LoginRequest.MAX_PASSWORD) {
      throw new IllegalStateException(
          "zhanqun.admin.initial-password must have 10 to "
              + LoginRequest.MAX_PASSWORD
              + " characters");
    }
    credentials.createAccount(
        "admin", initialPassword.get(), "Administrator", true, false, Set.of());
    LOG.warning("created the first administrator 'admin'; change its password after logging in");
  }
}
