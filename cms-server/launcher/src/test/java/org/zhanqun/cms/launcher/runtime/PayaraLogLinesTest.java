package org.zhanqun.cms.launcher.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Payara Micro log lines the launcher acts on, as Payara Micro 6 writes them. */
class PayaraLogLinesTest {

  @Test
  void recognisesTheLineOfAFailedBootButNotAnOrdinarySevereLine() {
    // from a boot that failed in Payara's own configuration listeners (payara/Payara#4395)
    String failedBoot =
        "[2026-11-23T18:28:42.858+0000] [] [\u001b[1;91mSEVERE\u001b[0m] [] [\u001b[1;94mjavax.enterprise"
            + ".system.core\u001b[0m] [tid: _ThreadID=1 _ThreadName=main] [timeMillis: 1795458522858]"
            + " [levelValue: 1000] Failed to start, exiting";
    String ordinarySevere =
        "[2026-11-23T18:28:40.760+0000] [] [SEVERE] [NCLS-CORE-00016] [javax.enterprise.system.core]"
            + " Exception while starting the deployment";
    assertThat(EmbeddedRuntime.PAYARA_BOOT_FAILED.matcher(failedBoot).find()).isTrue();
    assertThat(EmbeddedRuntime.PAYARA_BOOT_FAILED.matcher(ordinarySevere).find()).isFalse();
  }

  @Test
  void recognisesTheReadyLine() {
    assertThat(
            EmbeddedRuntime.PAYARA_READY
                .matcher(
                    "Payara Micro URLs: ... Payara Micro  6.2025.1 #badassmicrofish (build 123)"
                        + " ready in 12,345 (ms)")
                .find())
        .isTrue();
    assertThat(EmbeddedRuntime.PAYARA_READY.matcher("Payara Micro is starting").find()).isFalse();
  }
}
