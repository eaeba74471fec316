package org.zhanqun.cms.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.zhanqun.cms.testing.HandClock;

class PublishedContentCacheTest {

  private static final String BODY_OF_100_KB = "政".repeat(50_000);

  private final HandClock clock = new HandClock(Instant.parse("2026-12-01T00:00:00Z"));
  private final AtomicInteger loads = new AtomicInteger();

  @Test
  void keepsAnAnswerForTheIntervalAndLoadsItAgainAfterwards() {
    PublishedContentCache cache = cache(Duration.ofSeconds(1), 1_000_000);

    cache.get("item 1", () -> answer("one"));
    cache.get("item 1", () -> answer("one"));
    assertThat(loads).hasValue(1);

    clock.advance(Duration.ofMillis(1001));
    cache.get("item 1", () -> answer("one"));

    assertThat(loads).hasValue(2);
  }

  @Test
  void dropsExpiredAnswersEvenWhenNobodyAsksForThemAgain() {
    PublishedContentCache cache = cache(Duration.ofSeconds(1), 100_000_000);
    for (int i = 0; i < 500; i++) {
      int id = i;
      cache.get("item " + id, () -> answer("item " + id));
    }
    assertThat(cache.size()).isEqualTo(500);

    clock.advance(Duration.ofSeconds(2));

    assertThat(cache.size()).isZero();
  }

  @Test
  void holdsNoMoreThanItsByteLimitOfAnswers() {
    long limit = 1_000_000;
    PublishedContentCache cache = cache(Duration.ofHours(1), limit);

    for (int i = 0; i < 100; i++) {
      int id = i;
      cache.get("item " + id, () -> answer(BODY_OF_100_KB + id));
    }

    long perAnswer = PublishedContentCache.estimatedBytes(answer(BODY_OF_100_KB));
    assertThat(perAnswer).isGreaterThan(100_000);
    assertThat(cache.size()).isPositive().isLessThanOrEqualTo(limit / perAnswer);
  }

  @Test
  void loadsAnEvictedAnswerAgain() {
    PublishedContentCache cache = cache(Duration.ofHours(1), 1_000_000);
    for (int i = 0; i < 100; i++) {
      int id = i;
      cache.get("item " + id, () -> answer(BODY_OF_100_KB + id));
    }
    int loadsBefore = loads.get();

    for (int i = 0; i < 100; i++) {
      int id = i;
      cache.get("item " + id, () -> answer(BODY_OF_100_KB + id));
    }

    assertThat(loads.get() - loadsBefore).isGreaterThanOrEqualTo(90);
  }

  @Test
  void forgetsEverythingWhenLiveContentChanges() {
    PublishedContentCache cache = cache(Duration.ofHours(1), 1_000_000);
    cache.get("item 1", () -> answer("one"));

    cache.forgetAll(new LiveContentChanged(1, "withdraw"));
    cache.get("item 1", () -> answer("one"));

    assertThat(loads).hasValue(2);
  }

  @Test
  void estimatesTheBytesOfAnAnswerFromItsText() {
    PublishedItemSummary small = answer("short");
    PublishedItemSummary large = answer(BODY_OF_100_KB);

    assertThat(
            PublishedContentCache.estimatedBytes(large)
                - PublishedContentCache.estimatedBytes(small))
        .isGreaterThanOrEqualTo(2 * 49_000);
    assertThat(
            PublishedContentCache.estimatedBytes(new ItemPage<>(java.util.List.of(large), 1, 1, 1)))
        .isGreaterThan(PublishedContentCache.estimatedBytes(large));
  }

  private PublishedContentCache cache(Duration ttl, long maxBytes) {
    PublishedContentCache cache = new PublishedContentCache();
    cache.ttl = ttl;
    cache.maxBytes = maxBytes;
    cache.clock = clock;
    cache.start();
    return cache;
  }

  private PublishedItemSummary answer(String summary) {
    loads.incrementAndGet();
    return new PublishedItemSummary(
        1,
        "fgw",
        2,
        "news",
        "zh-CN",
        "key",
        "slug",
        "title",
        summary,
        Instant.EPOCH,
        Instant.EPOCH);
  }
}
