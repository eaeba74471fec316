package org.zhanqun.cms.publish;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhanqun.builder.source.ContentSet;
import org.zhanqun.builder.source.ContentWriter;
import org.zhanqun.cms.attachment.AttachmentService;
import org.zhanqun.cms.attachment.FileView;
import org.zhanqun.cms.content.ItemContent;
import org.zhanqun.cms.content.LiveContentService;
import org.zhanqun.cms.content.LiveItem;
import org.zhanqun.cms.content.LiveItemDates;
import org.zhanqun.cms.site.SiteColumn;
import org.zhanqun.cms.site.SiteIdentification;
import org.zhanqun.cms.site.SiteService;
import org.zhanqun.model.item.DocumentNumber;
import org.zhanqun.model.item.FormFile;
import org.zhanqun.model.item.FormPart;
import org.zhanqun.model.item.GuidePart;
import org.zhanqun.model.item.IndexNumber;
import org.zhanqun.model.item.InterpretationForm;
import org.zhanqun.model.item.InterpretationPart;
import org.zhanqun.model.item.Item;
import org.zhanqun.model.item.ItemReference;
import org.zhanqun.model.item.PolicyPart;
import org.zhanqun.model.item.PolicyText;
import org.zhanqun.model.item.Validity;
import org.zhanqun.model.site.Cluster;
import org.zhanqun.model.site.Column;
import org.zhanqun.model.site.Identification;
import org.zhanqun.model.site.Language;
import org.zhanqun.model.site.LocalizedText;
import org.zhanqun.model.site.Site;

/**
 * The published state of the cluster as a builder {@link ContentSet}: every site with its column
 * tree and every live item's published revision, what export writes and what the publisher renders.
 * Reads with five queries whatever the number of items (cluster, sites, columns, live items, file
 * metadata), plus one per form file not yet in the file folder; a {@link Snapshot} kept between
 * publish runs is refreshed by reading only the changed items again.
 *
 * <p>How the database maps to the content format: publication times are shown in the cluster's time
 * zone; {@code updated} is the last publication when it differs from the first; references by id
 * become {@code <site>/<translationKey>} of the referenced item; a reference to an item that is not
 * live is left out (see {@link Result#droppedReferences()}), and an interpretation left with no
 * policy is a draft. {@code Item.file} is where {@link ContentWriter} writes the item; {@code
 * Item.contentHash} is the SHA-256 of the written file followed by the form file's SHA-256 (the
 * reader hashes the form file's bytes instead, so the hashes of the two sources differ).
 */
@ApplicationScoped
public class PublishedContentSet {

  @Inject SiteService sites;
  @Inject LiveContentService content;
  @Inject AttachmentService attachments;

  /**
   * What was loaded, and the references left out.
   *
   * @param droppedReferences {@code <file>: <key> -> item <id>} for each reference to an item that
   *     is not live
   */
  public record Result(ContentSet content, List<String> droppedReferences) {}

  /**
   * The published state as of one load, kept by the publisher between runs so that a run reads only
   * the items that changed ({@link #refresh}). Immutable; safe to share between threads.
   */
  public static final class Snapshot {

    private final Structure structure;
    private final SortedMap<Long, LiveItem> live;
    private final SortedMap<Long, Item> items;
    private final SortedMap<Long, List<String>> dropped;
    private final ContentSet content;
    private final Optional<Set<ItemReference>> changedGroups;

    private Snapshot(
        Structure structure,
        SortedMap<Long, LiveItem> live,
        SortedMap<Long, Item> items,
        SortedMap<Long, List<String>> dropped,
        Optional<Set<ItemReference>> changedGroups) {
      this.structure = structure;
      this.changedGroups = changedGroups;
      this.live = Collections.unmodifiableSortedMap(live);
      this.items = Collections.unmodifiableSortedMap(items);
      this.dropped = Collections.unmodifiableSortedMap(dropped);
      this.content = new ContentSet(structure.cluster(), List.copyOf(items.values()));
    }

    public ContentSet content() {
      return content;
    }

    /**
     * For a refreshed snapshot: the translation groups of the items that changed since the snapshot
     * it was refreshed from, and of the items they referred to before and after; what {@code
     * ClusterBuild.run} takes as its hint. Empty for a full read.
     */
    public Optional<Set<ItemReference>> changedGroups() {
      return changedGroups;
    }

