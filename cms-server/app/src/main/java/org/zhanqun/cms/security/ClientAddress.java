package org.zhanqun.cms.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Who is calling, for the login throttle: the socket's remote address, unless that is one of the
 * configured trusted proxies; then the right-most address of {@code X-Forwarded-For} that is not a
 * trusted proxy itself (the entries left of it are whatever the client wrote). Never trusts {@code
 * X-Forwarded-For} from anyone else. Immutable and thread-safe; never resolves a name through DNS.
 */
final class ClientAddress {

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private final Set<InetAddress> trustedProxies;

  private ClientAddress(Set<InetAddress> trustedProxies) {
    this.trustedProxies = Set.copyOf(trustedProxies);
  }

  /**
   * From {@code zhanqun.http.trusted-proxies}: IP addresses separated by commas; blank for none.
   *
   * @throws IllegalArgumentException naming an entry that is not an IP address
   */
  static ClientAddress trusting(String trustedProxies) {
    return new ClientAddress(
        Arrays.stream(trustedProxies.split(","))
            .map(String::strip)
            .filter(entry -> !entry.isEmpty())
            .map(
                entry ->
                    literal(entry)
                        .orElseThrow(
                            () ->
                                new IllegalArgumentException(
                                    "zhanqun.http.trusted-proxies: '"
                                        + entry
                                        + "' is not an IP address")))
            .collect(Collectors.toUnmodifiableSet()));
  }

  /** The client's address as text. */
  String of(String remoteAddress, String forwardedFor) {
    Optional<InetAddress> remote = literal(remoteAddress);
    if (remote.isEmpty()) {
      return String.valueOf(remoteAddress);
    }
    InetAddress client = remote.get();
    if (forwardedFor != null && trustedProxies.contains(client)) {
      List<String> hops = Arrays.asList(forwardedFor.split(","));
      for (int i = hops.size() - 1; i >= 0 && trustedProxies.contains(client); i--) {
        Optional<InetAddress> hop = literal(hops.get(i).strip());
        if (hop.isEmpty()) {
          break;
        }
        client = hop.get();
      }
    }
    return client.getHostAddress();
  }

  /** Whether the socket's remote address is one of the trusted proxies. */
  boolean isTrustedProxy(String remoteAddress) {
    return literal(remoteAddress).filter(trustedProxies::contains).isPresent();
  }

  /** An IP literal, never a name looked up in DNS. */
  static Optional<InetAddress> literal(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String checked;
    if (IPV4.matcher(text).matches()) {
      if (Arrays.stream(text.split("\\.")).anyMatch(octet -> Integer.parseInt(octet) > 255)) {
        return Optional.empty();
      }
      checked = text;
    } else if (text.contains(":")) {
      // in brackets, the JDK parses an IPv6 literal or fails; it never asks DNS
      checked = text.startsWith("[") ? text : "[" + text + "]";
    } else {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(checked));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }
}
