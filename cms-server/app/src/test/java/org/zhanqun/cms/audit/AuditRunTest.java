package org.zhanqun.cms.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditRunTest {

  private static final Instant ASKED = Instant.parse("2026-12-02T01:00:00Z");

  private static AuditRun ranBy(String runner) {
    return new AuditRun(null, null, "national-2019", false, "evaluator", ASKED, runner);
  }

  @Test
  void aRunOfAProcessOfThisHostThatNoLongerRunsIsAbandoned() throws Exception {
    Process finished = new ProcessBuilder("true").start();
    finished.waitFor();

    assertThat(ranBy("web1:" + finished.pid()).abandonedOn("web1", 1_000_000)).isTrue();
  }

  @Test
  void aRunOfTheStartingProcessItselfIsAbandonedSinceNoRunIsUnderWayAtStartUp() {
    assertThat(ranBy("web1:1").abandonedOn("web1", 1)).isTrue();
  }

  @Test
  void aRunOfAnotherLiveProcessOrAnotherHostIsLeftToIt() {
    long alive = ProcessHandle.current().pid();

    assertThat(ranBy("web1:" + alive).abandonedOn("web1", alive + 1)).isFalse();
    assertThat(ranBy("web2:12345").abandonedOn("web1", 1)).isFalse();
    assertThat(ranBy("web1x:12345").abandonedOn("web1", 1)).isFalse();
    assertThat(ranBy(null).abandonedOn("web1", 1)).isFalse();
  }
}
