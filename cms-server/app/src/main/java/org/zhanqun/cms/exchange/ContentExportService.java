package org.zhanqun.cms.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.zhanqun.builder.source.ContentSet;
import org.zhanqun.builder.source.ContentWriter;
import org.zhanqun.cms.interaction.LetterChannels;
import org.zhanqun.cms.publish.PublishedContentSet;
import org.zhanqun.cms.security.CurrentCaller;
import org.zhanqun.model.interaction.PublicInteraction;

/**
 * Exports the published state of the cluster — every site, its column tree and every live item's
 * published revision with its form file — to a new or empty folder in the content format. Drafts,
 * working copies and history are not exported. The folder lies inside the exchange folder ({@link
 * ExchangeFolder}). Administrators only.
 */
@ApplicationScoped
@Transactional
public class ContentExportService {

  private static final Logger LOG = Logger.getLogger(ContentExportService.class.getName());

  private final ContentWriter writer = new ContentWriter();

  @Inject CurrentCaller currentCaller;
  @Inject ExchangeFolder exchange;
  @Inject PublishedContentSet published;
  @Inject LetterChannels letterChannels;

  public ExportReportView exportTo(String folder) {
    currentCaller.requireAdministrator();
    Path target = exchange.folderToExport(folder);
    long started = System.nanoTime();
    Path fileFolder = null;
    try {
      if (Files.exists(target)) {
        try (Stream<Path> entries = Files.list(target)) {
          if (entries.findAny().isPresent()) {
            throw UnusableFolderException.notEmpty(folder);
          }
        }
      }
      fileFolder = Files.createTempDirectory("zhanqun-export-files");
      PublishedContentSet.Result loaded = published.load(fileFolder);
      // an interpretation whose policies are all withdrawn is live but not published (a draft
      // in the content set), and the format has no interpretation without a policy
      ContentSet content =
          new ContentSet(
              loaded.content().cluster(),
              loaded.content().items().stream().filter(item -> !item.draft()).toList(),
              // the channels only: letters and personal data never leave the server
              PublicInteraction.ofChannels(letterChannels.channels()));
      PublishedContentSet.Result result =
          new PublishedContentSet.Result(content, loaded.droppedReferences());
      writer.write(result.content(), target);
      ExportReportView report =
          new ExportReportView(
              exchange.shown(target),
              result.content().cluster().sites().size(),
              result.content().cluster().sites().stream()
                  .mapToInt(s -> s.allColumns().size())
                  .sum(),
              result.content().items().size(),
              (int) result.content().items().stream().filter(i -> i.form() != null).count(),
              result.droppedReferences(),
              (System.nanoTime() - started) / 1_000_000);
      LOG.info(() -> "exported to " + target + ": " + report);
      return report;
    } catch (IOException e) {
      throw new UncheckedIOException("export to " + target + " failed", e);
    } finally {
      deleteQuietly(fileFolder);
    }
  }

  private static void deleteQuietly(Path folder) {
    if (folder == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      LOG.warning(() -> "cannot delete the temporary folder " + folder + ": " + e.getMessage());
    }
  }
}
