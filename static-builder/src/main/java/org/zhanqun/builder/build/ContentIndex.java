package org.zhanqun.builder.build;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.zhanqun.builder.source.ContentSet;
import org.zhanqun.model.interaction.PublicInteraction;
import org.zhanqun.model.item.GuidePart;
import org.zhanqun.model.item.Item;
import org.zhanqun.model.item.ItemReference;
import org.zhanqun.model.site.Cluster;
import org.zhanqun.model.site.Column;
import org.zhanqun.model.site.Site;
import org.zhanqun.model.site.SiteKind;

/**
 * The published (non-draft) items of a build, indexed once for every page to read: by site and
 * language, by column, and the references read backwards (the interpretations of a policy, the
 * guides that offer a form). Lists are newest first, ties by file. Read-only after construction
 * (the column subtrees are cached on first use): safe to read from several threads.
 */
final class ContentIndex {

  static final Comparator<Item> NEWEST_FIRST =
      Comparator.comparing(Item::published).reversed().thenComparing(Item::file);

  private final ContentSet content;
  private final Map<String, Site> sitesById = new HashMap<>();
  private final Map<String, Column> columnsBySiteAndCode = new HashMap<>();
  private final Map<String, List<Item>> bySiteAndLanguage = new HashMap<>();
  private final Map<String, List<Item>> byColumn = new HashMap<>();
  private final Map<String, List<Item>> subtrees = new ConcurrentHashMap<>();
  private final Map<ItemReference, List<ItemReference>> interpretationsOf = new HashMap<>();
  private final Map<ItemReference, List<ItemReference>> guidesUsing = new HashMap<>();
  private final Optional<OffsetDateTime> lastChange;

  ContentIndex(ContentSet content) {
    this.content = content;
    for (Site site : content.cluster().sites()) {
      sitesById.put(site.id(), site);
      site.allColumns().forEach(c -> columnsBySiteAndCode.put(key(site.id(), c.code()), c));
    }
    List<Item> published =
        content.items().stream().filter(i -> !i.draft()).sorted(NEWEST_FIRST).toList();
    for (Item item : published) {
      bySiteAndLanguage
          .computeIfAbsent(key(item.site(), item.language()), k -> new ArrayList<>())
          .add(item);
      byColumn
          .computeIfAbsent(key(item.site(), item.language(), item.column()), k -> new ArrayList<>())
          .add(item);
      if (item.interpretation() != null) {
        item.interpretation()
            .interprets()
            .forEach(p -> addOnce(interpretationsOf, p, item.reference()));
      }
      if (item.guide() != null) {
        GuidePart<ItemReference> guide = item.guide();
        guide.forms().forEach(f -> addOnce(guidesUsing, f, item.reference()));
        guide.materials().stream()
            .filter(m -> m.form() != null)
            .forEach(m -> addOnce(guidesUsing, m.form(), item.reference()));
      }
    }
    interpretationsOf.values().forEach(l -> l.sort(Comparator.comparing(ItemReference::toString)));
    guidesUsing.values().forEach(l -> l.sort(Comparator.comparing(ItemReference::toString)));
    this.lastChange = published.stream().map(Item::lastModified).max(Comparator.naturalOrder());
  }

  /** The letter channels, published letters, monthly figures and consultations. */
  PublicInteraction interaction() {
    return content.interaction();
  }

  Cluster cluster() {
    return content.cluster();
  }

  /** The items of {@code site} in {@code language}. */
  List<Item> itemsOf(Site site, String language) {
    return bySiteAndLanguage.getOrDefault(key(site.id(), language), List.of());
  }

  /** The items of {@code column} itself (not of its sub-columns) in {@code language}. */
  List<Item> columnItems(Site site, String language, Column column) {
    return byColumn.getOrDefault(key(site.id(), language, column.code()), List.of());
  }

  /** The items of {@code column} and its sub-columns in {@code language}. */
  List<Item> subtreeItems(Site site, String language, Column column) {
    if (column.children().isEmpty()) {
      return columnItems(site, language, column);
    }
    return subtrees.computeIfAbsent(
        key(site.id(), language, column.code()),
        k ->
            column
                .selfAndDescendants()
                .flatMap(c -> columnItems(site, language, c).stream())
                .sorted(NEWEST_FIRST)
                .toList());
  }

  /** Every published item with a form file, in the content's order (by file). */
  List<Item> forms() {
    return content.items().stream().filter(i -> !i.draft() && i.form() != null).toList();
  }

  /** The interpretations that explain the policy group {@code policy}, by reference. */
  List<ItemReference> interpretationsOf(ItemReference policy) {
    return interpretationsOf.getOrDefault(policy, List.of());
  }

  /** The guides that offer the form group {@code form}, by reference. */
  List<ItemReference> guidesUsing(ItemReference form) {
    return guidesUsing.getOrDefault(form, List.of());
  }

  /** The language versions of the group {@code reference}. */
  List<Item> translationGroup(ItemReference reference) {
    return content.translationGroup(reference);
  }

  /** See {@link ContentSet#resolve}. */
  Optional<Item> resolve(ItemReference reference, String language) {
    return content.resolve(reference, language);
  }

  /** Each reference that resolves (see {@link ContentSet#resolve}), in order. */
  List<Item> resolveAll(List<ItemReference> references, String language) {
    return references.stream().flatMap(r -> resolve(r, language).stream()).toList();
  }

  Site siteOf(Item item) {
    return sitesById.get(item.site());
  }

  Column columnOf(Item item) {
    return columnsBySiteAndCode.get(key(item.site(), item.column()));
  }

  /** The departments' sites, in the cluster's order. */
  Stream<Site> departmentSites() {
    return cluster().sites().stream().filter(s -> s.kind() == SiteKind.DEPARTMENT);
  }

  /** The newest {@link Item#lastModified()} of every published item; empty when there is none. */
  Optional<OffsetDateTime> lastChange() {
    return lastChange;
  }

  private static String key(String... parts) {
    return String.join("\u0000", parts);
  }

  private static <K, V> void addOnce(Map<K, List<V>> map, K key, V value) {
    List<V> values = map.computeIfAbsent(key, k -> new ArrayList<>());
    if (!values.contains(value)) {
      values.add(value);
    }
  }
}
