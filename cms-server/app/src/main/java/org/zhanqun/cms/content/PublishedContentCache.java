package org.zhanqun.cms.content;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zhanqun.cms.infrastructure.config.ClockTicker;

/**
 * A short-lived cache of the public read endpoints' answers, so that a popular item or list is
 * built once per interval rather than once per reader. An entry lives at most {@code
 * zhanqun.public.cache-ttl} after it was stored (default one second; {@code PT0S} turns the cache
 * off) and is then gone, read again or not; the entries together hold at most about {@code
 * zhanqun.public.cache-max-bytes} (estimated from their text, see {@link #estimatedBytes}), the
 * least used going first. Every entry is dropped as soon as a change to live content commits on
 * this instance; other instances sharing the database see it within the interval. Failures (404)
 * are never cached. Thread-safe; the cache's upkeep runs on the calling threads, never on a thread
 * of its own.
 */
@ApplicationScoped
public class PublishedContentCache {

  @Inject
  @ConfigProperty(name = "zhanqun.public.cache-ttl")
  Duration ttl;

  @Inject
  @ConfigProperty(name = "zhanqun.public.cache-max-bytes")
  long maxBytes;

  @Inject Clock clock;

  private Cache<Object, Object> entries;

  /** Counts invalidations: an answer loaded across one is not stored, as it may predate it. */
  private final AtomicLong generation = new AtomicLong();

  @PostConstruct
  void start() {
    if (maxBytes < 0) {
      throw new IllegalStateException(
          "zhanqun.public.cache-max-bytes: " + maxBytes + " is negative; 0 turns the cache off");
    }
    entries =
        Caffeine.newBuilder()
            .ticker(new ClockTicker(clock))
            .executor(Runnable::run)
            .expireAfterWrite(isOff() ? Duration.ofNanos(1) : ttl)
            .maximumWeight(maxBytes)
            .weigher(
                (Object key, Object value) ->
                    (int) Math.min(Integer.MAX_VALUE, estimatedBytes(key) + estimatedBytes(value)))
            .build();
  }

  /** The cached answer for {@code key}, or {@code loader}'s, stored for the interval. */
  @SuppressWarnings("unchecked")
  public <T> T get(Object key, Supplier<T> loader) {
    if (isOff()) {
      return loader.get();
    }
    Object cached = entries.getIfPresent(key);
    if (cached != null) {
      return (T) cached;
    }
    long before = generation.get();
    T value = loader.get();
    if (generation.get() == before) {
      entries.put(key, value);
    }
    return value;
  }

  /** How many answers are held now, after any due expiry and eviction. */
  long size() {
    entries.cleanUp();
    return entries.estimatedSize();
  }

  void forgetAll(@Observes(during = TransactionPhase.AFTER_SUCCESS) LiveContentChanged change) {
    generation.incrementAndGet();
    entries.invalidateAll();
  }

  private boolean isOff() {
    return ttl.isZero() || ttl.isNegative() || maxBytes == 0;
  }

  /**
   * About how many bytes of heap {@code value} holds: two bytes per character of every string in it
   * plus a fixed overhead per object, walking records, collections and maps. An estimate that errs
   * high for Latin text, enough to bound the cache by the size of the bodies it keeps.
   */
  static long estimatedBytes(Object value) {
    if (value == null) {
      return 8;
    }
    if (value instanceof CharSequence text) {
      return 48 + 2L * text.length();
    }
    if (value instanceof Collection<?> items) {
      long bytes = 32;
      for (Object item : items) {
        bytes += 8 + estimatedBytes(item);
      }
      return bytes;
    }
    if (value instanceof Map<?, ?> map) {
      long bytes = 48;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        bytes += 32 + estimatedBytes(entry.getKey()) + estimatedBytes(entry.getValue());
      }
      return bytes;
    }
    if (value instanceof Enum<?> || value instanceof Number || value instanceof Boolean) {
      return 16;
    }
    if (value.getClass().isRecord()) {
      long bytes = 16;
      for (RecordComponent component : value.getClass().getRecordComponents()) {
        bytes += 8;
        if (!component.getType().isPrimitive()) {
          bytes += estimatedBytes(read(component, value));
        }
      }
      return bytes;
    }
    // times and other small values
    return 32;
  }

  /** The component's value; null (counted as a reference only) when it cannot be read. */
  private static Object read(RecordComponent component, Object record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      return null;
    }
  }
}
