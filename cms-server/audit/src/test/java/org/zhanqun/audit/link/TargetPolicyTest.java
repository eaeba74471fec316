package org.zhanqun.audit.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses and ports the link checker may connect to; no connection is made. */
class TargetPolicyTest {

  private final TargetPolicy policy = new TargetPolicy(Set.of());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1",
        "127.1.2.3",
        "0.0.0.0",
        "10.0.0.1",
        "10.255.255.254",
        "172.16.0.1",
        "172.31.255.1",
        "192.168.1.1",
        "169.254.169.254",
        "169.254.0.1",
        "100.64.0.1",
        "100.127.255.254",
        "224.0.0.1",
        "255.255.255.255",
        "::",
        "::1",
        "fe80::1",
        "fc00::1",
        "fd00:ec2::254",
        "ff02::1",
        "::ffff:127.0.0.1",
        "::ffff:10.1.2.3",
        "::127.0.0.1",
        "64:ff9b::a9fe:a9fe",
        "2002:7f00:1::",
        "2001:0:4136:e378:8000:63bf:3fff:fdd2"
      })
  void refusesAddressesThatAreNotPublic(String literal) throws UnknownHostException {
    InetAddress address = InetAddress.getByName(literal);

    assertThat(TargetPolicy.isPublic(address)).as(literal).isFalse();
    assertThatThrownBy(() -> policy.allowedAddresses(literal, 80))
        .isInstanceOf(TargetPolicy.NotAllowedException.class)
        .hasMessage("not checked: address not allowed");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "8.8.8.8",
        "93.184.216.34",
        "100.63.255.255",
        "100.128.0.1",
        "172.15.0.1",
        "172.32.0.1",
        "2606:4700::1111",
        "::ffff:8.8.8.8"
      })
  void allowsPublicAddresses(String literal) throws Exception {
    assertThat(TargetPolicy.isPublic(InetAddress.getByName(literal))).as(literal).isTrue();
    assertThat(policy.allowedAddresses(literal, 443))
        .containsExactly(new InetSocketAddress(InetAddress.getByName(literal), 443));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://93.184.216.34:8983/solr/",
        "http://127.0.0.1:8983/solr/admin/cores",
        "https://93.184.216.34:8443/",
        "http://93.184.216.34:22/"
      })
  void allowsOnlyPorts80And443(String url) {
    assertThat(policy.refusal(URI.create(url)))
        .contains("not checked: port not allowed (only 80 and 443)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://93.184.216.34/", "https://93.184.216.34/", "http://a.cn:80/"})
  void letsThroughHttpAndHttpsOnTheirPorts(String url) {
    assertThat(policy.refusal(URI.create(url))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://93.184.216.34/", "file:///etc/passwd", "gopher://a.cn/"})
  void refusesOtherSchemes(String url) {
    assertThat(policy.refusal(URI.create(url))).contains("not checked: address not allowed");
  }

  @org.junit.jupiter.api.Test
  void checksEveryAddressANameResolvesTo() {
    assertThatThrownBy(() -> policy.allowedAddresses("localhost", 80))
        .isInstanceOf(TargetPolicy.NotAllowedException.class);
  }

  @org.junit.jupiter.api.Test
  void allowsAPrivateTargetOnlyWhereItWasAllowed() throws Exception {
    InetSocketAddress local = new InetSocketAddress(InetAddress.getLoopbackAddress(), 18080);
    TargetPolicy forTests = new TargetPolicy(Set.of(local));

    assertThat(forTests.refusal(URI.create("http://127.0.0.1:18080/"))).isEmpty();
    assertThat(forTests.allowedAddresses("127.0.0.1", 18080)).containsExactly(local);
    assertThatThrownBy(() -> forTests.allowedAddresses("127.0.0.1", 18081))
        .isInstanceOf(TargetPolicy.NotAllowedException.class);
    assertThatThrownBy(() -> forTests.allowedAddresses("127.0.0.1", 80))
        .isInstanceOf(TargetPolicy.NotAllowedException.class);
  }
}
