package org.zhanqun.audit.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhanqun.audit.finding.Finding;
import org.zhanqun.audit.finding.ItemRef;
import org.zhanqun.audit.rule.Rule;
import org.zhanqun.audit.rule.RuleKind;
import org.zhanqun.audit.rule.Rules;
import org.zhanqun.audit.rule.Text;
import org.zhanqun.builder.output.UrlScheme;
import org.zhanqun.model.item.Item;
import org.zhanqun.model.site.Column;
import org.zhanqun.model.site.ContentType;
import org.zhanqun.model.site.Site;

/**
 * One site as the checks see it on the as-of date: its visible items, each column's state, the
 * published URLs, the rules and the external evidence. Computed once per site and audit run;
 * immutable and thread-safe.
 */
public final class SiteContent {

  private final Site site;
  private final ClusterAsOf cluster;
  private final Rules rules;
  private final UrlScheme urls;
  private final ExternalEvidence evidence;
  private final List<Item> sourceItems;
  private final Map<String, List<Item>> subtreeItems = new HashMap<>();
  private final Map<String, Column> columnsByCode = new HashMap<>();
  private final List<ColumnState> columns;

  public SiteContent(
      Site site, ClusterAsOf cluster, Rules rules, UrlScheme urls, ExternalEvidence evidence) {
    this.site = site;
    this.cluster = cluster;
    this.rules = rules;
    this.urls = urls;
    this.evidence = evidence;
    this.sourceItems =
        cluster.items(site.id()).stream()
            .filter(i -> i.language().equals(site.sourceLanguage()))
            .toList();
    Map<String, List<Item>> own = new HashMap<>();
    for (Item item : sourceItems) {
      own.computeIfAbsent(item.column(), c -> new ArrayList<>()).add(item);
    }
    site.allColumns().forEach(c -> columnsByCode.put(c.code(), c));
    List<ColumnState> states = new ArrayList<>();
    for (Column top : site.columns()) {
      collect(top, 0, own, states);
    }
    this.columns = List.copyOf(states);
  }

  /** Fills {@link #subtreeItems} bottom-up and adds the states depth first, in display order. */
  private List<Item> collect(
      Column column, int depth, Map<String, List<Item>> own, List<ColumnState> states) {
    int index = states.size();
    states.add(null); // the parent comes before its children
    List<Item> subtree = new ArrayList<>(own.getOrDefault(column.code(), List.of()));
    for (Column child : column.children()) {
      subtree.addAll(collect(child, depth + 1, own, states));
    }
    subtree.sort(ClusterAsOf.NEWEST_FIRST);
    subtreeItems.put(column.code(), Collections.unmodifiableList(subtree));
    states.set(index, state(column, depth, subtree));
    return subtree;
  }

  private ColumnState state(Column column, int depth, List<Item> subtree) {
    LocalDate asOf = cluster.asOf();
    LocalDate last = subtree.isEmpty() ? null : cluster.publishedOn(subtree.get(0));
    long age = last == null ? -1 : ChronoUnit.DAYS.between(last, asOf);
    Optional<Period> limit = rules.limit(column.category());
    if (limit.isEmpty()) {
      return new ColumnState(column, depth, last, age, null, -1, false, -1);
    }
    LocalDate cutOff = asOf.minus(limit.get());
    long limitDays = ChronoUnit.DAYS.between(cutOff, asOf);
    boolean stale = last != null && last.isBefore(cutOff);
    double freshness = last == null ? 0 : rules.freshness().score(age, limitDays);
    return new ColumnState(column, depth, last, age, limit.get(), limitDays, stale, freshness);
  }

  public Site site() {
    return site;
  }

  public ClusterAsOf cluster() {
    return cluster;
  }

  public LocalDate asOf() {
    return cluster.asOf();
  }

  public Rules rules() {
    return rules;
  }

  public ExternalEvidence evidence() {
    return evidence;
  }

  /** Every visible item of the site, every language, newest first. */
  public List<Item> items() {
    return cluster.items(site.id());
  }

