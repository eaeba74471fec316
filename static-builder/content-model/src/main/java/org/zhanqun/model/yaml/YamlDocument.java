package org.zhanqun.model.yaml;

import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Composes YAML text into a SnakeYAML node tree, which keeps the line of every key and value.
 * Values are never constructed into Java objects: the readers take each scalar's text as written,
 * so that {@code "2201000002"} and {@code 2201000002} read alike and nothing is guessed.
 * Thread-safe: each call builds its own parser.
 */
public final class YamlDocument {

  private YamlDocument() {}

  /**
   * The root of {@code text} as a mapping; empty when the text holds no document (nothing is
   * reported), is not valid YAML or is not a mapping (both are reported).
   *
   * @param what what the text holds, for the message ("the rules file", "cluster.yaml")
   * @param firstLine the line of the file on which {@code text} starts, 1-based
   */
  public static Optional<YamlMap> mapping(
      String text, String what, int firstLine, Problems problems) {
    return compose(text, firstLine, problems)
        .flatMap(root -> YamlMap.of(root, "", what, firstLine, problems));
  }

  /**
   * The root node of {@code text}, empty when the text holds no document (then nothing is reported)
   * or is not valid YAML (then a problem with the line and SnakeYAML's reason is).
   *
   * @param firstLine the line of the file on which {@code text} starts, 1-based
   */
  public static Optional<Node> compose(String text, int firstLine, Problems problems) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true); // reported by YamlMap, with both lines
    options.setMaxAliasesForCollections(50);
    try {
      Composer composer =
          new Composer(new ParserImpl(new StreamReader(text), options), new Resolver(), options);
      return Optional.ofNullable(composer.getSingleNode());
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      int line = mark != null ? mark.getLine() + firstLine : firstLine;
      String reason = e.getProblem() != null ? e.getProblem() : e.getContext();
      String context =
          e.getContext() != null && e.getProblem() != null ? " (" + e.getContext() + ")" : "";
      problems.add(line, "invalid YAML: " + reason + context);
      return Optional.empty();
    } catch (YAMLException e) {
      problems.add(firstLine, "invalid YAML: " + e.getMessage());
      return Optional.empty();
    }
  }
}
