package org.zhanqun.audit.check;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhanqun.builder.source.ContentSet;
import org.zhanqun.model.item.Item;
import org.zhanqun.model.item.ItemReference;
import org.zhanqun.model.site.Cluster;

/**
 * The cluster as readers saw it at the end of the as-of day (cluster time zone): only items
 * published on or before that day and not drafts. Later items do not exist for the audit, so an
 * as-of in the past gives the result that day would have given. Indexes the content once; immutable
 * and thread-safe.
 */
public final class ClusterAsOf {

  /** Newest first; ties by file so that every list has one order. */
  static final Comparator<Item> NEWEST_FIRST =
      Comparator.comparing(Item::published).reversed().thenComparing(Item::file);

  private final Cluster cluster;
  private final LocalDate asOf;
  private final Map<String, List<Item>> bySite;
  private final Map<ItemReference, List<Item>> groups;
  private final Map<ItemReference, LocalDate> firstInterpretation;

  public ClusterAsOf(ContentSet content, LocalDate asOf) {
    this.cluster = content.cluster();
    this.asOf = asOf;
    ZoneId zone = cluster.timeZone();
    List<Item> visible =
        content.items().stream()
            .filter(i -> !i.draft() && i.published() != null)
            .filter(i -> !dateOf(i.published().toInstant(), zone).isAfter(asOf))
            .sorted(NEWEST_FIRST)
            .toList();
    Map<String, List<Item>> sites = new HashMap<>();
    Map<ItemReference, List<Item>> refs = new HashMap<>();
    for (Item item : visible) {
      sites.computeIfAbsent(item.site(), s -> new java.util.ArrayList<>()).add(item);
      refs.computeIfAbsent(item.reference(), r -> new java.util.ArrayList<>()).add(item);
    }
    // HashMap, not Map.copyOf: the immutable maps probe linearly and slow down badly on the
    // clustered hash codes of many similar keys (200,000 items: minutes instead of milliseconds)
    sites.replaceAll((k, v) -> List.copyOf(v));
    this.bySite = Collections.unmodifiableMap(sites);
    refs.replaceAll((k, v) -> List.copyOf(v));
    this.groups = Collections.unmodifiableMap(refs);
    Map<ItemReference, LocalDate> interpreted = new HashMap<>();
    for (Item item : visible) {
      if (item.interpretation() != null) {
        LocalDate day = dateOf(item.published().toInstant(), zone);
        for (ItemReference policy : item.interpretation().interprets()) {
          interpreted.merge(policy, day, (a, b) -> a.isBefore(b) ? a : b);
        }
      }
    }
    this.firstInterpretation = Collections.unmodifiableMap(interpreted);
  }

  /**
   * The day the first visible interpretation (of any site) of the policy group {@code policy} was
   * published; empty when none names it.
   */
  public Optional<LocalDate> firstInterpretation(ItemReference policy) {
    return Optional.ofNullable(firstInterpretation.get(policy));
  }

  private static LocalDate dateOf(java.time.Instant instant, ZoneId zone) {
    return instant.atZone(zone).toLocalDate();
  }

  public Cluster cluster() {
    return cluster;
  }

  public LocalDate asOf() {
    return asOf;
  }

  /** The day an item was published, in the cluster's time zone. */
  public LocalDate publishedOn(Item item) {
    return dateOf(item.published().toInstant(), cluster.timeZone());
  }

  /** The site's visible items in every language, newest first. */
  public List<Item> items(String site) {
    return bySite.getOrDefault(site, Collections.emptyList());
  }

  /** The visible language versions of a translation group, newest first. */
  public List<Item> group(ItemReference reference) {
    return groups.getOrDefault(reference, Collections.emptyList());
  }

  /**
   * What a reference from an item in {@code language} resolves to as of the date: the version in
   * that language, else in the target site's source language (docs/content-format.md).
   */
  public Optional<Item> resolve(ItemReference reference, String language) {
    List<Item> group = group(reference);
    Optional<Item> same = group.stream().filter(i -> i.language().equals(language)).findFirst();
    if (same.isPresent()) {
      return same;
    }
    return cluster
        .site(reference.site())
        .flatMap(
            site ->
                group.stream().filter(i -> i.language().equals(site.sourceLanguage())).findFirst());
  }
}
