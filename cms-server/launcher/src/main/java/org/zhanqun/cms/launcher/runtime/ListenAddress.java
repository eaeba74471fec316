package org.zhanqun.cms.launcher.runtime;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * The IP address the HTTP listener binds to: a loopback address keeps the server (and the demo
 * accounts of embedded mode) private to this machine, {@code 0.0.0.0} opens it to the network.
 *
 * @param address an IP literal, never resolved through DNS
 */
public record ListenAddress(InetAddress address) {

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  /** The default: loopback only. */
  public static final ListenAddress LOOPBACK = parse("127.0.0.1");

  /**
   * Parses an IPv4 or IPv6 literal such as {@code 127.0.0.1}, {@code 0.0.0.0} or {@code ::1}.
   *
   * @throws IllegalArgumentException naming {@code text} when it is not an IP literal
   */
  public static ListenAddress parse(String text) {
    String literal = text.strip();
    if (!IPV4.matcher(literal).matches() && !literal.contains(":")) {
      throw new IllegalArgumentException(
          "'" + text + "' is not an IP address (for example 127.0.0.1 or 0.0.0.0)");
    }
    try {
      // A literal is parsed, not looked up.
      return new ListenAddress(InetAddress.getByName(literal));
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not an IP address (for example 127.0.0.1 or 0.0.0.0)", e);
    }
  }

  /** Whether only this machine can connect (127.0.0.0/8, ::1); 0.0.0.0 is not. */
  public boolean isLoopback() {
    return address.isLoopbackAddress();
  }

  /** The address in the form Payara's listener configuration and URLs take. */
  public String literal() {
    return address.getHostAddress();
  }

  /** Where this machine reaches the listener: loopback when it binds to every address. */
  public String probeHost() {
    return address.isAnyLocalAddress() ? "127.0.0.1" : hostInUrl(address);
  }

  /** The host to show people in URLs: {@code localhost} for loopback and every-address binds. */
  public String displayHost() {
    return address.isAnyLocalAddress() || address.isLoopbackAddress()
        ? "localhost"
        : hostInUrl(address);
  }

  private static String hostInUrl(InetAddress address) {
    return address instanceof Inet6Address
        ? "[" + address.getHostAddress() + "]"
        : address.getHostAddress();
  }

  @Override
  public String toString() {
    return literal();
  }
}
