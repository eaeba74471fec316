package org.zhanqun.builder.source;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.zhanqun.model.Parsed;
import org.zhanqun.model.interaction.Channel;
import org.zhanqun.model.interaction.PublicInteraction;
import org.zhanqun.model.site.Cluster;
import org.zhanqun.model.site.Column;
import org.zhanqun.model.site.ColumnCode;
import org.zhanqun.model.site.Site;
import org.zhanqun.model.site.SiteId;
import org.zhanqun.model.site.SiteKind;
import org.zhanqun.model.yaml.ContentProblem;
import org.zhanqun.model.yaml.Problems;
import org.zhanqun.proofreading.Dictionary;

/**
 * Reads and validates a {@code content/} folder (docs/content-format.md). Thread-safe and
 * stateless; one may be shared.
 *
 * <p>Every problem is collected before failing, so one run lists them all. The same folder always
 * gives an equal {@link ContentSet} and the same problems in the same order: listings are sorted,
 * and item files, which are read in parallel, are checked against each other in file order. Hidden
 * files and folders (name starting with {@code .}) are skipped; any other file or folder the format
 * has no place for is a problem. The proofreader's operator file ({@link Dictionary#OPERATOR_FILE})
 * may sit beside {@code cluster.yaml}; the proofreading module reads it. So may {@code
 * interaction.yaml}, the sites' letter channels.
 */
public final class ContentReader {

  private static final Comparator<ContentProblem> PROBLEM_ORDER =
      Comparator.comparing(ContentProblem::file)
          .thenComparingInt(ContentProblem::line)
          .thenComparing(ContentProblem::reason);

  /**
   * The content of {@code folder}.
   *
   * @throws InvalidContentException with every problem found, sorted by file and line, when there
   *     is any, and the items that could still be read
   */
  public ContentSet read(Path folder) throws InvalidContentException {
    if (!Files.isDirectory(folder)) {
      throw new InvalidContentException(
          List.of(new ContentProblem(folder.toString(), 0, "is not a folder")));
    }
    return new Run(folder).read();
  }

  /** One reading of one folder; its state is confined to the calling thread. */
  private static final class Run {

    private final Path folder;
    private final List<ContentProblem> problems = new ArrayList<>();
    private final Map<String, SiteSettings> sites = new LinkedHashMap<>();
    private final Map<String, List<Column>> columns = new HashMap<>();
    private final List<ItemFile> itemFiles = new ArrayList<>();

    Run(Path folder) {
      this.folder = folder;
    }

    ContentSet read() throws InvalidContentException {
      // The order matters: cluster.yaml gives the languages and time zone the sites and items
      // are read with; each site.yaml the languages its columns and items are read with; every
      // item file must be read before the checks across items.
      Problems clusterProblems = new Problems(ClusterSettings.FILE);
      ClusterSettings cluster = ClusterFileReader.read(folder, clusterProblems);
      readSites(cluster, clusterProblems);
      problems.addAll(clusterProblems.list());
      Problems interactionProblems = new Problems(InteractionFileReader.FILE);
      List<Channel> channels = InteractionFileReader.read(folder, sites, interactionProblems);
      problems.addAll(interactionProblems.list());
      itemFiles.sort(Comparator.comparing(ItemFile::file));
      List<ReadItem> items = itemFiles.parallelStream().map(ItemFileReader::read).toList();
      for (ReadItem item : items) {
        problems.addAll(item.problems());
      }
      problems.addAll(ItemChecks.acrossItems(items, sites));
      if (!problems.isEmpty()) {
        throw new InvalidContentException(
            problems.stream().sorted(PROBLEM_ORDER).toList(),
            items.stream().map(ReadItem::item).filter(Objects::nonNull).toList());
      }
      List<Site> siteList =
          cluster.sites().stream().map(id -> sites.get(id).toSite(columns.get(id))).toList();
      return new ContentSet(
          new Cluster(
              cluster.id(),
              cluster.names(),
              cluster.baseUrl(),
              cluster.defaultLanguage(),
              cluster.languages(),
              cluster.timeZone(),
              siteList),
          items.stream().map(ReadItem::item).toList(),
          PublicInteraction.ofChannels(channels));
    }

    private void readSites(ClusterSettings cluster, Problems clusterProblems) {
      List<String> folders = new ArrayList<>();
      for (Path entry : sortedEntries(folder, "")) {
        String name = entry.getFileName().toString();
        if (Files.isDirectory(entry)) {
          Parsed<SiteId> id = SiteId.parse(name);
          if (!id.isValid()) {
            problems.add(new ContentProblem(name, 0, "folder name: " + id.reason().orElseThrow()));
          } else {
            folders.add(name);
          }
        } else if (!name.equals(ClusterSettings.FILE)
            && !name.equals(Dictionary.OPERATOR_FILE)
            && !name.equals(InteractionFileReader.FILE)) {
          problems.add(
              new ContentProblem(
                  name,
                  0,
                  "unexpected file: the content folder holds cluster.yaml, "
                      + InteractionFileReader.FILE
                      + ", "
                      + Dictionary.OPERATOR_FILE
                      + " and site folders"));
        }
      }
      if (!cluster.sites().isEmpty()) {
        for (String site : folders) {
          if (!cluster.siteLines().containsKey(site)) {
            clusterProblems.add(
                cluster.sitesLine(), "sites: does not list the site folder '" + site + "'");
          }
        }
        for (String site : cluster.sites()) {
          if (!folders.contains(site)) {
            clusterProblems.add(
                cluster.siteLines().get(site), "sites: '" + site + "' has no site folder");
          }
        }
      }
      for (String site : folders) {
        readSite(site, cluster);
      }
      checkAcrossSites(cluster, clusterProblems);
    }

