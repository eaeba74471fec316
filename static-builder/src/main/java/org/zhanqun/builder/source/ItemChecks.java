package org.zhanqun.builder.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhanqun.model.item.ItemReference;
import org.zhanqun.model.yaml.ContentProblem;

/**
 * The checks across item files: slugs and translation keys unique per site and language, 索引号 unique
 * in the cluster (the language versions of one item may share it), and every reference resolving to
 * a published item of the expected type. Each map is built once, so the checks take time linear in
 * the number of items.
 */
final class ItemChecks {

  private ItemChecks() {}

  /**
   * @param items in file order: of two clashing items, the later one is reported
   * @param sites by id
   */
  static List<ContentProblem> acrossItems(List<ReadItem> items, Map<String, SiteSettings> sites) {
    List<ContentProblem> problems = new ArrayList<>();
    Map<String, ReadItem> slugs = new HashMap<>();
    Map<String, ReadItem> translationKeys = new HashMap<>();
    Map<String, ReadItem> indexNumbers = new HashMap<>();
    Map<ItemReference, Map<String, ReadItem>> published = new HashMap<>();
    for (ReadItem item : items) {
      ReadItem slugHolder = null;
      if (item.slug() != null && item.language() != null) {
        slugHolder = slugs.putIfAbsent(key(item.site(), item.language(), item.slug()), item);
        if (slugHolder != null) {
          problems.add(
              new ContentProblem(
                  item.file(),
                  0,
                  "slug '"
                      + item.slug()
                      + "' in "
                      + item.language()
                      + " is already used by "
                      + slugHolder.file()
                      + " (a slug is unique per site and language)"));
        }
      }
      if (item.translationKey() != null && item.language() != null) {
        ReadItem holder =
            translationKeys.putIfAbsent(
                key(item.site(), item.language(), item.translationKey()), item);
        if (holder != null && holder != slugHolder) {
          problems.add(
              new ContentProblem(
                  item.file(),
                  item.translationKeyLine(),
                  "translationKey '"
                      + item.translationKey()
                      + "' in "
                      + item.language()
                      + " is already the key of "
                      + holder.file()
                      + " (one item per language for each translation key)"));
        }
        if (!item.draft() && item.type() != null) {
          published
              .computeIfAbsent(
                  new ItemReference(item.site(), item.translationKey()), k -> new HashMap<>())
              .putIfAbsent(item.language(), item);
        }
      }
      if (item.indexNo() != null) {
        ReadItem holder = indexNumbers.putIfAbsent(item.indexNo(), item);
        if (holder != null && !sameGroup(holder, item)) {
          problems.add(
              new ContentProblem(
                  item.file(),
                  item.indexNoLine(),
                  "policy.indexNo '"
                      + item.indexNo()
                      + "' is already the 索引号 of "
                      + holder.file()
                      + " (unique in the cluster; only language versions of one item share it)"));
        }
      }
    }
    for (ReadItem item : items) {
      for (ReadItem.Reference reference : item.references()) {
        resolve(item, reference, published, sites).ifPresent(problems::add);
      }
    }
    return problems;
  }

  private static Optional<ContentProblem> resolve(
      ReadItem item,
      ReadItem.Reference reference,
      Map<ItemReference, Map<String, ReadItem>> published,
      Map<String, SiteSettings> sites) {
    ItemReference target = reference.target();
    String prefix = reference.key() + ": '" + target + "' does not resolve: ";
    SiteSettings site = sites.get(target.site());
    if (site == null) {
      return problem(item, reference, prefix + "there is no site " + target.site());
    }
    Map<String, ReadItem> group = published.getOrDefault(target, Map.of());
    ReadItem found = item.language() != null ? group.get(item.language()) : null;
    if (found == null && !site.languages().isEmpty()) {
      found = group.get(site.languages().get(0));
    }
    if (found == null) {
      String reason =
          group.isEmpty()
              ? "no published item of site "
                  + target.site()
                  + " has translationKey '"
                  + target.translationKey()
                  + "'"
              : "the group has no published version in "
                  + item.language()
                  + " or in the site's source language";
      return problem(item, reference, prefix + reason);
    }
    if (found.type() != reference.expected()) {
      return problem(
          item,
          reference,
          prefix
              + "it is a "
              + found.type().code()
              + " item ("
              + found.file()
              + "), not a "
              + reference.expected().code());
    }
    return Optional.empty();
  }

  private static Optional<ContentProblem> problem(
      ReadItem item, ReadItem.Reference reference, String reason) {
    return Optional.of(new ContentProblem(item.file(), reference.line(), reason));
  }

  private static boolean sameGroup(ReadItem a, ReadItem b) {
    return a.site().equals(b.site())
        && a.translationKey() != null
        && a.translationKey().equals(b.translationKey());
  }

  private static String key(String site, String language, String value) {
    return site + '\u0000' + language + '\u0000' + value;
  }
}
