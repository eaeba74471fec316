package org.zhanqun.audit.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LinkCheckOptionsTest {

  @Test
  void defaultsCheckExternalLinksPolitely() {
    LinkCheckOptions defaults = LinkCheckOptions.defaults();

    assertThat(defaults.externalEnabled()).isTrue();
    assertThat(defaults.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(defaults.requestTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(defaults.maxConcurrentRequests()).isEqualTo(8);
    assertThat(defaults.maxRequestsPerHost()).isEqualTo(2);
    assertThat(defaults.maxRedirects()).isEqualTo(5);
    assertThat(defaults.cacheFile()).isEmpty();
    assertThat(defaults.anchorsChecked()).isTrue();
  }

  @Test
  void rejectsLimitsThatWouldCheckNothing() {
    LinkCheckOptions defaults = LinkCheckOptions.defaults();

    assertThatThrownBy(() -> defaults.withConcurrency(0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxConcurrentRequests");
    assertThatThrownBy(() -> defaults.withConcurrency(4, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxRequestsPerHost");
    assertThatThrownBy(() -> defaults.withTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("connectTimeout");
    assertThatThrownBy(() -> defaults.withMaxRedirects(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxRedirects");
  }
}
