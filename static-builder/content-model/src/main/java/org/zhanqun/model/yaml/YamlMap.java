package org.zhanqun.model.yaml;

import java.math.BigDecimal;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.zhanqun.model.Parsed;

/**
 * A YAML mapping with typed, line-aware access to its keys. Every accessor reports a problem naming
 * the key's full path (e.g. {@code policy.indexNo}) and its line, and answers empty, when the value
 * is not of the expected kind; absent keys and YAML nulls ({@code ~}, nothing) read as absent. Not
 * thread-safe.
 */
public final class YamlMap {

  private static final Pattern DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]+)?");
  private static final Pattern NEGATIVE_DECIMAL = Pattern.compile("-[0-9]+(\\.[0-9]+)?");
  private static final Pattern PERIOD = Pattern.compile("P([0-9]+[YMWD])+");

  private final MappingNode node;
  private final String prefix;
  private final int firstLine;
  private final Problems problems;
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

  private YamlMap(MappingNode node, String prefix, int firstLine, Problems problems) {
    this.node = node;
    this.prefix = prefix;
    this.firstLine = firstLine;
    this.problems = problems;
    for (NodeTuple tuple : node.getValue()) {
      Node key = tuple.getKeyNode();
      if (!(key instanceof ScalarNode scalar)) {
        problems.add(line(key), where() + "a key must be text");
        continue;
      }
      NodeTuple earlier = entries.putIfAbsent(scalar.getValue(), tuple);
      if (earlier != null) {
        problems.add(
            line(key),
            "key '"
                + path(scalar.getValue())
                + "' is given twice (first on line "
                + line(earlier.getKeyNode())
                + ")");
      }
    }
  }

  private YamlMap(YamlMap named, String prefix) {
    this.node = named.node;
    this.prefix = prefix;
    this.firstLine = named.firstLine;
    this.problems = named.problems;
    this.entries.putAll(named.entries);
  }

  /**
   * {@code node} as a mapping; reports a problem and answers empty when it is something else.
   *
   * @param prefix the path of this mapping followed by a dot, or {@code ""} at the top
   * @param what what the mapping holds, for the message ("the front matter", "cluster.yaml")
   */
  public static Optional<YamlMap> of(
      Node node, String prefix, String what, int firstLine, Problems problems) {
    if (node instanceof MappingNode mapping) {
      return Optional.of(new YamlMap(mapping, prefix, firstLine, problems));
    }
    problems.add(lineOf(node, firstLine), what + " must be a mapping of keys to values");
    return Optional.empty();
  }

  /** The line, in the file, on which {@code node} starts. */
  public int line(Node node) {
    return lineOf(node, firstLine);
  }

  private static int lineOf(Node node, int firstLine) {
    return node == null ? Math.max(firstLine - 1, 1) : node.getStartMark().getLine() + firstLine;
  }

  /** The line of this mapping's first key. */
  public int line() {
    return line(node);
  }

  /** The line of {@code key}, or of the mapping when the key is absent. */
  public int line(String key) {
    NodeTuple tuple = entries.get(key);
    return tuple == null ? line() : line(tuple.getKeyNode());
  }

  /** The line of {@code key}'s value, or of the mapping when the key is absent. */
  public int valueLine(String key) {
    NodeTuple tuple = entries.get(key);
    return tuple == null ? line() : line(tuple.getValueNode());
  }

  public String path(String key) {
    return prefix + key;
  }

  public Problems problems() {
    return problems;
  }

  /**
   * Every key as written, in the file's order, including keys whose value is null: a mapping of
   * arbitrary keys (e.g. one entry per category) is read by walking them.
   */
  public Set<String> keys() {
    return entries.keySet();
  }

  /**
   * This mapping with its keys named {@code path.key} in problems from now on; problems already
   * reported stay as they were. For an element of a list once its id is known, e.g. {@code
   * rules[backdated]} instead of {@code rules[]}.
   */
  public YamlMap named(String path) {
    return new YamlMap(this, path + ".");
  }

  /** Whether {@code key} is given with a value other than null. */
  public boolean has(String key) {
    NodeTuple tuple = entries.get(key);
    return tuple != null && !isNull(tuple.getValueNode());
  }

  /** Reports every key not in {@code allowed}. */
  public void allowOnly(Collection<String> allowed) {
    for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
      if (!allowed.contains(entry.getKey())) {
        problems.add(
            line(entry.getValue().getKeyNode()),
            "unknown key '"
                + path(entry.getKey())
                + "'; expected one of "
                + String.join(", ", allowed));
      }
    }
  }

  /** Reports a problem about {@code key} on the line of its value. */
  public void problem(String key, String reason) {
    problems.add(valueLine(key), path(key) + ": " + reason);
  }

  /** Reports that {@code key} is missing, on the line of the mapping. */
  public void missing(String key) {
    problems.add(line(), path(key) + " is required");
  }

  public Optional<Node> node(String key) {
    NodeTuple tuple = entries.get(key);
    return tuple == null || isNull(tuple.getValueNode())
        ? Optional.empty()
        : Optional.of(tuple.getValueNode());
  }

  /** The text of a scalar, as written. */
  public Optional<String> text(String key) {
    return node(key).flatMap(value -> text(value, path(key)));
  }

  /**
   * The value of {@code key} as {@code parser} reads its text; a refusal is reported as a problem
   * with the key's path, its line and the parser's reason.
   */
  public <T> Optional<T> value(String key, Function<String, Parsed<T>> parser) {
    return text(key)
        .flatMap(
            text -> {
              Parsed<T> parsed = parser.apply(text);
              parsed.reason().ifPresent(reason -> problem(key, reason));
              return parsed.value();
            });
  }

  /** The text of a scalar that must be given and not blank, stripped. */
  public Optional<String> requiredText(String key) {
    if (!has(key)) {
      missing(key);
      return Optional.empty();
    }
    Optional<String> text = text(key);
    if (text.isPresent() && text.get().isBlank()) {
      problem(key, "must not be blank");
      return Optional.empty();
    }
    return text.map(String::strip);
  }

  /** {@code value} as a scalar's text; reports a problem about {@code path} otherwise. */
  public Optional<String> text(Node value, String path) {
    if (value instanceof ScalarNode scalar) {
      return Optional.of(scalar.getValue());
    }
    problems.add(line(value), path + ": expected text, found " + kind(value));
    return Optional.empty();
  }

  public Optional<Boolean> bool(String key) {
    return text(key)
        .flatMap(
            text -> {
              switch (text.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "on":
                  return Optional.of(true);
                case "false", "no", "off":
                  return Optional.of(false);
                default:
                  problem(key, "expected true or false, found '" + text + "'");
                  return Optional.empty();
              }
            });
  }

  /** A whole number of at least zero. */
  public Optional<Integer> count(String key) {
    return text(key)
        .flatMap(
            text -> {
              try {
                int value = Integer.parseInt(text.strip());
                if (value < 0) {
                  problem(key, "must not be negative, found " + value);
                  return Optional.empty();
                }
                return Optional.of(value);
              } catch (NumberFormatException e) {
                problem(key, "expected a whole number of at least 0, found '" + text + "'");
                return Optional.empty();
              }
            });
  }

  /**
   * A decimal number of at least zero, written in digits with an optional fraction ({@code 60},
   * {@code 0.5}); no sign, no exponent.
   */
  public Optional<BigDecimal> decimal(String key) {
    return value(
        key,
        written -> {
          String text = written.strip();
          if (NEGATIVE_DECIMAL.matcher(text).matches()) {
            return Parsed.refused("must not be negative, found " + text);
          }
          if (!DECIMAL.matcher(text).matches()) {
            return Parsed.refused("expected a number of at least 0, found '" + text + "'");
          }
          return Parsed.of(new BigDecimal(text));
        });
  }

  /**
   * An ISO 8601 period of years, months, weeks and days above zero ({@code P14D}, {@code P6M},
   * {@code P1Y}); no time part, no sign.
   */
  public Optional<Period> period(String key) {
    return value(
        key,
        written -> {
          String text = written.strip();
          try {
            if (PERIOD.matcher(text).matches()) {
              Period period = Period.parse(text);
              if (!period.isZero()) {
                return Parsed.of(period);
              }
            }
          } catch (DateTimeParseException e) {
            // an amount beyond int: refused below, with the expected form
          }
          return Parsed.refused(
              "expected an ISO 8601 period such as P14D, P6M or P1Y (above zero), found '"
                  + text
                  + "'");
        });
  }

  /** The elements of a sequence. */
  public Optional<List<Node>> sequence(String key) {
    return node(key)
        .flatMap(
            value -> {
              if (value instanceof SequenceNode sequence) {
                return Optional.of(sequence.getValue());
              }
              problem(key, "expected a list, found " + kind(value));
              return Optional.empty();
            });
  }

  /** A sequence of texts; null elements are reported. */
  public Optional<List<String>> texts(String key) {
    return sequence(key)
        .map(
            elements -> {
              List<String> texts = new ArrayList<>(elements.size());
              for (Node element : elements) {
                if (isNull(element)) {
                  problems.add(line(element), path(key) + ": an element is empty");
                } else {
                  text(element, path(key)).ifPresent(texts::add);
                }
              }
              return texts;
            });
  }

  /**
   * A sequence of texts, each as {@code parser} reads it, in order; an empty element, a refusal or
   * a value given twice is reported on the element's line and left out.
   */
  public <T> Optional<List<T>> values(String key, Function<String, Parsed<T>> parser) {
    String path = path(key);
    return sequence(key)
        .map(
            elements -> {
              List<T> values = new ArrayList<>(elements.size());
              for (Node element : elements) {
                int line = line(element);
                if (isNull(element)) {
                  problems.add(line, path + ": an element is empty");
                  continue;
                }
                Optional<String> text = text(element, path);
                if (text.isEmpty()) {
                  continue;
                }
                Parsed<T> parsed = parser.apply(text.get());
                parsed.reason().ifPresent(reason -> problems.add(line, path + ": " + reason));
                Optional<T> value = parsed.value();
                if (value.isPresent() && values.contains(value.get())) {
                  problems.add(line, path + ": '" + text.get() + "' is given twice");
                } else {
                  value.ifPresent(values::add);
                }
              }
              return values;
            });
  }

  /** The mapping under {@code key}. */
  public Optional<YamlMap> map(String key) {
    return node(key).flatMap(value -> of(value, path(key) + ".", path(key), firstLine, problems));
  }

  /** An element of a sequence under {@code key} as a mapping. */
  public Optional<YamlMap> element(Node value, String key) {
    return of(value, path(key) + "[].", "each element of " + path(key), firstLine, problems);
  }

  /**
   * The elements of a sequence under {@code key} as mappings, named {@code key[].}; an element that
   * is not a mapping is reported and left out.
   */
  public Optional<List<YamlMap>> elements(String key) {
    return sequence(key)
        .map(
            nodes ->
                nodes.stream().map(node -> element(node, key)).flatMap(Optional::stream).toList());
  }

  private String where() {
    return prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1) + ": ";
  }

  public static boolean isNull(Node node) {
    return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
  }

  private static String kind(Node node) {
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    return "text";
  }
}
