package org.zhanqun.cms.exchange;

import static java.util.stream.Collectors.toSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.zhanqun.builder.source.ContentReader;
import org.zhanqun.builder.source.ContentSet;
import org.zhanqun.builder.source.InvalidContentException;
import org.zhanqun.cms.attachment.AttachmentService;
import org.zhanqun.cms.attachment.ImportedFile;
import org.zhanqun.cms.content.ItemContent;
import org.zhanqun.cms.content.ItemImport;
import org.zhanqun.cms.content.ItemImportResult;
import org.zhanqun.cms.content.ItemImportService;
import org.zhanqun.cms.content.policy.InterpretationDetails;
import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.FieldError;
import org.zhanqun.cms.interaction.LetterChannels;
import org.zhanqun.cms.proofreading.BlockingFindingsException;
import org.zhanqun.cms.proofreading.FindingView;
import org.zhanqun.cms.proofreading.ServerProofreader;
import org.zhanqun.cms.security.CurrentCaller;
import org.zhanqun.cms.site.ImportOutcome;
import org.zhanqun.cms.site.ImportedColumn;
import org.zhanqun.cms.site.SiteIdentification;
import org.zhanqun.cms.site.SiteService;
import org.zhanqun.model.item.GuidePart;
import org.zhanqun.model.item.Item;
import org.zhanqun.model.item.ItemReference;
import org.zhanqun.model.item.PolicyPart;
import org.zhanqun.model.item.PolicyText;
import org.zhanqun.model.site.Column;
import org.zhanqun.model.site.ContentType;
import org.zhanqun.model.site.Identification;
import org.zhanqun.model.site.Language;
import org.zhanqun.model.site.Site;
import org.zhanqun.proofreading.Proofreader;

/**
 * Imports a content folder (docs/content-format.md) in one transaction: the cluster's settings, the
 * sites, their column trees, the items with their references resolved to ids and the form files
 * stored; every item that is not a draft published with the file's times. A folder with problems
 * changes nothing and is answered with all of them. Importing the same folder again changes
 * nothing; what the database holds and the folder does not (sites, columns, items, files) is left
 * alone. Every item is proofread first: findings that block the publication of an item that is not
 * a draft refuse the whole import (422) unless the request allows them; all findings let pass are
 * reported and recorded in each item's trail. Administrators only.
 */
@ApplicationScoped
@Transactional
public class ContentImportService {

  private static final Logger LOG = Logger.getLogger(ContentImportService.class.getName());

  /** Items written between two flushes that empty the persistence context. */
  private static final int BATCH = 100;

  private final ContentReader reader = new ContentReader();

  @Inject CurrentCaller currentCaller;
  @Inject ExchangeFolder exchange;
  @Inject SiteService sites;
  @Inject ItemImportService content;
  @Inject AttachmentService attachments;
  @Inject ServerProofreader proofreader;
  @Inject LetterChannels letterChannels;

  /**
   * Imports {@code folder}, a folder inside the exchange folder ({@link ExchangeFolder}) named
   * relative to it.
   */
  public ImportReportView importFolder(String folder, boolean allowFindings) {
    String actor = currentCaller.requireAdministrator().username();
    return importAs(exchange.folderToImport(folder), actor, allowFindings);
  }

  /**
   * Imports without checking rights, as {@code actor}: for the import at start-up.
   *
   * @param allowFindings whether items with blocking proofreading findings are imported (else the
   *     import is refused with 422 and changes nothing)
   */
  ImportReportView importAs(Path folder, String actor, boolean allowFindings) {
    long started = System.nanoTime();
    ContentSet set;
    try {
      set = reader.read(folder);
    } catch (InvalidContentException e) {
      throw new InvalidContentFolderException(e.problems());
    }
    // proofread before anything is written: a refusal leaves nothing to roll back
    Map<String, List<FindingView>> findings = proofread(set, allowFindings);
    Run run = new Run(set, actor, findings);
    // The order matters: the cluster's languages before the sites', the sites before their
    // columns, the columns before the items, and the policies and forms before the
    // interpretations and guides that refer to them.
    boolean clusterChanged = run.cluster();
    run.sites();
    // the channels after their sites (interaction.yaml)
    letterChannels.importChannels(
        set.interaction().channels(),
        set.cluster().sites().stream().map(Site::id).collect(Collectors.toSet()));
    run.items();
    long millis = (System.nanoTime() - started) / 1_000_000;
    ImportReportView report =
        new ImportReportView(
            clusterChanged,
            run.siteCounts.view(),
            run.columnCounts.view(),
            run.itemCounts.view(),
            run.filesStored,
            run.filesReused,
            millis,
            reported(findings));
    LOG.info(() -> "imported " + folder + " as " + actor + ": " + report);
    return report;
  }

