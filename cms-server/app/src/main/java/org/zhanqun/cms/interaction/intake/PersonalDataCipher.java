package org.zhanqun.cms.interaction.intake;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zhanqun.cms.infrastructure.rest.HealthCheck;

/**
 * Encrypts the citizen's personal data (name, phone, e-mail, address) before it is stored: AES-256
 * in GCM mode with a random 96-bit nonce per value, so that equal values look different and a
 * changed byte is detected. A stored value is {@code <key id>.<base64url(nonce | ciphertext |
 * tag)>}; the key id (the first 8 hex digits of the key's SHA-256) lets an operator rotate: the new
 * key in {@code zhanqun.interaction.key}, the old ones in {@code zhanqun.interaction.previous-keys}
 * (comma-separated) until every value is rewritten or purged. Instead of the key itself, {@code
 * zhanqun.interaction.key-file} may name a file holding it (embedded mode keeps one in the work
 * folder): a missing file is created with a new random key, readable by its owner only.
 *
 * <p>Without a usable key the server still starts; {@link #available()} is false, the public doors
 * that take personal data answer 503 ({@link PersonalDataUnavailableException}) and {@code /health}
 * shows {@code interaction} DOWN. Thread-safe.
 */
@ApplicationScoped
public class PersonalDataCipher implements HealthCheck {

  private static final Logger LOG = Logger.getLogger(PersonalDataCipher.class.getName());

  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final int KEY_BYTES = 32;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  @Inject
  @ConfigProperty(name = "zhanqun.interaction.key")
  Optional<String> key;

  @Inject
  @ConfigProperty(name = "zhanqun.interaction.key-file")
  Optional<String> keyFile;

  @Inject
  @ConfigProperty(name = "zhanqun.interaction.previous-keys")
  Optional<String> previousKeys;

  private final SecureRandom random = new SecureRandom();
  private volatile String currentKeyId;
  private volatile Map<String, SecretKey> keys = Map.of();
  private volatile String unusable;

  @PostConstruct
  void readKeys() {
    try {
      Map<String, SecretKey> read = new LinkedHashMap<>();
      SecretKey current =
          key.filter(k -> !k.isBlank()).isPresent() || keyFile.filter(f -> !f.isBlank()).isEmpty()
              ? keyOf("zhanqun.interaction.key", key.orElse("").strip())
              : keyOf("zhanqun.interaction.key-file", keyInFile(Path.of(keyFile.get().strip())));
      currentKeyId = idOf(current);
      read.put(currentKeyId, current);
      for (String previous : previousKeys.orElse("").split(",")) {
        if (!previous.isBlank()) {
          SecretKey old = keyOf("zhanqun.interaction.previous-keys", previous.strip());
          read.putIfAbsent(idOf(old), old);
        }
      }
      keys = Map.copyOf(read);
      unusable = null;
    } catch (IllegalArgumentException e) {
      unusable = e.getMessage();
      LOG.severe(unusable);
    }
  }

  /** The key kept in {@code file}, or a new random one written there for the owner only. */
  private String keyInFile(Path file) {
    try {
      if (Files.isRegularFile(file)) {
        return Files.readString(file, StandardCharsets.US_ASCII).strip();
      }
      byte[] fresh = new byte[KEY_BYTES];
      random.nextBytes(fresh);
      String encoded = Base64.getEncoder().encodeToString(fresh);
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
      Files.deleteIfExists(temporary);
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(
            temporary,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      }
      Files.writeString(temporary, encoded + "\n", StandardCharsets.US_ASCII);
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
      LOG.info("created a new key for personal data in " + file);
      return encoded;
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "zhanqun.interaction.key-file: cannot read or create " + file + ": " + e.getMessage());
    }
  }

  /** Whether personal data can be encrypted: a usable key is configured. */
  public boolean available() {
    return unusable == null;
  }

  @Override
  public String name() {
    return "interaction";
  }

  @Override
  public Optional<String> problem() {
    return Optional.ofNullable(unusable);
  }

  /**
   * The value as stored: encrypted with the current key; null stays null, so that an empty field
   * stores nothing.
   *
   * @throws PersonalDataUnavailableException when no usable key is configured
   */
  public String encrypt(String plain) {
    if (plain == null) {
      return null;
    }
    requireAvailable();
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(
          Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      byte[] stored =
          ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
      return currentKeyId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(stored);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every JDK", e);
    }
  }

  /**
   * The plain value of a stored one; null stays null.
   *
   * @throws PersonalDataUnavailableException when the value's key is not configured (any more) or
   *     the value was altered
   */
  public String decrypt(String stored) {
    if (stored == null) {
      return null;
    }
    requireAvailable();
    int dot = stored.indexOf('.');
    SecretKey used = dot < 0 ? null : keys.get(stored.substring(0, dot));
    if (used == null) {
      throw new PersonalDataUnavailableException(
          "personal data was encrypted with a key that is not configured: add it to"
              + " zhanqun.interaction.previous-keys");
    }
    try {
      byte[] sealed = Base64.getUrlDecoder().decode(stored.substring(dot + 1));
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(
          Cipher.DECRYPT_MODE, used, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
      byte[] plain = cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw new PersonalDataUnavailableException("a stored personal data value is damaged");
    }
  }

  private void requireAvailable() {
    if (unusable != null) {
      throw new PersonalDataUnavailableException(unusable);
    }
  }

  private static SecretKey keyOf(String configKey, String base64) {
    if (base64.isEmpty()) {
      throw new IllegalArgumentException(
          configKey
              + " is not set: personal data cannot be stored; set it to the base64 of 32 random"
              + " bytes (e.g. openssl rand -base64 32)");
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(configKey + " is not base64", e);
    }
    if (bytes.length != KEY_BYTES) {
      throw new IllegalArgumentException(
          configKey + " must be the base64 of 32 bytes, not of " + bytes.length);
    }
    SecretKey secret = new SecretKeySpec(bytes, "AES");
    Arrays.fill(bytes, (byte) 0);
    return secret;
  }

  private static String idOf(SecretKey secret) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getEncoded());
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
