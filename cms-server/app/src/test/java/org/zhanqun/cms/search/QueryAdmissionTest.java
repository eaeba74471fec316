package org.zhanqun.cms.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class QueryAdmissionTest {

  @Test
  void runsAtMostTheAdmittedNumberAtOnceAndTheRestWhenTurnsFree() throws Exception {
    QueryAdmission admission = new QueryAdmission(2, Duration.ofSeconds(30));
    AtomicInteger running = new AtomicInteger();
    AtomicInteger mostAtOnce = new AtomicInteger();
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<Integer>> searches = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        int number = i;
        searches.add(
            pool.submit(
                () ->
                    admission.run(
                        () -> {
                          mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                          try {
                            release.await();
                          } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                          }
                          running.decrementAndGet();
                          return number;
                        })));
      }
      // all six have arrived; two run, and the four others stay waiting for a while
      await().atMost(Duration.ofSeconds(10)).until(() -> running.get() == 2);
      await()
          .during(Duration.ofMillis(200))
          .atMost(Duration.ofSeconds(1))
          .until(() -> running.get() == 2);
      release.countDown();
      List<Integer> answers = new ArrayList<>();
      for (Future<Integer> search : searches) {
        answers.add(search.get(10, TimeUnit.SECONDS));
      }
      assertThat(answers).containsExactly(0, 1, 2, 3, 4, 5);
      assertThat(mostAtOnce.get()).isEqualTo(2);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void refusesASearchWhoseTurnDoesNotComeWithinTheLimit() throws Exception {
    QueryAdmission admission = new QueryAdmission(1, Duration.ofMillis(200));
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<String> longRunning =
          pool.submit(
              () ->
                  admission.run(
                      () -> {
                        started.countDown();
                        try {
                          release.await();
                        } catch (InterruptedException e) {
                          Thread.currentThread().interrupt();
                        }
                        return "first";
                      }));
      started.await();
      assertThatThrownBy(() -> admission.run(() -> "second"))
          .isInstanceOf(SearchUnavailableException.class)
          .hasMessageContaining("too many searches at once (1 running, this one waited 200 ms)");
      release.countDown();
      assertThat(longRunning.get(10, TimeUnit.SECONDS)).isEqualTo("first");
      // the refused search took no turn with it: the next one runs
      assertThat(admission.run(() -> "third")).isEqualTo("third");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aFailingSearchGivesItsTurnBack() {
    QueryAdmission admission = new QueryAdmission(1, Duration.ofMillis(100));
    assertThatThrownBy(
            () ->
                admission.run(
                    () -> {
                      throw new IllegalStateException("Solr said no");
                    }))
        .hasMessage("Solr said no");
    assertThat(admission.run(() -> "next")).isEqualTo("next");
  }

  @Test
  void refusesAConcurrencyBelowOne() {
    assertThatThrownBy(() -> new QueryAdmission(0, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
    assertThat(QueryAdmission.defaultConcurrency())
        .isEqualTo(Runtime.getRuntime().availableProcessors() + 1);
  }
}