  /**
   * The findings of every item that has some, by item file, in the folder's order; 422 with all of
   * them when one blocks the publication of an item that is not a draft and {@code allowFindings}
   * is false.
   */
  private Map<String, List<FindingView>> proofread(ContentSet set, boolean allowFindings) {
    Proofreader checker = proofreader.proofreader();
    Map<String, List<FindingView>> found = new LinkedHashMap<>();
    for (Item item : set.items()) {
      List<FindingView> findings = checker.check(item).stream().map(FindingView::of).toList();
      if (!findings.isEmpty()) {
        found.put(item.file(), findings);
      }
    }
    // Drafts are imported as drafts, and saving a draft never blocks: only what the import
    // publishes must pass.
    Set<String> published =
        set.items().stream().filter(item -> !item.draft()).map(Item::file).collect(toSet());
    List<FieldError> blocking = new ArrayList<>();
    found.forEach(
        (file, findings) ->
            findings.stream()
                .filter(f -> f.blocks() && published.contains(file))
                .forEach(f -> blocking.add(new FieldError(file + ":" + f.field(), f.reason()))));
    if (!blocking.isEmpty() && !allowFindings) {
      throw new BlockingFindingsException(
          "the import (give allowFindings: true to import them anyway)", blocking, reported(found));
    }
    return found;
  }

  private static List<ImportFindingView> reported(Map<String, List<FindingView>> findings) {
    return findings.entrySet().stream()
        .flatMap(e -> e.getValue().stream().map(f -> ImportFindingView.of(e.getKey(), f)))
        .toList();
  }

  /** The folder the configuration names for the import at start-up: any absolute path. */
  static Path absolute(String folder) {
    Path path = Path.of(folder);
    if (!path.isAbsolute()) {
      throw UnusableFolderException.invalid(folder, "is not an absolute path on the server");
    }
    return path.normalize();
  }

  /** One import; confined to the calling thread. */
  private final class Run {

    private final ContentSet set;
    private final String actor;
    private final Map<String, List<FindingView>> findings;
    private final Map<String, Long> columnIds = new HashMap<>();
    private final Map<String, Long> itemIds = new HashMap<>();
    private final Counter siteCounts = new Counter();
    private final Counter columnCounts = new Counter();
    private final Counter itemCounts = new Counter();
    private int filesStored;
    private int filesReused;
    private int itemsInBatch;

    Run(ContentSet set, String actor, Map<String, List<FindingView>> findings) {
      this.set = set;
      this.actor = actor;
      this.findings = findings;
    }

    boolean cluster() {
      org.zhanqun.model.site.Cluster cluster = set.cluster();
      return sites.importCluster(
          cluster.id(),
          cluster.names().byLanguage(),
          cluster.baseUrl().toString(),
          new Language(cluster.defaultLanguage()),
          languages(cluster.languages()),
          cluster.timeZone());
    }

    void sites() {
      List<Site> all = set.cluster().sites();
      for (int position = 0; position < all.size(); position++) {
        Site site = all.get(position);
        try {
          siteCounts.add(
              sites.importSite(
                  site.id(),
                  site.kind(),
                  site.names().byLanguage(),
                  site.department(),
                  site.path(),
                  site.theme(),
                  languages(site.languages()),
                  identification(site.identification()),
                  position));
        } catch (DomainException e) {
          throw new ImportConflictException(site.id() + "/site.yaml", e);
        }
        columns(site.id(), null, site.columns());
      }
    }

    private void columns(String siteId, Long parentId, List<Column> columns) {
      for (int position = 0; position < columns.size(); position++) {
        Column column = columns.get(position);
        Set<ContentType> types = EnumSet.noneOf(ContentType.class);
        types.addAll(column.types());
        ImportedColumn imported =
            sites.importColumn(
                siteId,
                column.code(),
                parentId,
                column.names().byLanguage(),
                column.category(),
                types,
                position);
        columnCounts.add(imported.outcome());
        columnIds.put(siteId + "/" + column.code(), imported.id());
        columns(siteId, imported.id(), column.children());
      }
    }

