package org.zhanqun.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * The user and password the embedded Solr node requires (HTTP basic authentication), and that the
 * content server sends ({@code zhanqun.solr.user} / {@code zhanqun.solr.password}).
 */
public record SolrCredentials(String user, String password) {

  /** The user of the embedded node. */
  public static final String USER = "zhanqun";

  public SolrCredentials {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    if (password.isEmpty()) {
      throw new IllegalArgumentException("the Solr password is empty");
    }
  }

  /**
   * The credentials kept in {@code file} (two lines: user, password), or new ones with a random
   * password of 32 characters, written there readable by the owner only, so that the node and the
   * server keep the same ones across restarts.
   */
  public static SolrCredentials loadOrCreate(Path file) throws IOException {
    if (Files.isRegularFile(file)) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.size() >= 2 && !lines.get(0).isBlank() && !lines.get(1).isEmpty()) {
        return new SolrCredentials(lines.get(0).strip(), lines.get(1));
      }
    }
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    SolrCredentials created =
        new SolrCredentials(USER, Base64.getUrlEncoder().withoutPadding().encodeToString(random));
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    Files.deleteIfExists(temporary);
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(
          temporary,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }
    Files.writeString(
        temporary, created.user() + "\n" + created.password() + "\n", StandardCharsets.UTF_8);
    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
    return created;
  }

  @Override
  public String toString() {
    return "SolrCredentials[user=" + user + ", password=***]";
  }
}
