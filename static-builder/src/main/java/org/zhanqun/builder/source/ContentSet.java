package org.zhanqun.builder.source;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.zhanqun.model.interaction.PublicInteraction;
import org.zhanqun.model.item.Item;
import org.zhanqun.model.item.ItemReference;
import org.zhanqun.model.site.Cluster;

/**
 * A complete, validated cluster's content: every reference resolves, every key is valid. The input
 * of a build, whether it comes from a {@code content/} folder or from the content server.
 * Immutable.
 */
public final class ContentSet {

  private final Cluster cluster;
  private final List<Item> items;
  private final Map<ItemReference, List<Item>> groups;
  private final PublicInteraction interaction;

  /** {@code items}: every item in every language, drafts included; no interaction. */
  public ContentSet(Cluster cluster, List<Item> items) {
    this(cluster, items, PublicInteraction.EMPTY);
  }

  /**
   * @param items every item in every language, drafts included
   * @param interaction the letter channels and what of interaction is public
   */
  public ContentSet(Cluster cluster, List<Item> items, PublicInteraction interaction) {
    this.cluster = cluster;
    this.interaction = interaction;
    this.items = items.stream().sorted(Comparator.comparing(Item::file)).toList();
    this.groups =
        this.items.stream()
            .filter(i -> !i.draft())
            .collect(Collectors.groupingBy(Item::reference, Collectors.toUnmodifiableList()));
  }

  /**
   * Equal when the clusters, the items and the interaction are: what reading one folder twice
   * gives.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof ContentSet that
        && cluster.equals(that.cluster)
        && items.equals(that.items)
        && interaction.equals(that.interaction);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * cluster.hashCode() + items.hashCode()) + interaction.hashCode();
  }

  @Override
  public String toString() {
    return "ContentSet[cluster=" + cluster.id() + ", " + items.size() + " items]";
  }

  public Cluster cluster() {
    return cluster;
  }

  /** The letter channels of the sites and what of interaction the published cluster shows. */
  public PublicInteraction interaction() {
    return interaction;
  }

  /** The same content with other interaction. */
  public ContentSet withInteraction(PublicInteraction newInteraction) {
    return new ContentSet(cluster, items, newInteraction);
  }

  /** Every item, drafts included, sorted by {@link Item#file()}. */
  public List<Item> items() {
    return items;
  }

  /** The published (non-draft) language versions of the group {@code reference}. */
  public List<Item> translationGroup(ItemReference reference) {
    return groups.getOrDefault(reference, List.of());
  }

  /**
   * The version of the group {@code reference} in {@code language}, else in the target site's
   * source language (docs/content-format.md, references); drafts are never found.
   */
  public Optional<Item> resolve(ItemReference reference, String language) {
    List<Item> group = translationGroup(reference);
    return group.stream()
        .filter(i -> i.language().equals(language))
        .findFirst()
        .or(
            () ->
                cluster
                    .site(reference.site())
                    .flatMap(
                        site ->
                            group.stream()
                                .filter(i -> i.language().equals(site.sourceLanguage()))
                                .findFirst()));
  }
}
