package org.zhanqun.builder.proofread;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhanqun.builder.source.ContentSet;
import org.zhanqun.builder.source.ItemFileLines;
import org.zhanqun.model.item.Item;
import org.zhanqun.proofreading.Finding;
import org.zhanqun.proofreading.Proofreader;

/**
 * The folder build's proofreading step: proofreads the items it is about to publish (drafts are not
 * published, so not checked) and words each finding as content problems are worded, {@code
 * file:line: field: category 'text' — suggestion}, with the line of the item file. The caller
 * decides what blocks: {@code zhanqun build} stops at a {@code block} finding unless told to allow
 * them.
 */
public final class PublicationCheck {

  private final ContentProofreading proofreading;
  private final Path contentFolder;

  /**
   * @param contentFolder the folder the content was read from, to give findings their file line
   */
  public PublicationCheck(Proofreader proofreader, Path contentFolder) {
    this.proofreading = new ContentProofreading(proofreader);
    this.contentFolder = contentFolder;
  }

  /**
   * What the check found, each as a line to print.
   *
   * @param blocking the {@code block} findings
   * @param warnings the {@code warn} findings
   */
  public record Outcome(List<String> blocking, List<String> warnings) {

    public boolean blocks() {
      return !blocking.isEmpty();
    }
  }

  /**
   * Proofreads the published items of {@code content}, of the site {@code site} only when given.
   */
  public Outcome check(ContentSet content, Optional<String> site) {
    List<Item> published =
        content.items().stream()
            .filter(item -> !item.draft())
            .filter(item -> site.isEmpty() || site.get().equals(item.site()))
            .toList();
    List<String> blocking = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Map<String, ItemFileLines> files = new HashMap<>();
    for (ItemFinding itemFinding : proofreading.check(published)) {
      ItemFileLines lines = files.computeIfAbsent(itemFinding.item(), this::linesOf);
      String message = message(itemFinding, lines);
      (itemFinding.finding().blocks() ? blocking : warnings).add(message);
    }
    return new Outcome(List.copyOf(blocking), List.copyOf(warnings));
  }

  private ItemFileLines linesOf(String file) {
    try {
      return ItemFileLines.of(
          Files.readString(contentFolder.resolve(file), StandardCharsets.UTF_8));
    } catch (IOException e) {
      return ItemFileLines.of(""); // read a moment ago; without it, findings have no line
    }
  }

  private static String message(ItemFinding itemFinding, ItemFileLines lines) {
    Finding f = itemFinding.finding();
    int line = lines.fileLine(f.field(), f.line(), f.text());
    return itemFinding.item()
        + (line > 0 ? ":" + line : "")
        + ": "
        + f.field()
        + ": "
        + f.category().code()
        + " '"
        + f.text().replaceAll("\\R", " ")
        + "' — "
        + f.suggestion();
  }
}
