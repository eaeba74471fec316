package org.zhanqun.audit.link;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.SocketAddressResolver;

/**
 * Where the checker may connect: {@code http} and {@code https} on ports 80 and 443 of public
 * addresses only. A host name is resolved here, every address it resolves to is checked, and the
 * HTTP client connects to exactly the addresses checked (this is its only name lookup), so a name
 * that resolves once to a public and then to a private address cannot slip through. The client asks
 * again for each new connection, hence at every redirect.
 *
 * <p>Refused: loopback, unspecified, private (RFC 1918, {@code fc00::/7}), link-local ({@code
 * 169.254/16}, {@code fe80::/10}, the cloud metadata addresses {@code 169.254.169.254} and {@code
 * fd00:ec2::254} among them), carrier-grade NAT {@code 100.64/10}, multicast, broadcast and the
 * reserved and special-purpose ranges; IPv6 forms that carry an IPv4 address (mapped, compatible,
 * NAT64, 6to4) are judged by that address, Teredo is refused.
 */
final class TargetPolicy implements SocketAddressResolver {

  static final String ADDRESS_NOT_ALLOWED = "not checked: address not allowed";
  static final String PORT_NOT_ALLOWED = "not checked: port not allowed (only 80 and 443)";

  private static final Set<Integer> PORTS = Set.of(80, 443);

  /** The target may not be fetched; its message is one of the two constants, nothing more. */
  static final class NotAllowedException extends IOException {
    private static final long serialVersionUID = 1L;

    NotAllowedException(String detail) {
      super(detail);
    }
  }

  private final Set<InetSocketAddress> privateTargets;

  TargetPolicy(Set<InetSocketAddress> privateTargets) {
    this.privateTargets = Set.copyOf(privateTargets);
  }

  /**
   * Why {@code url} may not be fetched, judged from the URL alone (scheme, port); empty if it may.
   */
  Optional<String> refusal(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.of(ADDRESS_NOT_ALLOWED);
    }
    int port = url.getPort() == -1 ? (scheme.equals("https") ? 443 : 80) : url.getPort();
    if (!PORTS.contains(port) && privateTargets.stream().noneMatch(t -> t.getPort() == port)) {
      return Optional.of(PORT_NOT_ALLOWED);
    }
    return Optional.empty();
  }

  @Override
  public void resolve(String host, int port, Promise<List<InetSocketAddress>> promise) {
    try {
      promise.succeeded(allowedAddresses(host, port));
    } catch (IOException | RuntimeException e) {
      promise.failed(e);
    }
  }

  /**
   * The addresses of {@code host} to connect to on {@code port}.
   *
   * @throws NotAllowedException if the port or any address of the host is not allowed
   * @throws UnknownHostException if the host has no address
   */
  List<InetSocketAddress> allowedAddresses(String host, int port) throws IOException {
    String name =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    InetAddress[] addresses = InetAddress.getAllByName(name);
    List<InetSocketAddress> allowed = new ArrayList<>(addresses.length);
    for (InetAddress address : addresses) {
      InetSocketAddress target = new InetSocketAddress(address, port);
      if (privateTargets.contains(target)) {
        allowed.add(target);
      } else if (!PORTS.contains(port)) {
        throw new NotAllowedException(PORT_NOT_ALLOWED);
      } else if (!isPublic(address)) {
        throw new NotAllowedException(ADDRESS_NOT_ALLOWED);
      } else {
        allowed.add(target);
      }
    }
    if (allowed.isEmpty()) {
      throw new UnknownHostException(host);
    }
    return allowed;
  }

  /** Whether {@code address} is a public unicast address. */
  static boolean isPublic(InetAddress address) {
    if (address.isAnyLocalAddress()
        || address.isLoopbackAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return false;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      return isPublicIpv4(b);
    }
    if (address instanceof Inet6Address) {
      return isPublicIpv6(b);
    }
    return false;
  }

  private static boolean isPublicIpv4(byte[] b) {
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    return !(first == 0 // "this network"
        || first == 10
        || first == 127
        || (first == 100 && second >= 64 && second <= 127) // carrier-grade NAT, 100.64/10
        || (first == 169 && second == 254) // link-local and cloud metadata
        || (first == 172 && second >= 16 && second <= 31)
        || (first == 192 && second == 168)
        || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
        || (first == 198 && (second == 18 || second == 19)) // benchmarking
        || first >= 224); // multicast, reserved, broadcast
  }

  private static boolean isPublicIpv6(byte[] b) {
    int first = b[0] & 0xff;
    if ((first & 0xfe) == 0xfc // unique local fc00::/7 (fd00:ec2::254 among them)
        || first == 0xff // multicast
        || (first == 0xfe && (b[1] & 0xc0) == 0x80) // link-local fe80::/10
        || (first == 0xfe && (b[1] & 0xc0) == 0xc0)) { // site-local fec0::/10
      return false;
    }
    if (allZero(b, 0, 12)) { // ::a.b.c.d (compatible), :: and ::1
      return isPublicIpv4(new byte[] {b[12], b[13], b[14], b[15]}) && !allZero(b, 12, 16);
    }
    if (allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) { // mapped
      return isPublicIpv4(new byte[] {b[12], b[13], b[14], b[15]});
    }
    if ((b[0] & 0xff) == 0x00
        && (b[1] & 0xff) == 0x64
        && (b[2] & 0xff) == 0xff
        && (b[3] & 0xff) == 0x9b) { // NAT64 64:ff9b::/96 and 64:ff9b:1::/48
      return isPublicIpv4(new byte[] {b[12], b[13], b[14], b[15]});
    }
    if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) { // 6to4 2002::/16
      return isPublicIpv4(new byte[] {b[2], b[3], b[4], b[5]});
    }
    if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x01 && b[2] == 0 && b[3] == 0) {
      return false; // Teredo 2001::/32: the IPv4 address inside is obfuscated
    }
    return true;
  }

  private static boolean allZero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }
}
