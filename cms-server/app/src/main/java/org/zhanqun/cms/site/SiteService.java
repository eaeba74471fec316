package org.zhanqun.cms.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zhanqun.builder.output.UrlScheme;
import org.zhanqun.builder.template.Themes;
import org.zhanqun.cms.infrastructure.error.FieldErrors;
import org.zhanqun.cms.infrastructure.error.InvalidInputException;
import org.zhanqun.cms.infrastructure.error.StaleVersionException;
import org.zhanqun.cms.security.CurrentCaller;
import org.zhanqun.model.Parsed;
import org.zhanqun.model.site.ColumnCategory;
import org.zhanqun.model.site.ContentType;
import org.zhanqun.model.site.Language;
import org.zhanqun.model.site.SiteCode;
import org.zhanqun.model.site.SiteKind;

/**
 * The use cases of the cluster, its sites and their columns, and the look-ups other features use
 * ({@link #requireSite}, {@link #requireColumn}). Reading needs no login; administrators manage
 * sites, and administrators or the site's reviewers manage its columns.
 */
@ApplicationScoped
@Transactional
public class SiteService {

  @Inject SiteRepository repository;
  @Inject CurrentCaller currentCaller;
  @Inject Clock clock;

  /** The themes' folder: a site's theme must be one of its folders. */
  @Inject
  @ConfigProperty(name = "zhanqun.publish.templates")
  String templates;

  @Transactional(Transactional.TxType.SUPPORTS)
  public ClusterView cluster() {
    return ClusterView.of(repository.cluster());
  }

  /** The cluster entity, for features that need its languages and time zone. */
  public Cluster clusterSettings() {
    return repository.cluster();
  }

