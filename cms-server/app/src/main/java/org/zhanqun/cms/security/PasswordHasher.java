package org.zhanqun.cms.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** PBKDF2-HMAC-SHA512 with 210,000 iterations and a 32-byte salt (Jakarta Security's hasher). */
@ApplicationScoped
class PasswordHasher {

  @Inject Pbkdf2PasswordHash pbkdf2;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
  }

  String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  boolean matches(String password, String hash) {
    return pbkdf2.verify(password.toCharArray(), hash);
  }
}
