package org.zhanqun.cms.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A short-lived cache of the public read endpoints' answers, so that a popular item or list is
 * built once per interval rather than once per reader. An entry lives at most {@code
 * zhanqun.public.cache-ttl} (default one second; {@code PT0S} turns the cache off) and every entry
 * is dropped as soon as a change to live content commits on this instance; other instances sharing
 * the database see it within the interval. Failures (404) are never cached. Thread-safe.
 */
@ApplicationScoped
public class PublishedContentCache {

  private static final int MAX_ENTRIES = 10_000;

  private record Entry(Object value, Instant expires) {}

  @Inject
  @ConfigProperty(name = "zhanqun.public.cache-ttl")
  Duration ttl;

  @Inject Clock clock;

  private final Map<Object, Entry> entries = new ConcurrentHashMap<>();

  /** Counts invalidations: an answer loaded across one is not stored, as it may predate it. */
  private final AtomicLong generation = new AtomicLong();

  /** The cached answer for {@code key}, or {@code loader}'s, stored for the interval. */
  @SuppressWarnings("unchecked")
  public <T> T get(Object key, Supplier<T> loader) {
    if (ttl.isZero() || ttl.isNegative()) {
      return loader.get();
    }
    Instant now = clock.instant();
    Entry entry = entries.get(key);
    if (entry != null && now.isBefore(entry.expires())) {
      return (T) entry.value();
    }
    long before = generation.get();
    T value = loader.get();
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    if (generation.get() == before) {
      entries.put(key, new Entry(value, now.plus(ttl)));
    }
    return value;
  }

  void forgetAll(@Observes(during = TransactionPhase.AFTER_SUCCESS) LiveContentChanged change) {
    generation.incrementAndGet();
    entries.clear();
  }
}