  public ClusterView changeCluster(ClusterRequest request) {
    currentCaller.requireAdministrator();
    Cluster cluster = repository.cluster();
    StaleVersionException.requireCurrent(
        "the cluster", request.version(), cluster.version(), ClusterView.of(cluster));
    FieldErrors errors = new FieldErrors();
    List<Language> languages = languages("languages", request.languages(), null, errors);
    Optional<Language> defaultLanguage = Language.parse(request.defaultLanguage()).value();
    if (defaultLanguage.isEmpty()) {
      errors.add(
          "defaultLanguage", Language.parse(request.defaultLanguage()).reason().orElseThrow());
    } else if (!languages.contains(defaultLanguage.get())) {
      errors.add("defaultLanguage", "must be one of languages " + languages);
    }
    Map<String, String> names = names("names", request.names(), languages, errors);
    checkNewLanguages(languages, cluster.languages(), errors);
    ZoneId zone = null;
    try {
      zone = ZoneId.of(request.timeZone());
    } catch (DateTimeException e) {
      errors.add("timeZone", "unknown time zone '" + request.timeZone() + "', e.g. Asia/Shanghai");
    }
    if (!request.baseUrl().matches("https?://[^\\s/]+(/\\S*)?/")) {
      errors.add("baseUrl", "an http(s) URL ending in '/', e.g. https://www.example.gov.cn/");
    }
    errors.throwIfAny();
    cluster.change(names, request.baseUrl(), defaultLanguage.get(), languages, zone);
    repository.flush();
    return ClusterView.of(cluster);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<SiteView> sites() {
    return repository.sites().stream().map(SiteView::of).toList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public SiteView site(String id) {
    return SiteView.of(requireSite(id));
  }

  /** The site, or {@link UnknownSiteException}. */
  public Site requireSite(String id) {
    return repository.findSite(id).orElseThrow(() -> new UnknownSiteException(id));
  }

  public Optional<Site> findSite(String id) {
    return repository.findSite(id);
  }

  public SiteView createSite(SiteRequest request) {
    currentCaller.requireAdministrator();
    FieldErrors errors = new FieldErrors();
    if (request.id() == null) {
      errors.add("id", "is required when creating a site");
    }
    Site.SiteSettings settings = settings(request, null, errors);
    errors.throwIfAny();
    if (repository.findSite(request.id()).isPresent()) {
      throw new SiteConflictException("id", "a site " + request.id() + " exists already");
    }
    Site site = new Site(request.id(), settings, clock.instant());
    repository.add(site);
    return SiteView.of(site);
  }

  public SiteView changeSite(String id, SiteRequest request) {
    currentCaller.requireAdministrator();
    Site site = requireSite(id);
    if (request.id() != null && !request.id().equals(id)) {
      throw new InvalidInputException("id", "a site's id cannot change (" + id + ")");
    }
    StaleVersionException.requireCurrent(
        "site " + id, request.version(), site.version(), SiteView.of(site));
    FieldErrors errors = new FieldErrors();
    Site.SiteSettings settings = settings(request, id, errors);
    errors.throwIfAny();
    site.apply(settings, clock.instant());
    repository.flush();
    return SiteView.of(site);
  }

  public void deleteSite(String id) {
    currentCaller.requireAdministrator();
    Site site = requireSite(id);
    if (repository.countColumns(id) > 0 || repository.countSiteItemsAndFiles(id) > 0) {
      throw new SiteConflictException(
          "site", "site " + id + " still has columns, items or files; delete them first");
    }
    if (repository.countInteraction(id) > 0) {
      throw new SiteConflictException(
          "site",
          "site "
              + id
              + " holds letters, consultations or error reports from the public, which are kept"
              + " as records; the site cannot be deleted");
    }
    repository.remove(site);
  }

  /** The site's column tree: top-level columns in order, each with its children. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ColumnView> columnTree(String siteId) {
    requireSite(siteId);
    List<SiteColumn> columns = repository.columns(siteId);
    return children(null, columns);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public ColumnView column(String siteId, long columnId) {
    return ColumnView.of(requireColumn(siteId, columnId), List.of());
  }

  /** The column of the site, or {@link UnknownColumnException}. */
  public SiteColumn requireColumn(String siteId, long columnId) {
    return repository
        .findColumn(columnId)
        .filter(c -> c.siteId().equals(siteId))
        .orElseThrow(() -> new UnknownColumnException(columnId));
  }

  public Optional<SiteColumn> findColumn(long columnId) {
    return repository.findColumn(columnId);
  }

  public ColumnView createColumn(String siteId, ColumnRequest request) {
    currentCaller.requireSiteManager(siteId);
    Site site = requireSite(siteId);
    FieldErrors errors = new FieldErrors();
    if (request.code() == null) {
      errors.add("code", "is required when creating a column");
    }
    SiteColumn.ColumnSettings settings = columnSettings(site, null, request, errors);
    errors.throwIfAny();
    if (repository.findColumn(siteId, request.code()).isPresent()) {
      throw new SiteConflictException(
          "code", "site " + siteId + " has a column " + request.code() + " already");
    }
    SiteColumn column = new SiteColumn(siteId, request.code(), settings);
    repository.add(column);
    return ColumnView.of(column, List.of());
  }

  public ColumnView changeColumn(String siteId, long columnId, ColumnRequest request) {
    currentCaller.requireSiteManager(siteId);
    Site site = requireSite(siteId);
    SiteColumn column = requireColumn(siteId, columnId);
    if (request.code() != null && !request.code().equals(column.code())) {
      throw new InvalidInputException(
          "code", "a column's code cannot change (" + column.code() + ")");
    }
    StaleVersionException.requireCurrent(
        "column " + columnId,
        request.version(),
        column.version(),
        ColumnView.of(column, List.of()));
    FieldErrors errors = new FieldErrors();
    SiteColumn.ColumnSettings settings = columnSettings(site, column, request, errors);
    errors.throwIfAny();
    column.apply(settings);
    repository.flush();
    return ColumnView.of(column, List.of());
  }

  public void deleteColumn(String siteId, long columnId) {
    currentCaller.requireSiteManager(siteId);
    SiteColumn column = requireColumn(siteId, columnId);
    if (repository.countChildren(columnId) > 0) {
      throw new SiteConflictException("column", "column " + columnId + " has sub-columns");
    }
    long items = repository.countItems(columnId);
    long live = repository.countLiveItems(siteId, columnId);
    if (items > 0 || live > 0) {
      throw new SiteConflictException(
          "column",
          "column "
              + column.code()
              + " ("
              + columnId
              + ") holds "
              + items
              + " items, "
              + live
              + " of them published (a published version counts in the column it was published in);"
              + " withdraw, move or delete them first");
    }
    repository.remove(column);
  }

  // ---- import and export (org.zhanqun.cms.exchange); the caller has checked the rights ----

  /**
   * Gives the cluster the imported settings, its id included (the one change of the id there is).
   * Must run before anything else of the import's transaction reads the cluster.
   *
   * @return whether anything changed
   */
  public boolean importCluster(
      String id,
      Map<String, String> names,
      String baseUrl,
      Language defaultLanguage,
      List<Language> languages,
      ZoneId timeZone) {
    boolean renamed = repository.renameCluster(id);
    Cluster cluster = repository.cluster();
    boolean changed =
        !cluster.names().equals(names)
            || !cluster.baseUrl().equals(baseUrl)
            || !cluster.defaultLanguage().equals(defaultLanguage)
            || !cluster.languages().equals(languages)
            || !cluster.timeZone().equals(timeZone);
    if (changed) {
      cluster.change(names, baseUrl, defaultLanguage, languages, timeZone);
      repository.flush();
    }
    return renamed || changed;
  }

  /**
   * Creates the site or gives it the imported settings. A path another site has is refused with
   * {@link SiteConflictException}.
   */
  public ImportOutcome importSite(
      String id,
      SiteKind kind,
      Map<String, String> names,
      String department,
      String path,
      String theme,
      List<Language> languages,
      SiteIdentification identification,
      int position) {
    Optional<Site> samePath =
        repository.findSiteByPath(path).filter(other -> !other.id().equals(id));
    if (samePath.isPresent()) {
      throw new SiteConflictException(
          "path", "site " + id + ": path '" + path + "' is used by site " + samePath.get().id());
    }
    FieldErrors errors = new FieldErrors();
    checkSitePath(path, id, repository.cluster(), errors);
    checkTheme(theme, errors);
    errors.throwIfAny();
    Site.SiteSettings settings =
        new Site.SiteSettings(
            kind, names, department, path, theme, languages, identification, position);
    Optional<Site> existing = repository.findSite(id);
    if (existing.isEmpty()) {
      repository.add(new Site(id, settings, clock.instant()));
      return ImportOutcome.CREATED;
    }
    Site site = existing.get();
    if (Site.SiteSettings.of(site).equals(settings)) {
      return ImportOutcome.UNCHANGED;
    }
    site.apply(settings, clock.instant());
    return ImportOutcome.UPDATED;
  }

  /** Creates the column of the site or gives it the imported settings, parent included. */
  public ImportedColumn importColumn(
      String siteId,
      String code,
      Long parentId,
      Map<String, String> names,
      ColumnCategory category,
      Set<ContentType> types,
      int position) {
    FieldErrors errors = new FieldErrors();
    checkColumnFolder(requireSite(siteId), code, parentId, errors);
    errors.throwIfAny();
    SiteColumn.ColumnSettings settings =
        new SiteColumn.ColumnSettings(parentId, names, category, types, position);
    Optional<SiteColumn> existing = repository.findColumn(siteId, code);
    if (existing.isEmpty()) {
      SiteColumn column = new SiteColumn(siteId, code, settings);
      repository.add(column);
      return new ImportedColumn(column.id(), ImportOutcome.CREATED);
    }
    SiteColumn column = existing.get();
    if (SiteColumn.ColumnSettings.of(column).equals(settings)) {
      return new ImportedColumn(column.id(), ImportOutcome.UNCHANGED);
    }
    column.apply(settings);
    return new ImportedColumn(column.id(), ImportOutcome.UPDATED);
  }

  /** Every site, in display order: for export and publication. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Site> allSites() {
    return repository.sites();
  }

  /** Every column of every site, in one query: for export and publication. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<SiteColumn> allColumns() {
    return repository.allColumns();
  }

  private List<ColumnView> children(Long parentId, List<SiteColumn> all) {
    return all.stream()
        .filter(c -> Objects.equals(c.parentId(), parentId))
        .sorted(Comparator.comparingInt(SiteColumn::position).thenComparing(SiteColumn::code))
        .map(c -> ColumnView.of(c, children(c.id(), all)))
        .toList();
  }

  private Site.SiteSettings settings(SiteRequest request, String siteId, FieldErrors errors) {
    Cluster cluster = repository.cluster();
    Optional<SiteKind> kind = SiteKind.fromCode(request.kind());
    if (kind.isEmpty()) {
      errors.add("kind", "unknown kind '" + request.kind() + "'; one of " + SiteKind.codes());
    }
    List<Language> languages =
        languages("languages", request.languages(), cluster.languages(), errors);
    Map<String, String> names = names("names", request.names(), languages, errors);
    if (!languages.isEmpty() && !names.containsKey(languages.get(0).tag())) {
      errors.add("names", "needs a name in " + languages.get(0) + ", the site's first language");
    }
    repository
        .findSiteByPath(request.path())
        .filter(other -> !other.id().equals(siteId))
        .ifPresent(other -> errors.add("path", "already used by site " + other.id()));
    if (request.path() != null) {
      checkSitePath(request.path(), siteId, cluster, errors);
    }
    if (request.theme() != null) {
      checkTheme(request.theme(), errors);
    }
    SiteIdentification identification = null;
    if (request.identification() != null) {
      SiteRequest.IdentificationRequest id = request.identification();
      String siteCode = null;
      if (id.siteCode() != null) {
        Parsed<SiteCode> parsed = SiteCode.parse(id.siteCode());
        parsed.reason().ifPresent(reason -> errors.add("identification.siteCode", reason));
        siteCode = parsed.value().map(SiteCode::value).orElse(null);
      }
      SiteRequest.ContactRequest contact = id.contact();
      identification =
          new SiteIdentification(
              siteCode,
              id.icp(),
              id.publicSecurity(),
              contact == null ? null : contact.phone(),
              contact == null ? null : contact.email(),
              contact == null ? null : contact.address());
    }
    return new Site.SiteSettings(
        kind.orElse(null),
        names,
        request.department(),
        request.path(),
        request.theme(),
        languages,
        identification,
        request.position() == null ? 0 : request.position());
  }

  private SiteColumn.ColumnSettings columnSettings(
      Site site, SiteColumn column, ColumnRequest request, FieldErrors errors) {
    Optional<ColumnCategory> category = ColumnCategory.fromCode(request.category());
    if (category.isEmpty()) {
      errors.add(
          "category",
          "unknown category '" + request.category() + "'; one of " + ColumnCategory.codes());
    }
    Set<ContentType> types = EnumSet.noneOf(ContentType.class);
    for (int i = 0; i < request.types().size(); i++) {
      String code = request.types().get(i);
      ContentType.fromCode(code)
          .ifPresentOrElse(
              types::add,
              () ->
                  errors.add(
                      "types",
                      "unknown content type '" + code + "'; one of " + ContentType.codes()));
    }
    Map<String, String> names = names("names", request.names(), site.languages(), errors);
    if (request.parentId() != null) {
      Optional<SiteColumn> parent =
          repository.findColumn(request.parentId()).filter(p -> p.siteId().equals(site.id()));
      if (parent.isEmpty()) {
        errors.add("parentId", "no column " + request.parentId() + " in site " + site.id());
      } else if (column != null && createsCycle(column.id(), parent.get())) {
        errors.add("parentId", "a column cannot be placed below itself");
      }
    }
    String code = column == null ? request.code() : column.code();
    if (code != null) {
      checkColumnFolder(site, code, request.parentId(), errors);
    }
    return new SiteColumn.ColumnSettings(
        request.parentId(),
        names,
        category.orElse(null),
        types,
        request.position() == null ? 0 : request.position());
  }

  /**
   * A site's path takes a folder of the published cluster: none of its segments may be a name the
   * builder uses itself or a language's folder, it may not lie inside another site's folder (nor
   * another inside it, the portal's root aside), nor be the folder of another site's column.
   */
  private void checkSitePath(String path, String siteId, Cluster cluster, FieldErrors errors) {
    Set<String> reserved = UrlScheme.reservedFolders(tags(cluster.languages()));
    for (String segment : path.split("/")) {
      if (reserved.contains(segment)) {
        errors.add("path", reservedReason(segment, reserved));
        return;
      }
    }
    if (path.isEmpty()) {
      return;
    }
    for (Site other : repository.sites()) {
      if (other.id().equals(siteId) || other.path().isEmpty() || other.path().equals(path)) {
        continue;
      }
      if (path.startsWith(other.path()) || other.path().startsWith(path)) {
        errors.add(
            "path", "'" + path + "' and site " + other.id() + "'s '" + other.path() + "' nest");
        return;
      }
    }
    columnFolders(siteId).entrySet().stream()
        .filter(e -> e.getKey().equals(path))
        .findFirst()
        .ifPresent(
            e -> errors.add("path", "'" + path + "' is the folder of column " + e.getValue()));
  }

  private void checkTheme(String theme, FieldErrors errors) {
    java.nio.file.Path root = java.nio.file.Path.of(templates);
    if (!Themes.exists(root, theme)) {
      errors.add(
          "theme",
          "no theme '" + theme + "' in the site templates; one of " + Themes.available(root));
    }
  }

  /**
   * A language added to the cluster gets a folder in every site offering it: no column code or site
   * path segment may have its name.
   */
  private void checkNewLanguages(
      List<Language> languages, List<Language> before, FieldErrors errors) {
    Set<String> taken = new TreeSet<>();
    repository.allColumns().forEach(c -> taken.add(c.siteId() + "/" + c.code()));
    for (Language language : languages) {
      if (before.contains(language)) {
        continue;
      }
      Set<String> names =
          new TreeSet<>(List.of(language.tag(), language.tag().toLowerCase(java.util.Locale.ROOT)));
      taken.stream()
          .filter(t -> names.contains(t.substring(t.indexOf('/') + 1)))
          .findFirst()
          .ifPresent(t -> errors.add("languages", language.tag() + " is the code of column " + t));
      repository.sites().stream()
          .filter(site -> List.of(site.path().split("/")).stream().anyMatch(names::contains))
          .findFirst()
          .ifPresent(
              site ->
                  errors.add(
                      "languages",
                      language.tag() + " is a folder of site " + site.id() + "'s path"));
    }
  }

  /**
   * A column's code names a folder of its site: it may not be a name the builder uses itself or a
   * language's folder, and the folder may not be another site's.
   */
  private void checkColumnFolder(Site site, String code, Long parentId, FieldErrors errors) {
    Set<String> reserved = UrlScheme.reservedFolders(tags(repository.cluster().languages()));
    if (reserved.contains(code)) {
      errors.add("code", reservedReason(code, reserved));
      return;
    }
    Map<Long, SiteColumn> byId = new HashMap<>();
    repository.allColumns().forEach(c -> byId.put(c.id(), c));
    String parentPath =
        parentId == null || !byId.containsKey(parentId) ? "" : path(byId.get(parentId), byId) + "/";
    String folder = site.path() + parentPath + code + "/";
    for (Site other : repository.sites()) {
      if (!other.id().equals(site.id()) && other.path().equals(folder)) {
        errors.add(
            "code",
            "'"
                + code
                + "' would make the folder "
                + folder
                + ", where site "
                + other.id()
                + " is published");
        return;
      }
    }
  }

  /** The folder of every column of every site but {@code exceptSite}: folder → "site/column". */
  private Map<String, String> columnFolders(String exceptSite) {
    Map<String, Site> sitesById = new HashMap<>();
    repository.sites().forEach(s -> sitesById.put(s.id(), s));
    Map<Long, SiteColumn> byId = new HashMap<>();
    List<SiteColumn> all = repository.allColumns();
    all.forEach(c -> byId.put(c.id(), c));
    Map<String, String> folders = new HashMap<>();
    for (SiteColumn column : all) {
      Site owner = sitesById.get(column.siteId());
      if (owner != null && !owner.id().equals(exceptSite)) {
        String path = path(column, byId);
        folders.put(owner.path() + path + "/", owner.id() + "/" + path);
      }
    }
    return folders;
  }

  /** A column's path in its site: its ancestors' codes and its own, joined by '/'. */
  private static String path(SiteColumn column, Map<Long, SiteColumn> byId) {
    StringBuilder path = new StringBuilder(column.code());
    Set<Long> seen = new TreeSet<>();
    SiteColumn current = column;
    while (current.parentId() != null
        && byId.containsKey(current.parentId())
        && seen.add(current.parentId())) {
      current = byId.get(current.parentId());
      path.insert(0, current.code() + "/");
    }
    return path.toString();
  }

  private static List<String> tags(List<Language> languages) {
    return languages.stream().map(Language::tag).toList();
  }

  private static String reservedReason(String name, Set<String> reserved) {
    return "'"
        + name
        + "' is reserved: the published cluster uses that folder itself (a language's pages,"
        + " list pages, form files, assets, sitemaps, the API or the web console); reserved are "
        + reserved;
  }

  private boolean createsCycle(long columnId, SiteColumn parent) {
    SiteColumn current = parent;
    while (current != null) {
      if (current.id() == columnId) {
        return true;
      }
      current =
          current.parentId() == null
              ? null
              : repository.findColumn(current.parentId()).orElse(null);
    }
    return false;
  }

  /**
   * Parses language tags; with {@code allowed} non-null, each must be one of them. Adds a field
   * error per bad entry and returns the valid ones in order.
   */
  private static List<Language> languages(
      String field, List<String> tags, List<Language> allowed, FieldErrors errors) {
    List<Language> languages = new ArrayList<>();
    for (int i = 0; i < tags.size(); i++) {
      String tag = tags.get(i);
      Optional<Language> language = Language.parse(tag).value();
      if (language.isEmpty()) {
        errors.add(field + "[" + i + "]", Language.parse(tag).reason().orElseThrow());
      } else if (allowed != null && !allowed.contains(language.get())) {
        errors.add(
            field + "[" + i + "]", "the cluster does not offer " + tag + "; it offers " + allowed);
      } else if (languages.contains(language.get())) {
        errors.add(field + "[" + i + "]", tag + " is listed twice");
      } else {
        languages.add(language.get());
      }
    }
    return languages;
  }

  /** Names per language: each key a language of {@code languages}, each name non-blank. */
  private static Map<String, String> names(
      String field, Map<String, String> names, List<Language> languages, FieldErrors errors) {
    Map<String, String> valid = new LinkedHashMap<>();
    names.forEach(
        (tag, name) -> {
          Optional<Language> language = Language.parse(tag).value();
          if (language.isEmpty()) {
            errors.add(field + "." + tag, Language.parse(tag).reason().orElseThrow());
          } else if (!languages.isEmpty() && !languages.contains(language.get())) {
            errors.add(field + "." + tag, "not one of the languages " + languages);
          } else if (name == null || name.isBlank()) {
            errors.add(field + "." + tag, "must not be blank");
          } else if (name.length() > 200) {
            errors.add(field + "." + tag, "at most 200 characters");
          } else {
            valid.put(language.get().tag(), name.strip());
          }
        });
    return valid;
  }
}