    public Result result() {
      return new Result(content, dropped.values().stream().flatMap(List::stream).toList());
    }

    /** The builder's item for the live item {@code id}; empty when it is not live. */
    public Optional<Item> item(long id) {
      return Optional.ofNullable(items.get(id));
    }

    /** The id of the live item the builder's {@code item} (one of this snapshot's) stands for. */
    public Optional<Long> idOf(Item item) {
      return items.entrySet().stream()
          .filter(e -> e.getValue() == item)
          .map(Map.Entry::getKey)
          .findFirst();
    }

    /** How many live items it holds. */
    public int size() {
      return live.size();
    }
  }

  /**
   * Loads the published state.
   *
   * @param fileFolder where form files are kept, each named by its SHA-256, as each {@link
   *     FormFile#location()}: files already there are not read again, so a folder kept between
   *     calls saves reading them
   * @throws IOException when a form file cannot be written to {@code fileFolder}
   */
  @Transactional
  public Result load(Path fileFolder) throws IOException {
    return snapshot(fileFolder).result();
  }

  /** The published state, to be kept and {@linkplain #refresh refreshed}: a full read. */
  @Transactional
  public Snapshot snapshot(Path fileFolder) throws IOException {
    Structure structure = structure();
    SortedMap<Long, LiveItem> live = new TreeMap<>();
    content.liveItems().forEach(item -> live.put(item.id(), item));
    SortedMap<Long, Item> items = new TreeMap<>();
    SortedMap<Long, List<String>> dropped = new TreeMap<>();
    map(live.values(), live, structure, fileFolder, items, dropped);
    return new Snapshot(structure, live, items, dropped, Optional.empty());
  }

  /**
   * {@code previous} brought up to date after the items {@code changed} were published, changed,
   * withdrawn or deleted: reads the cluster's sites and columns and those items again, and maps
   * again only them and the items that refer to them (or every item, when the sites or columns
   * changed). Equal to a full {@link #snapshot} when {@code changed} lists every item changed since
   * {@code previous} was read.
   */
  @Transactional
  public Snapshot refresh(Snapshot previous, Collection<Long> changed, Path fileFolder)
      throws IOException {
    Structure structure = structure();
    SortedMap<Long, LiveItem> live = new TreeMap<>(previous.live);
    changed.forEach(live::remove);
    content.liveItems(changed).forEach(item -> live.put(item.id(), item));
    SortedMap<Long, Item> items = new TreeMap<>(previous.items);
    SortedMap<Long, List<String>> dropped = new TreeMap<>(previous.dropped);
    changed.forEach(
        id -> {
          items.remove(id);
          dropped.remove(id);
        });
    Collection<LiveItem> remap;
    if (structure.equals(previous.structure)) {
      Set<Long> touched = new HashSet<>(changed);
      remap =
          live.values().stream()
              .filter(item -> touched.contains(item.id()) || refersTo(item, touched))
              .toList();
    } else {
      items.clear();
      dropped.clear();
      remap = live.values();
    }
    map(remap, live, structure, fileFolder, items, dropped);
    Set<ItemReference> groups = new HashSet<>();
    for (LiveItem item : remap) {
      for (Item version : Arrays.asList(previous.items.get(item.id()), items.get(item.id()))) {
        if (version != null) {
          groups.add(version.reference());
          groups.addAll(version.references());
        }
      }
    }
    for (Long id : changed) {
      Item before = previous.items.get(id);
      if (before != null) { // withdrawn or deleted: gone from remap
        groups.add(before.reference());
        groups.addAll(before.references());
      }
    }
    return new Snapshot(structure, live, items, dropped, Optional.of(Set.copyOf(groups)));
  }

  /**
   * The published state with {@code preview} in place of its item's live version (or added, when
   * the item is not live): what a preview renders. Reads only the sites, columns and files when a
   * snapshot is given.
   */
  @Transactional
  public ContentSet withPreview(Optional<Snapshot> published, LiveItem preview, Path fileFolder)
      throws IOException {
    Snapshot base = published.isPresent() ? published.get() : snapshot(fileFolder);
    SortedMap<Long, LiveItem> live = new TreeMap<>(base.live);
    live.put(preview.id(), preview);
    SortedMap<Long, Item> items = new TreeMap<>(base.items);
    map(List.of(preview), live, base.structure, fileFolder, items, new TreeMap<>());
    return new ContentSet(base.structure.cluster(), List.copyOf(items.values()));
  }

