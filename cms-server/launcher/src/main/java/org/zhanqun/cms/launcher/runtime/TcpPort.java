package org.zhanqun.cms.launcher.runtime;

/**
 * A TCP port number, 0 to 65535, where 0 means "any free port" (chosen when the server binds).
 *
 * @param number the port; 0 only where the caller accepts any free port
 */
public record TcpPort(int number) {

  /** The highest TCP port number. */
  public static final int MAX = 65_535;

  public TcpPort {
    if (number < 0 || number > MAX) {
      throw new IllegalArgumentException(number + " is not a port number (0-" + MAX + ")");
    }
  }

  /**
   * Parses a decimal port number.
   *
   * @throws IllegalArgumentException naming {@code text} when it is not a number from 0 to 65535
   */
  public static TcpPort parse(String text) {
    String digits = text.strip();
    if (digits.isEmpty() || digits.length() > 5 || !digits.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException("'" + text + "' is not a port number (0-" + MAX + ")");
    }
    int number = Integer.parseInt(digits);
    if (number > MAX) {
      throw new IllegalArgumentException("'" + text + "' is not a port number (0-" + MAX + ")");
    }
    return new TcpPort(number);
  }

  /** Whether this stands for any free port rather than a fixed one. */
  public boolean isAnyFree() {
    return number == 0;
  }

  @Override
  public String toString() {
    return Integer.toString(number);
  }
}
