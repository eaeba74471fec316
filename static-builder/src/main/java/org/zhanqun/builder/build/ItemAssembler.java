package org.zhanqun.builder.build;

import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.zhanqun.builder.output.OutputFormat;
import org.zhanqun.builder.output.UrlScheme;
import org.zhanqun.builder.page.FileView;
import org.zhanqun.builder.page.GuideView;
import org.zhanqun.builder.page.ItemPage;
import org.zhanqun.builder.page.ItemSummary;
import org.zhanqun.model.item.GuideElement;
import org.zhanqun.model.item.GuidePart;
import org.zhanqun.model.item.Item;
import org.zhanqun.model.item.ItemReference;
import org.zhanqun.model.item.PolicyText;
import org.zhanqun.model.site.Cluster;
import org.zhanqun.model.site.Column;
import org.zhanqun.model.site.ContentType;
import org.zhanqun.model.site.Site;

/**
 * The page of one item, with its type's part (policy metadata, guide elements, form file) and the
 * items it links with in the page's language: the policies an interpretation explains and the
 * interpretations of a policy, the forms a guide offers and the guides that offer a form.
 */
final class ItemAssembler {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final ContentIndex index;
  private final PageParts parts;
  private final UrlScheme urls;
  private final Cluster cluster;

  ItemAssembler(ContentIndex index, PageParts parts, UrlScheme urls) {
    this.index = index;
    this.parts = parts;
    this.urls = urls;
    this.cluster = index.cluster();
  }

  /** The pages of the items of {@code column} itself in {@code language}, newest first. */
  List<PageTask> tasks(Site site, String language, Column column) {
    return index.columnItems(site, language, column).stream()
        .map(
            item ->
                new PageTask(
                    parts.itemPath(item),
                    site.id(),
                    site.theme(),
                    OutputFormat.html("item/" + item.type().code() + ".ftlh", "item.ftlh"),
                    language,
                    b -> page(site, column, item, b),
                    PageInputs.groups(groupsRead(item)),
                    item,
                    null))
        .toList();
  }

  /**
   * The translation groups an item's page reads: its own (hreflang, language switcher), the
   * policies it interprets and the interpretations of it, the forms it offers and the guides that
   * offer it (summaries and links to them).
   */
  private Set<ItemReference> groupsRead(Item item) {
    Set<ItemReference> groups = new HashSet<>();
    groups.add(item.reference());
    groups.addAll(index.interpretationsOf(item.reference()));
    groups.addAll(index.guidesUsing(item.reference()));
    groups.addAll(item.references());
    return groups;
  }

  private ItemPage page(Site site, Column column, Item item, Bodies bodies) {
    String language = item.language();
    return new ItemPage(
        parts.context(
            "item",
            site,
            language,
            item.title(),
            parts.itemPath(item),
            parts.itemAlternates(item),
            column,
            parts.crumbs(site, language, column, true)),
        item.type().code(),
        item.title(),
        item.published().atZoneSameInstant(cluster.timeZone()).format(MINUTE),
        item.updated() == null
            ? null
            : item.updated().atZoneSameInstant(cluster.timeZone()).format(MINUTE),
        item.summary() == null ? "" : item.summary(),
        item.source(),
        item.tags(),
        bodies.html(item),
        parts.columnName(column, site, language),
        item.policy() == null ? null : PolicyText.of(item.policy()),
        item.type() == ContentType.POLICY
            ? resolveAll(index.interpretationsOf(item.reference()), language)
            : List.of(),
        item.interpretation() == null
            ? List.of()
            : resolveAll(item.interpretation().interprets(), language),
        item.interpretation() == null ? null : item.interpretation().form().code(),
        item.guide() == null ? null : guideView(item.guide(), language),
        item.form() == null ? null : fileView(item),
        item.type() == ContentType.FORM
            ? resolveAll(index.guidesUsing(item.reference()), language)
            : List.of());
  }

  private List<ItemSummary> resolveAll(List<ItemReference> references, String language) {
    return parts.summaries(index.resolveAll(references, language), language);
  }

  private GuideView guideView(GuidePart<ItemReference> guide, String language) {
    return new GuideView(
        guide.itemCode(),
        guide.itemType(),
        guide.basis(),
        guide.conditions(),
        guide.materials().stream()
            .map(
                m ->
                    new GuideView.MaterialView(
                        m.name(),
                        m.form() == null
                            ? null
                            : index.resolve(m.form(), language).map(parts::link).orElse(null),
                        m.copies(),
                        m.original(),
                        m.required()))
            .toList(),
        guide.process(),
        guide.timeLimit() == null ? null : guide.timeLimit().statutoryDays(),
        guide.timeLimit() == null ? null : guide.timeLimit().promisedDays(),
        guide.fees(),
        guide.location(),
        guide.hours(),
        guide.department(),
        guide.phone(),
        guide.supervisionPhone(),
        guide.onlineUrl(),
        index.resolveAll(guide.forms(), language).stream().map(parts::link).toList(),
        guide.missingElements().stream().map(GuideElement::field).toList());
  }

  private FileView fileView(Item form) {
    return new FileView(
        form.form().fileName(),
        urls.url(parts.formFilePath(form)),
        form.form().format(),
        form.form().mediaType(),
        humanSize(form.form().size()),
        form.form().size(),
        form.form().sha256());
  }

  static String humanSize(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
  }
}