  /**
   * One item (a working copy, for the proofreader) as the model's item, mapped as {@link #snapshot}
   * maps a live item but without reading any other item or file: references to other items are left
   * out (they are identifiers, which the proofreader does not read) and a form's file is named but
   * not copied. Three queries (the cluster, its sites and columns) and the form's metadata.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Item unlinkedItem(LiveItem item) {
    Structure structure = structure();
    Map<Long, FileView> files = new HashMap<>();
    ItemContent.FormDetails form = item.content().form();
    if (form != null && form.fileId() != null) {
      attachments.metadata(form.fileId()).ifPresent(file -> files.put(file.id(), file));
    }
    String columnCode = structure.columnCodes().getOrDefault(item.content().column(), "");
    String columnPath = structure.columnPaths().getOrDefault(item.content().column(), columnCode);
    try {
      return new Mapping(item, columnCode, columnPath, structure.cluster().timeZone())
          .item(Map.of(item.id(), item), files, Path.of("files"), new ArrayList<>());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot map item " + item.id(), e);
    }
  }

  /**
   * The published state reduced to what column dates need, for the console's freshness radar: the
   * cluster with its sites and columns, and every live item with its site, column, slug, language,
   * type, translation key and publication times as {@link #snapshot} maps them (an interpretation
   * none of whose policies is live is a draft, as there), but no body, parts or files. Four
   * queries, none reading a body; nothing is written.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ContentSet datesOnly() {
    Structure structure = structure();
    ZoneId zone = structure.cluster().timeZone();
    List<LiveItemDates> live = content.liveItemDates();
    Set<Long> liveIds = new HashSet<>();
    live.forEach(i -> liveIds.add(i.id()));
    List<Item> items = new ArrayList<>();
    for (LiveItemDates i : live) {
      String columnPath = i.column() == null ? null : structure.columnPaths().get(i.column());
      if (columnPath == null) {
        continue; // as in map(): a column of a site the cluster does not list
      }
      boolean draft =
          i.interprets() != null && i.interprets().stream().noneMatch(liveIds::contains);
      items.add(
          new Item(
              i.siteId(),
              structure.columnCodes().get(i.column()),
              i.slug(),
              i.language(),
              i.type(),
              "",
              i.translationKey(),
              null,
              null,
              List.of(),
              time(i.firstPublishedAt(), zone),
              Objects.equals(i.lastPublishedAt(), i.firstPublishedAt())
                  ? null
                  : time(i.lastPublishedAt(), zone),
              draft,
              "",
              null,
              i.siteId() + "/" + columnPath + "/" + i.slug() + "." + i.language() + ".md",
              ""));
    }
    return new ContentSet(structure.cluster(), items);
  }

  private static OffsetDateTime time(Instant instant, ZoneId zone) {
    return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
  }

  private static boolean refersTo(LiveItem item, Set<Long> ids) {
    ItemContent c = item.content();
    if (c.interpretation() != null
        && c.interpretation().interprets().stream().anyMatch(ids::contains)) {
      return true;
    }
    return c.guide() != null && c.guide().allForms().stream().anyMatch(ids::contains);
  }

  /**
   * The cluster with its sites and column trees, and where each column id maps to.
   *
   * @param columnCodes column id → code
   * @param columnPaths column id → path under its site
   */
  private record Structure(
      Cluster cluster, Map<Long, String> columnCodes, Map<Long, String> columnPaths) {}

  private Structure structure() {
    org.zhanqun.cms.site.Cluster cluster = sites.clusterSettings();
    Map<Long, SiteColumn> columns =
        sites.allColumns().stream().collect(Collectors.toMap(SiteColumn::id, c -> c));
    Map<Long, String> columnPaths = new HashMap<>();
    List<Site> siteList = new ArrayList<>();
    for (org.zhanqun.cms.site.Site site : sites.allSites()) {
      siteList.add(site(site, columns, columnPaths));
    }
    Map<Long, String> columnCodes = new HashMap<>();
    columns.values().forEach(c -> columnCodes.put(c.id(), c.code()));
    return new Structure(
        new Cluster(
            cluster.id(),
            new LocalizedText(cluster.names()),
            URI.create(cluster.baseUrl()),
            cluster.defaultLanguage().tag(),
            tags(cluster.languages()),
            cluster.timeZone(),
            siteList),
        Map.copyOf(columnCodes),
        Map.copyOf(columnPaths));
  }

