package org.zhanqun.cms.launcher.runtime;

import java.util.regex.Pattern;

/**
 * The JDBC URL of an external MariaDB (or MySQL-protocol) database, as the server's {@code
 * zhanqun.db.url} expects it. May carry credentials; print it only through {@link #masked()}.
 *
 * @param value starts with {@code jdbc:mariadb:} or {@code jdbc:mysql:}
 */
public record DatabaseUrl(String value) {

  private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)\\b(password|pwd)=[^&;]*");
  private static final Pattern PASSWORD_IN_AUTHORITY = Pattern.compile("(//[^/:@]*):[^/@]*@");

  /**
   * @throws IllegalArgumentException naming {@code value} when it is not a MariaDB/MySQL JDBC URL
   */
  public DatabaseUrl {
    if (value == null || !(hasRest(value, "jdbc:mariadb:") || hasRest(value, "jdbc:mysql:"))) {
      throw new IllegalArgumentException(
          "'" + value + "' is not a MariaDB JDBC URL (jdbc:mariadb://host:port/database)");
    }
  }

  private static boolean hasRest(String value, String prefix) {
    return value.startsWith(prefix) && value.length() > prefix.length();
  }

  /** The URL with any password (in {@code user:password@} or a password parameter) as ****. */
  public String masked() {
    String withoutParameter = PASSWORD_PARAMETER.matcher(value).replaceAll("$1=****");
    return PASSWORD_IN_AUTHORITY.matcher(withoutParameter).replaceAll("$1:****@");
  }

  /** The masked form: a URL must never reach a log or console with its password. */
  @Override
  public String toString() {
    return masked();
  }
}
