package org.zhanqun.builder.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.zhanqun.model.Parsed;
import org.zhanqun.model.site.Column;
import org.zhanqun.model.site.ColumnCategory;
import org.zhanqun.model.site.ColumnCode;
import org.zhanqun.model.site.ContentType;
import org.zhanqun.model.site.LocalizedText;
import org.zhanqun.model.yaml.Problems;
import org.zhanqun.model.yaml.YamlDocument;
import org.zhanqun.model.yaml.YamlMap;

/**
 * Reads a site's {@code columns.yaml} (docs/content-format.md, columns.yaml) into its column tree.
 * A column with an invalid value is kept in the tree (its invalid values null or empty), so that
 * the items under it are still checked; the problem has been reported.
 */
final class ColumnsFileReader {

  static final String FILE = "columns.yaml";

  private static final List<String> KEYS =
      List.of("code", "names", "category", "types", "children");

  private final List<String> languages;
  private final Problems problems;
  private final Map<String, Integer> codeLines = new HashMap<>();

  private ColumnsFileReader(List<String> languages, Problems problems) {
    this.languages = languages;
    this.problems = problems;
  }

  /**
   * The top-level columns; empty when the file is missing or cannot be read as a list.
   *
   * @param languages the site's languages; empty when not known
   */
  static Optional<List<Column>> read(Path siteFolder, List<String> languages, Problems problems) {
    Path file = siteFolder.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      problems.add(0, "missing: every site folder needs a columns.yaml (a list of columns)");
      return Optional.empty();
    }
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      problems.add(0, "cannot be read: " + e.getMessage());
      return Optional.empty();
    }
    int before = problems.list().size();
    Optional<Node> root = YamlDocument.compose(text, 1, problems);
    if (root.isEmpty()) {
      return problems.list().size() > before ? Optional.empty() : Optional.of(List.of());
    }
    if (!(root.get() instanceof SequenceNode sequence)) {
      problems.add(
          root.get().getStartMark().getLine() + 1, "columns.yaml must be a list of columns");
      return Optional.empty();
    }
    return Optional.of(new ColumnsFileReader(languages, problems).columns(sequence, "", "columns"));
  }

  private List<Column> columns(SequenceNode sequence, String parentPath, String what) {
    List<Column> columns = new ArrayList<>();
    for (Node element : sequence.getValue()) {
      YamlMap.of(element, "", "each of " + what, 1, problems)
          .flatMap(yaml -> column(yaml, parentPath))
          .ifPresent(columns::add);
    }
    return columns;
  }

  private Optional<Column> column(YamlMap yaml, String parentPath) {
    yaml.allowOnly(KEYS);
    Optional<String> code = yaml.requiredText("code");
    if (code.isEmpty()) {
      return Optional.empty();
    }
    String c = code.get();
    Parsed<ColumnCode> columnCode = ColumnCode.parse(c);
    if (!columnCode.isValid()) {
      yaml.problem("code", columnCode.reason().orElseThrow());
      return Optional.empty();
    }
    Integer earlier = codeLines.putIfAbsent(c, yaml.line("code"));
    if (earlier != null) {
      yaml.problem("code", "'" + c + "' is already the code of the column on line " + earlier);
      return Optional.empty();
    }
    String path = parentPath.isEmpty() ? c : parentPath + "/" + c;
    LocalizedText names =
        LanguageTags.names(yaml, "names", languages, "the site", 200)
            .orElse(new LocalizedText(Map.of()));
    ColumnCategory category =
        yaml.requiredText("category")
            .flatMap(
                text -> {
                  Optional<ColumnCategory> found = ColumnCategory.fromCode(text);
                  if (found.isEmpty()) {
                    yaml.problem(
                        "category",
                        "'"
                            + text
                            + "' is not a column category ("
                            + String.join(
                                ", ",
                                Arrays.stream(ColumnCategory.values())
                                    .map(ColumnCategory::code)
                                    .toList())
                            + ")");
                  }
                  return found;
                })
            .orElse(null);
    List<ContentType> types = types(yaml);
    List<Column> children =
        yaml.sequence("children")
            .map(
                nodes ->
                    columns(
                        (SequenceNode) yaml.node("children").orElseThrow(),
                        path,
                        "children of " + path))
            .orElse(List.of());
    return Optional.of(new Column(c, path, names, category, types, children));
  }

  private List<ContentType> types(YamlMap yaml) {
    if (!yaml.has("types")) {
      yaml.missing("types");
      return List.of();
    }
    List<ContentType> types = new ArrayList<>();
    Optional<List<Node>> elements = yaml.sequence("types");
    for (Node element : elements.orElse(List.of())) {
      yaml.text(element, yaml.path("types"))
          .ifPresent(
              text -> {
                Optional<ContentType> type = ContentType.fromCode(text);
                if (type.isEmpty()) {
                  problems.add(
                      yaml.line(element),
                      yaml.path("types")
                          + ": '"
                          + text
                          + "' is not a content type ("
                          + typeCodes()
                          + ")");
                } else if (types.contains(type.get())) {
                  problems.add(
                      yaml.line(element), yaml.path("types") + ": '" + text + "' is listed twice");
                } else {
                  types.add(type.get());
                }
              });
    }
    if (elements.map(List::isEmpty).orElse(false)) {
      yaml.problem("types", "must list at least one content type");
    }
    return types;
  }

  static String typeCodes() {
    return String.join(", ", Arrays.stream(ContentType.values()).map(ContentType::code).toList());
  }
}