  /**
   * Maps {@code which} to builder items into {@code items} (and the references each drops into
   * {@code dropped}), resolving references among {@code live}; writes their form files.
   */
  private void map(
      Collection<LiveItem> which,
      Map<Long, LiveItem> live,
      Structure structure,
      Path fileFolder,
      Map<Long, Item> items,
      Map<Long, List<String>> dropped)
      throws IOException {
    Map<Long, FileView> files =
        attachments.allMetadata().stream()
            .collect(Collectors.toMap(FileView::id, Function.identity()));
    Files.createDirectories(fileFolder);
    Map<String, Long> fileIds = new TreeMap<>();
    ZoneId zone = structure.cluster().timeZone();
    for (LiveItem item : which) {
      String columnPath = structure.columnPaths().get(item.content().column());
      if (columnPath == null) {
        items.remove(item.id());
        continue; // a column of a site the cluster does not list: cannot be written
      }
      List<String> droppedByItem = new ArrayList<>();
      items.put(
          item.id(),
          new Mapping(item, structure.columnCodes().get(item.content().column()), columnPath, zone)
              .item(live, files, fileFolder, droppedByItem));
      if (droppedByItem.isEmpty()) {
        dropped.remove(item.id());
      } else {
        dropped.put(item.id(), List.copyOf(droppedByItem));
      }
      ItemContent.FormDetails form = item.content().form();
      if (form != null && form.fileId() != null && files.containsKey(form.fileId())) {
        fileIds.putIfAbsent(files.get(form.fileId()).sha256(), form.fileId());
      }
    }
    materialise(fileIds, fileFolder);
  }

  private static Site site(
      org.zhanqun.cms.site.Site site, Map<Long, SiteColumn> columns, Map<Long, String> paths) {
    List<SiteColumn> ofSite =
        columns.values().stream().filter(c -> c.siteId().equals(site.id())).toList();
    SiteIdentification id = site.identification();
    Identification identification =
        id == null
            ? Identification.NONE
            : new Identification(
                id.siteCode(), id.icp(), id.publicSecurity(), id.phone(), id.email(), id.address());
    return new Site(
        site.id(),
        site.kind(),
        new LocalizedText(site.names()),
        site.department(),
        site.path(),
        site.theme(),
        tags(site.languages()),
        identification,
        children(null, "", ofSite, paths));
  }

  private static List<Column> children(
      Long parentId, String parentPath, List<SiteColumn> all, Map<Long, String> paths) {
    return all.stream()
        .filter(c -> Objects.equals(c.parentId(), parentId))
        .sorted(Comparator.comparingInt(SiteColumn::position).thenComparing(SiteColumn::code))
        .map(
            c -> {
              String path = parentPath.isEmpty() ? c.code() : parentPath + "/" + c.code();
              paths.put(c.id(), path);
              return new Column(
                  c.code(),
                  path,
                  new LocalizedText(c.names()),
                  c.category(),
                  c.types().stream().sorted().toList(),
                  children(c.id(), path, all, paths));
            })
        .toList();
  }

  private static List<String> tags(List<Language> languages) {
    return languages.stream().map(Language::tag).toList();
  }

  /** One live item as a builder item; confined to the loading thread. */
  private static final class Mapping {

    private final LiveItem live;
    private final ItemContent content;
    private final String columnCode;
    private final String file;
    private final ZoneId zone;
    private Map<Long, LiveItem> byId;
    private List<String> dropped;

    Mapping(LiveItem live, String columnCode, String columnPath, ZoneId zone) {
      this.live = live;
      this.content = live.content();
      this.columnCode = columnCode;
      this.file =
          live.siteId()
              + "/"
              + columnPath
              + "/"
              + content.slug()
              + "."
              + live.language().tag()
              + ".md";
      this.zone = zone;
    }

