package org.zhanqun.cms.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FiguresRefreshTest {

  private final FiguresRefresh refresh = new FiguresRefresh(Duration.ofMinutes(1));
  private final Instant start = Instant.parse("2026-12-02T08:00:00Z");

  @Test
  void asksOncePerMinutePerSite() {
    assertThat(refresh.due("fgw", start)).isTrue();
    assertThat(refresh.due("fgw", start.plusSeconds(59))).isFalse();
    assertThat(refresh.due("jyj", start.plusSeconds(59))).isTrue();
    assertThat(refresh.due("fgw", start.plusSeconds(60))).isTrue();
    assertThat(refresh.due("fgw", start.plusSeconds(61))).isFalse();
  }
}