  /** The visible items in the site's source language, newest first. */
  public List<Item> sourceItems() {
    return sourceItems;
  }

  /** The visible items of {@code type} in any language, in file order. */
  public List<Item> itemsOfType(ContentType type) {
    return items().stream()
        .filter(i -> i.type() == type)
        .sorted(java.util.Comparator.comparing(Item::file))
        .toList();
  }

  /** The source-language items of a column and its sub-columns, newest first. */
  public List<Item> subtreeItems(Column column) {
    return subtreeItems.getOrDefault(column.code(), List.of());
  }

  /** Every column's state, depth first in display order. */
  public List<ColumnState> columns() {
    return columns;
  }

  public Optional<Column> column(String code) {
    return Optional.ofNullable(columnsByCode.get(code));
  }

  /**
   * Whether the site offers external services: the portal, or a site with a column of one of {@code
   * categories} (the no-services rule's: guide).
   */
  public boolean offersServices(Rule noServices) {
    return site.kind() == org.zhanqun.model.site.SiteKind.PORTAL
        || site.allColumns().stream().anyMatch(c -> noServices.appliesTo(c.category()));
  }

  /** The rule {@code id} when the rules switch it on. */
  public Optional<Rule> enabled(String id) {
    return rules.rule(id).filter(Rule::enabled);
  }

  // ---- URLs and references

  public String homeUrl() {
    return urls.absoluteUrl(urls.homePath(site, site.sourceLanguage()));
  }

  /**
   * The absolute URL of a page the site publishes outside its columns, in its source language,
   * {@code path} relative to the site's folder: e.g. {@code letters/mayor/} (the interaction
   * pages).
   */
  public String sitePageUrl(String path) {
    return urls.absoluteUrl(urls.siteFolder(site, site.sourceLanguage()) + path);
  }

  /** The absolute URL of a file of the published cluster, {@code path} relative to its folder. */
  public String publishedUrl(String path) {
    return urls.absoluteUrl(path);
  }

  public String columnUrl(Column column) {
    return urls.absoluteUrl(urls.columnPath(site, site.sourceLanguage(), column, 1));
  }

  public String itemUrl(Item item) {
    Column column = columnsByCode.get(item.column());
    return column == null
        ? homeUrl()
        : urls.absoluteUrl(urls.itemPath(site, item.language(), column, item.slug()));
  }

  /**
   * Where the file of a form item (of any site) is published, relative to the published folder;
   * empty for an item that is not a form.
   */
  public Optional<String> formFilePath(Item form) {
    if (form.form() == null) {
      return Optional.empty();
    }
    return cluster
        .cluster()
        .site(form.site())
        .flatMap(
            formSite ->
                formSite
                    .column(form.column())
                    .map(c -> urls.formFilePath(formSite, c, form.form().fileName())));
  }

  public ItemRef ref(Item item) {
    Column column = columnsByCode.get(item.column());
    return new ItemRef(
        item.site(), column == null ? item.column() : column.path(), item.slug(), item.language());
  }

  public String columnPath(Item item) {
    Column column = columnsByCode.get(item.column());
    return column == null ? item.column() : column.path();
  }

  // ---- findings

  /** A finding of {@code rule} taking the rule's points per occurrence (0 for a veto). */
  public Finding finding(
      Rule rule,
      String column,
      ItemRef item,
      String url,
      Text evidence,
      String expected,
      String found) {
    BigDecimal points = rule.kind() == RuleKind.VETO ? BigDecimal.ZERO : rule.parameters().points();
    return new Finding(
        rule.id(),
        rule.kind(),
        site.id(),
        column,
        item,
        url,
        evidence,
        expected,
        found,
        points,
        points);
  }

  /** A finding about one item. */
  public Finding itemFinding(Rule rule, Item item, Text evidence, String expected, String found) {
    return finding(rule, columnPath(item), ref(item), itemUrl(item), evidence, expected, found);
  }
}