    Item item(
        Map<Long, LiveItem> byId, Map<Long, FileView> files, Path fileFolder, List<String> dropped)
        throws IOException {
      this.byId = byId;
      this.dropped = dropped;
      PolicyPart policy = content.policy() == null ? null : policy(content.policy());
      InterpretationPart<ItemReference> interpretation = null;
      boolean draft = false;
      if (content.interpretation() != null) {
        List<ItemReference> interprets =
            references(content.interpretation().interprets(), "interpretation.interprets");
        interpretation =
            new InterpretationPart<>(
                interprets,
                InterpretationForm.parse(content.interpretation().form()).orElseThrow());
        draft = interprets.isEmpty();
      }
      GuidePart<ItemReference> guide = content.guide() == null ? null : guide(content.guide());
      FormFile form = null;
      if (content.form() != null && content.form().fileId() != null) {
        FileView stored = files.get(content.form().fileId());
        if (stored != null) {
          form = form(stored, fileFolder);
        }
      }
      Item item = item(policy, interpretation, guide, form, draft, "");
      MessageDigest digest = sha256();
      digest.update(ContentWriter.itemFile(item));
      if (form != null) {
        digest.update(form.sha256().getBytes(StandardCharsets.US_ASCII));
      }
      return item(policy, interpretation, guide, form, draft, hex(digest.digest()));
    }

    private Item item(
        PolicyPart policy,
        InterpretationPart<ItemReference> interpretation,
        GuidePart<ItemReference> guide,
        FormFile form,
        boolean draft,
        String hash) {
      OffsetDateTime published = time(live.firstPublishedAt());
      OffsetDateTime updated =
          Objects.equals(live.lastPublishedAt(), live.firstPublishedAt())
              ? null
              : time(live.lastPublishedAt());
      return new Item(
          live.siteId(),
          columnCode,
          content.slug(),
          live.language().tag(),
          live.type(),
          content.title(),
          content.translationKey(),
          content.summary(),
          content.source(),
          content.tags(),
          published,
          updated,
          draft,
          content.body() == null ? "" : content.body(),
          policy != null
              ? policy
              : interpretation != null
                  ? interpretation
                  : guide != null ? guide : form != null ? new FormPart<>(form) : null,
          file,
          hash);
    }

    private OffsetDateTime time(Instant instant) {
      return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }

    private static PolicyPart policy(PolicyText p) {
      return new PolicyPart(
          new IndexNumber(p.indexNo()),
          p.issuer(),
          p.docNo() == null ? null : new DocumentNumber(p.docNo()),
          p.writtenOn() == null ? null : LocalDate.parse(p.writtenOn()),
          p.subject(),
          p.keywords(),
          p.validity() == null ? Validity.VALID : Validity.parse(p.validity()).orElseThrow(),
          p.validUntil() == null ? null : LocalDate.parse(p.validUntil()));
    }

    private GuidePart<ItemReference> guide(GuidePart<Long> g) {
      return g.withReferences(this::reference);
    }

    private List<ItemReference> references(List<Long> ids, String key) {
      List<ItemReference> references = new ArrayList<>();
      for (Long id : ids) {
        ItemReference reference = reference(id, key);
        if (reference != null && !references.contains(reference)) {
          references.add(reference);
        }
      }
      return references;
    }

    /** The reference to the live item {@code id}, or null (and noted) when it is not live. */
    private ItemReference reference(long id, String key) {
      LiveItem target = byId.get(id);
      if (target == null) {
        dropped.add(file + ": " + key + " -> item " + id);
        return null;
      }
      return new ItemReference(target.siteId(), target.content().translationKey());
    }

    private static FormFile form(FileView stored, Path fileFolder) {
      return new FormFile(
          "files/" + stored.fileName(),
          fileFolder.resolve(stored.sha256()),
          extension(stored.fileName()),
          stored.contentType(),
          stored.size(),
          stored.sha256());
    }
  }

  /** Writes the bytes of each file (SHA-256 → file id) not yet in {@code fileFolder}. */
  private void materialise(Map<String, Long> fileIds, Path fileFolder) throws IOException {
    for (Map.Entry<String, Long> entry : fileIds.entrySet()) {
      Path target = fileFolder.resolve(entry.getKey());
      if (!Files.exists(target)) {
        Path temporary = Files.createTempFile(fileFolder, ".", ".part");
        Files.write(temporary, attachments.content(entry.getValue()));
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
      }
    }
  }

  private static String extension(String fileName) {
    return fileName.substring(fileName.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