    private void readSite(String id, ClusterSettings cluster) {
      Path siteFolder = folder.resolve(id);
      Problems siteProblems = new Problems(id + "/" + SiteSettings.FILE);
      SiteSettings settings =
          SiteFileReader.read(siteFolder, id, cluster.languages(), siteProblems);
      problems.addAll(siteProblems.list());
      sites.put(id, settings);
      Problems columnProblems = new Problems(id + "/" + ColumnsFileReader.FILE);
      Optional<List<Column>> tree =
          ColumnsFileReader.read(siteFolder, settings.languages(), columnProblems);
      problems.addAll(columnProblems.list());
      tree.ifPresent(top -> columns.put(id, top));
      walkSite(siteFolder, settings, tree.orElse(null), cluster.zoneOrUtc());
    }

    /** Exactly one portal; each site path at most once. */
    private void checkAcrossSites(ClusterSettings cluster, Problems clusterProblems) {
      String portal = null;
      Map<String, String> paths = new HashMap<>();
      for (String id : cluster.sites()) {
        SiteSettings site = sites.get(id);
        if (site == null) {
          continue;
        }
        if (site.kind() == SiteKind.PORTAL) {
          if (portal == null) {
            portal = id;
          } else {
            problems.add(
                new ContentProblem(
                    site.file(),
                    site.kindLine(),
                    "kind: a second portal; site '" + portal + "' is already the portal"));
          }
        }
        if (site.path() != null) {
          String earlier = paths.putIfAbsent(site.path(), id);
          if (earlier != null) {
            problems.add(
                new ContentProblem(
                    site.file(),
                    site.pathLine(),
                    "path: '" + site.path() + "' is already the path of site '" + earlier + "'"));
          }
        }
      }
      boolean kindsKnown =
          cluster.sites().stream()
              .allMatch(id -> sites.containsKey(id) && sites.get(id).kind() != null);
      if (portal == null && !cluster.sites().isEmpty() && kindsKnown) {
        clusterProblems.add(
            cluster.sitesLine(), "sites: none is the portal; one site.yaml must say kind: portal");
      }
    }

    private void walkSite(Path siteFolder, SiteSettings site, List<Column> top, ZoneId zone) {
      Map<String, Column> allColumns = new HashMap<>();
      if (top != null) {
        top.stream().flatMap(Column::selfAndDescendants).forEach(c -> allColumns.put(c.code(), c));
      }
      String rel = site.id();
      for (Path entry : sortedEntries(siteFolder, rel)) {
        String name = entry.getFileName().toString();
        if (Files.isDirectory(entry)) {
          if (top == null) {
            continue; // columns.yaml could not be read; its problem is reported
          }
          Optional<Column> column = top.stream().filter(c -> c.code().equals(name)).findFirst();
          if (column.isPresent()) {
            walkColumn(entry, rel + "/" + name, column.get(), site, allColumns, zone);
          } else {
            noColumn(rel + "/" + name, name, site.id(), allColumns);
          }
        } else if (!name.equals(SiteSettings.FILE) && !name.equals(ColumnsFileReader.FILE)) {
          problems.add(
              new ContentProblem(
                  rel + "/" + name,
                  0,
                  name.endsWith(".md")
                      ? "an item file belongs in a column's folder, not in the site's"
                      : "unexpected file: a site folder holds site.yaml, columns.yaml and column"
                          + " folders"));
        }
      }
    }

    private void walkColumn(
        Path columnFolder,
        String rel,
        Column column,
        SiteSettings site,
        Map<String, Column> allColumns,
        ZoneId zone) {
      for (Path entry : sortedEntries(columnFolder, rel)) {
        String name = entry.getFileName().toString();
        String entryRel = rel + "/" + name;
        if (Files.isDirectory(entry)) {
          if (name.equals(ColumnCode.FILES_FOLDER)) {
            continue; // read when a form item names a file
          }
          Optional<Column> child =
              column.children().stream().filter(c -> c.code().equals(name)).findFirst();
          if (child.isPresent()) {
            walkColumn(entry, entryRel, child.get(), site, allColumns, zone);
          } else {
            noColumn(entryRel, name, site.id(), allColumns);
          }
        } else if (name.endsWith(".md")) {
          itemFiles.add(new ItemFile(entry, entryRel, site.id(), column, site.languages(), zone));
        } else {
          problems.add(
              new ContentProblem(
                  entryRel,
                  0,
                  "unexpected file: item files are named <slug>.<language>.md, and a column's"
                      + " files belong in its files/ folder"));
        }
      }
    }

    private void noColumn(String rel, String name, String site, Map<String, Column> allColumns) {
      Column elsewhere = allColumns.get(name);
      String hint =
          elsewhere != null
              ? "; column '" + name + "' has the folder " + site + "/" + elsewhere.path()
              : "";
      problems.add(
          new ContentProblem(
              rel,
              0,
              "folder '"
                  + name
                  + "' is not a column here: columns.yaml of "
                  + site
                  + " has no such column at this place"
                  + hint));
    }

    private List<Path> sortedEntries(Path dir, String rel) {
      List<Path> entries = new ArrayList<>();
      try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
        for (Path entry : stream) {
          if (!entry.getFileName().toString().startsWith(".")) {
            entries.add(entry);
          }
        }
      } catch (IOException e) {
        problems.add(
            new ContentProblem(
                rel.isEmpty() ? "." : rel, 0, "cannot be listed: " + e.getMessage()));
      }
      entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
      return entries;
    }
  }
}