    void items() {
      List<Item> referring = new ArrayList<>();
      for (Item item : set.items()) {
        if (item.interpretation() != null || item.guide() != null) {
          referring.add(item);
        } else {
          item(item);
        }
      }
      referring.forEach(this::item);
    }

    private void item(Item item) {
      if (++itemsInBatch == BATCH) {
        content.endImportBatch();
        itemsInBatch = 0;
      }
      ItemContent itemContent = content(item);
      Instant first = item.published() == null ? null : item.published().toInstant();
      Instant last = item.updated() == null ? first : item.updated().toInstant();
      ItemImportResult result;
      try {
        result =
            content.importItem(
                new ItemImport(
                    item.site(),
                    item.type(),
                    new Language(item.language()),
                    itemContent,
                    item.draft(),
                    item.draft() ? null : first,
                    item.draft() ? null : last,
                    findings.getOrDefault(item.file(), List.of())),
                actor);
      } catch (DomainException e) {
        throw new ImportConflictException(item.file(), e);
      }
      itemCounts.add(result.outcome());
      itemIds.put(key(item.site(), item.translationKey(), item.language()), result.itemId());
    }

    private ItemContent content(Item item) {
      PolicyText policy = null;
      if (item.policy() != null) {
        PolicyPart p = item.policy();
        policy = PolicyText.of(p);
      }
      InterpretationDetails interpretation = null;
      if (item.interpretation() != null) {
        interpretation =
            new InterpretationDetails(
                item.interpretation().interprets().stream()
                    .map(r -> resolve(r, item.language()))
                    .toList(),
                item.interpretation().form().code());
      }
      GuidePart<Long> guide = item.guide() == null ? null : guide(item);
      ItemContent.FormDetails form = null;
      if (item.form() != null) {
        form = new ItemContent.FormDetails(storeFile(item));
      }
      return new ItemContent(
          columnIds.get(item.site() + "/" + item.column()),
          item.translationKey(),
          item.slug(),
          item.title(),
          item.summary(),
          item.body(),
          item.source(),
          item.tags(),
          policy,
          interpretation,
          guide,
          form);
    }

    private GuidePart<Long> guide(Item item) {
      return item.guide().withReferences((reference, field) -> resolve(reference, item.language()));
    }

    private long storeFile(Item item) {
      byte[] data;
      try {
        data = Files.readAllBytes(item.form().location());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + item.form().location(), e);
      }
      ImportedFile file = attachments.importFile(item.site(), item.form().fileName(), data, actor);
      if (file.created()) {
        filesStored++;
      } else {
        filesReused++;
      }
      return file.fileId();
    }

    /** The id of the version the reference resolves to; the reader checked that there is one. */
    private long resolve(ItemReference reference, String language) {
      Item target =
          set.resolve(reference, language)
              .orElseThrow(() -> new IllegalStateException("unresolved " + reference));
      Long id = itemIds.get(key(target.site(), target.translationKey(), target.language()));
      if (id == null) {
        throw new IllegalStateException(reference + " is not imported before its referrers");
      }
      return id;
    }
  }

  private static String key(String site, String translationKey, String language) {
    return site + "/" + translationKey + "/" + language;
  }

  private static List<Language> languages(List<String> tags) {
    return tags.stream().map(Language::new).collect(Collectors.toList());
  }

  private static SiteIdentification identification(Identification id) {
    if (id == null || id.equals(Identification.NONE)) {
      return null;
    }
    return new SiteIdentification(
        id.siteCode(), id.icp(), id.publicSecurity(), id.phone(), id.email(), id.address());
  }

  private static <T> List<T> emptyToNull(List<T> list) {
    return list == null || list.isEmpty() ? null : list;
  }

  /** Counts outcomes; not thread-safe. */
  private static final class Counter {
    private int created;
    private int updated;
    private int unchanged;

    void add(ImportOutcome outcome) {
      switch (outcome) {
        case CREATED -> created++;
        case UPDATED -> updated++;
        case UNCHANGED -> unchanged++;
      }
    }

    ImportReportView.Counts view() {
      return new ImportReportView.Counts(created, updated, unchanged);
    }
  }
}
