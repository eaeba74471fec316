package org.zhanqun.audit.rule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;
import org.zhanqun.audit.rule.RuleCatalog.Entry;
import org.zhanqun.audit.rule.RuleCatalog.Parameter;
import org.zhanqun.model.site.ColumnCategory;

/**
 * Reads a rules file (docs/audit.md, "The rules file"). The YAML is composed into a node tree so
 * that every problem carries its line, as the builder's content reader does; values are taken as
 * written, never guessed by YAML's type resolution. Every problem is collected before failing.
 * Stateless and thread-safe.
 */
public final class RulesFile {

  /** The national indicators (国办秘函〔2019〕19号), the default rules. */
  public static final String NATIONAL_DEFAULT = "national-2019.yaml";

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,63}");
  private static final Pattern NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)?");
  private static final Pattern SIGNED_NUMBER = Pattern.compile("-[0-9]+(\\.[0-9]+)?");
  private static final Pattern COUNT = Pattern.compile("[0-9]+");
  private static final Pattern PERIOD = Pattern.compile("P([0-9]+[YMWD])+");

  private RulesFile() {}

  /** The default rules shipped in this jar. */
  public static Rules nationalDefault() {
    try (InputStream in = RulesFile.class.getResourceAsStream(NATIONAL_DEFAULT)) {
      if (in == null) {
        throw new IllegalStateException(NATIONAL_DEFAULT + " is missing from the jar");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), NATIONAL_DEFAULT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InvalidRulesException e) {
      throw new IllegalStateException("the shipped rules are invalid: " + e.problems(), e);
    }
  }

  /**
   * The rules in {@code file}.
   *
   * @throws InvalidRulesException with every problem, by line, when there is any (including a file
   *     that cannot be read)
   */
  public static Rules read(Path file) throws InvalidRulesException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | UncheckedIOException e) {
      throw new InvalidRulesException(
          List.of(new RulesProblem(file.toString(), 0, "cannot be read: " + e.getMessage())));
    }
    return parse(text, file.toString());
  }

  /**
   * The rules in {@code text}; {@code fileName} names the file in problems.
   *
   * @throws InvalidRulesException with every problem, by line, when there is any
   */
  public static Rules parse(String text, String fileName) throws InvalidRulesException {
    Reading reading = new Reading(fileName);
    Optional<Rules> rules = reading.read(text);
    if (!reading.problems.isEmpty() || rules.isEmpty()) {
      List<RulesProblem> sorted =
          reading.problems.stream()
              .sorted(Comparator.comparingInt(RulesProblem::line))
              .distinct()
              .toList();
      throw new InvalidRulesException(
          sorted.isEmpty() ? List.of(new RulesProblem(fileName, 0, "holds no rules")) : sorted);
    }
    return rules.get();
  }

  /** One reading of one file; collects its problems. Not thread-safe. */
  private static final class Reading {

    private final String file;
    private final List<RulesProblem> problems = new ArrayList<>();

    Reading(String file) {
      this.file = file;
    }

    Optional<Rules> read(String text) {
      Optional<Node> root = compose(text);
      if (root.isEmpty()) {
        return Optional.empty();
      }
      Optional<Fields> top = mapping(root.get(), "the rules file");
      if (top.isEmpty()) {
        return Optional.empty();
      }
      Fields f = top.get();
      f.allowOnly(
          "version",
          "source",
          "passMark",
          "grades",
          "freshness",
          "categories",
          "dimensions",
          "rules");
      Optional<String> version = f.requiredText("version");
      String source = f.text("source").orElse("");
      Optional<BigDecimal> passMark = f.required("passMark").flatMap(n -> decimal(n, "passMark"));
      List<Grade> grades = f.required("grades").map(this::grades).orElse(List.of());
      Optional<FreshnessCurve> freshness = f.required("freshness").flatMap(this::freshness);
      Map<ColumnCategory, CategoryLimit> categories =
          f.required("categories").map(this::categories).orElse(Map.of());
      List<Dimension> dimensions = f.required("dimensions").map(this::dimensions).orElse(List.of());
      Set<String> dimensionIds = new HashSet<>();
      dimensions.forEach(d -> dimensionIds.add(d.id()));
      List<Rule> rules = f.required("rules").map(n -> rules(n, dimensionIds)).orElse(List.of());
      if (!problems.isEmpty()
          || version.isEmpty()
          || passMark.isEmpty()
          || freshness.isEmpty()
          || grades.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          new Rules(
              version.get(),
              source,
              passMark.get(),
              grades,
              freshness.get(),
              categories,
              dimensions,
              rules));
    }

    private List<Grade> grades(Node node) {
      List<Grade> grades = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      for (Node element : sequence(node, "grades")) {
        mapping(element, "each element of grades")
            .ifPresent(
                g -> {
                  g.allowOnly("id", "names", "minScore");
                  Optional<String> id = g.requiredId("id", "grades[].id");
                  Optional<Text> names = g.required("names").flatMap(n -> text(n, "names"));
                  Optional<BigDecimal> min =
                      g.required("minScore").flatMap(n -> decimal(n, "grades[].minScore"));
                  id.filter(i -> !ids.add(i))
                      .ifPresent(
                          i -> problem(g.line("id"), "grades: id '" + i + "' is given twice"));
                  if (id.isPresent() && names.isPresent() && min.isPresent()) {
                    grades.add(new Grade(id.get(), names.get(), min.get()));
                  }
                });
      }
      if (grades.isEmpty() && problems.isEmpty()) {
        problem(line(node), "grades: at least one grade is needed");
      } else if (!grades.isEmpty() && grades.stream().noneMatch(g -> g.minScore().signum() == 0)) {
        problem(line(node), "grades: one grade must have minScore 0, for the lowest scores");
      }
      return grades;
    }

    private Optional<FreshnessCurve> freshness(Node node) {
      return mapping(node, "freshness")
          .flatMap(
              f -> {
                f.allowOnly("fullUntil", "zeroAt");
                Optional<BigDecimal> full =
                    f.required("fullUntil").flatMap(n -> decimal(n, "freshness.fullUntil"));
                Optional<BigDecimal> zero =
                    f.required("zeroAt").flatMap(n -> decimal(n, "freshness.zeroAt"));
                if (full.isEmpty() || zero.isEmpty()) {
                  return Optional.empty();
                }
                if (zero.get().compareTo(full.get()) <= 0) {
                  problem(
                      f.line("zeroAt"),
                      "freshness.zeroAt: must be greater than fullUntil ("
                          + full.get()
                          + "), found "
                          + zero.get());
                  return Optional.empty();
                }
                return Optional.of(
                    new FreshnessCurve(full.get().doubleValue(), zero.get().doubleValue()));
              });
    }

    private Map<ColumnCategory, CategoryLimit> categories(Node node) {
      Map<ColumnCategory, CategoryLimit> categories = new EnumMap<>(ColumnCategory.class);
      mapping(node, "categories")
          .ifPresent(
              m -> {
                for (Map.Entry<String, NodeTuple> entry : m.entries.entrySet()) {
                  String code = entry.getKey();
                  int keyLine = line(entry.getValue().getKeyNode());
                  Optional<ColumnCategory> category = ColumnCategory.fromCode(code);
                  if (category.isEmpty()) {
                    problem(
                        keyLine,
                        "categories: unknown category '"
                            + code
                            + "'; expected one of "
                            + allCategories());
                    continue;
                  }
                  mapping(entry.getValue().getValueNode(), "categories." + code)
                      .ifPresent(
                          c -> {
                            c.allowOnly("limit", "excluded");
                            Period limit =
                                c.node("limit")
                                    .flatMap(n -> period(n, "categories." + code + ".limit"))
                                    .orElse(null);
                            boolean excluded =
                                c.node("excluded")
                                    .flatMap(n -> bool(n, "categories." + code + ".excluded"))
                                    .orElse(false);
                            categories.put(category.get(), new CategoryLimit(limit, excluded));
                          });
                }
                for (ColumnCategory category : ColumnCategory.values()) {
                  if (!m.entries.containsKey(category.code())) {
                    problem(m.line, "categories: category '" + category.code() + "' is missing");
                  }
                }
              });
      return categories;
    }

    private List<Dimension> dimensions(Node node) {
      List<Dimension> dimensions = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      for (Node element : sequence(node, "dimensions")) {
        mapping(element, "each element of dimensions")
            .ifPresent(
                d -> {
                  d.allowOnly("id", "names", "points", "weight", "onlyWithServices");
                  Optional<String> id = d.requiredId("id", "dimensions[].id");
                  Optional<Text> names = d.required("names").flatMap(n -> text(n, "names"));
                  Optional<BigDecimal> points =
                      d.required("points").flatMap(n -> decimal(n, "dimensions[].points"));
                  Optional<BigDecimal> weight =
                      d.required("weight").flatMap(n -> decimal(n, "dimensions[].weight"));
                  boolean onlyWithServices =
                      d.node("onlyWithServices")
                          .flatMap(n -> bool(n, "dimensions[].onlyWithServices"))
                          .orElse(false);
                  id.filter(i -> !ids.add(i))
                      .ifPresent(
                          i -> problem(d.line("id"), "dimensions: id '" + i + "' is given twice"));
                  if (id.isPresent()
                      && names.isPresent()
                      && points.isPresent()
                      && weight.isPresent()) {
                    dimensions.add(
                        new Dimension(
                            id.get(), names.get(), points.get(), weight.get(), onlyWithServices));
                  }
                });
      }
      BigDecimal total =
          dimensions.stream().map(Dimension::points).reduce(BigDecimal.ZERO, BigDecimal::add);
      if (!dimensions.isEmpty() && total.compareTo(BigDecimal.valueOf(100)) != 0) {
        problem(
            line(node),
            "dimensions: the points must add up to 100, found "
                + total.stripTrailingZeros().toPlainString());
      }
      return dimensions;
    }

    private List<Rule> rules(Node node, Set<String> dimensionIds) {
      List<Rule> rules = new ArrayList<>();
      Map<String, Integer> seen = new LinkedHashMap<>();
      for (Node element : sequence(node, "rules")) {
        mapping(element, "each element of rules")
            .ifPresent(
                r -> {
                  r.allowOnly(
                      "id", "title", "kind", "dimension", "categories", "parameters", "enabled");
                  Optional<String> id = r.requiredText("id");
                  if (id.isEmpty()) {
                    return;
                  }
                  Integer earlier = seen.putIfAbsent(id.get(), r.line("id"));
                  if (earlier != null) {
                    problem(
                        r.line("id"),
                        "rules: rule '"
                            + id.get()
                            + "' is given twice (first on line "
                            + earlier
                            + ")");
                    return;
                  }
                  Optional<Entry> entry = RuleCatalog.entry(id.get());
                  if (entry.isEmpty()) {
                    problem(
                        r.line("id"),
                        "rules: unknown rule id '"
                            + id.get()
                            + "'; the engine knows "
                            + String.join(", ", RuleCatalog.ids()));
                    return;
                  }
                  rule(r, entry.get(), dimensionIds).ifPresent(rules::add);
                });
      }
      for (String id : RuleCatalog.ids()) {
        if (!seen.containsKey(id)) {
          problem(
              line(node),
              "rules: rule '"
                  + id
                  + "' is missing; list it (with enabled: false to switch it off)");
        }
      }
      return rules;
    }

    private Optional<Rule> rule(Fields r, Entry entry, Set<String> dimensionIds) {
      String where = "rules[" + entry.id() + "].";
      Optional<Text> title = r.required("title").flatMap(n -> text(n, where + "title"));
      Optional<RuleKind> kind =
          r.requiredText("kind")
              .flatMap(
                  k -> {
                    if (!k.equals("veto") && !k.equals("deduction")) {
                      problem(
                          r.valueLine("kind"),
                          where + "kind: expected veto or deduction, found '" + k + "'");
                      return Optional.empty();
                    }
                    RuleKind found = k.equals("veto") ? RuleKind.VETO : RuleKind.DEDUCTION;
                    if (found != entry.kind()) {
                      problem(
                          r.valueLine("kind"),
                          where
                              + "kind: "
                              + entry.id()
                              + " is a "
                              + entry.kind().code()
                              + " rule; the engine cannot run it as a "
                              + k);
                      return Optional.empty();
                    }
                    return Optional.of(found);
                  });
      Optional<String> dimension =
          r.requiredText("dimension")
              .filter(
                  d -> {
                    if (!dimensionIds.isEmpty() && !dimensionIds.contains(d)) {
                      problem(
                          r.valueLine("dimension"),
                          where
                              + "dimension: unknown dimension '"
                              + d
                              + "'; expected one of "
                              + String.join(", ", dimensionIds.stream().sorted().toList()));
                      return false;
                    }
                    return true;
                  });
      Optional<Set<ColumnCategory>> categories =
          r.required("categories").map(n -> categoryList(n, where + "categories"));
      boolean enabled = r.node("enabled").flatMap(n -> bool(n, where + "enabled")).orElse(true);
      Map<String, Object> values = new LinkedHashMap<>();
      Optional<Fields> parameters =
          entry.parameters().isEmpty() && !r.has("parameters")
              ? Optional.of(Fields.EMPTY)
              : r.required("parameters").flatMap(n -> mapping(n, where + "parameters"));
      parameters.ifPresent(
          p -> {
            for (Map.Entry<String, NodeTuple> e : p.entries.entrySet()) {
              String name = e.getKey();
              Optional<Parameter> spec = entry.parameter(name);
              if (spec.isEmpty()) {
                problem(
                    line(e.getValue().getKeyNode()),
                    where
                        + "parameters: unknown parameter '"
                        + name
                        + "'; "
                        + (entry.parameters().isEmpty()
                            ? "this rule takes none"
                            : "expected "
                                + String.join(
                                    ", ",
                                    entry.parameters().stream().map(Parameter::name).toList())));
                continue;
              }
              parameter(e.getValue().getValueNode(), spec.get(), where + "parameters." + name)
                  .ifPresent(v -> values.put(name, v));
            }
            for (Parameter spec : entry.parameters()) {
              if (!p.entries.containsKey(spec.name())) {
                problem(p.line, where + "parameters." + spec.name() + " is required");
              }
            }
            if (values.containsKey(RuleCatalog.WARN_AT)) {
              warningBelowVeto(
                  values,
                  line(p.entries.get(RuleCatalog.WARN_AT).getValueNode()),
                  where + "parameters." + RuleCatalog.WARN_AT);
            }
          });
      if (title.isEmpty()
          || kind.isEmpty()
          || dimension.isEmpty()
          || categories.isEmpty()
          || values.size() != entry.parameters().size()) {
        return Optional.empty();
      }
      return Optional.of(
          new Rule(
              entry.id(),
              title.get(),
              kind.get(),
              dimension.get(),
              categories.get(),
              enabled,
              new Parameters(values)));
    }

    /**
     * An early warning must come before the veto: {@code warnAt} from 1 to {@code vetoCount} - 1
     * columns, or a period shorter than the {@code window}. A value that fails is removed, so that
     * the rule is not built.
     */
    private void warningBelowVeto(Map<String, Object> values, int line, String where) {
      Object warnAt = values.get(RuleCatalog.WARN_AT);
      if (warnAt instanceof Integer count && values.get("vetoCount") instanceof Integer veto) {
        if (count < 1 || count >= veto) {
          problem(
              line,
              where
                  + ": must warn before the veto: from 1 to "
                  + (veto - 1)
                  + " (vetoCount "
                  + veto
                  + "), found "
                  + count);
          values.remove(RuleCatalog.WARN_AT);
        }
      } else if (warnAt instanceof Period period && values.get("window") instanceof Period window) {
        LocalDate reference = LocalDate.of(2000, 1, 1);
        if (!reference.plus(period).isBefore(reference.plus(window))) {
          problem(
              line,
              where
                  + ": must warn before the veto: a period shorter than the window "
                  + window
                  + ", found "
                  + period);
          values.remove(RuleCatalog.WARN_AT);
        }
      }
    }

    private Optional<Object> parameter(Node node, Parameter spec, String where) {
      switch (spec.type()) {
        case COUNT:
          return count(node, where).map(Integer.class::cast);
        case DECIMAL:
          return decimal(node, where).map(Object.class::cast);
        case PERIOD:
          return period(node, where).map(Object.class::cast);
        case CATEGORIES:
          return Optional.of(
              categoryList(node, where).stream().map(ColumnCategory::code).sorted().toList());
        case CHOICE:
          return scalar(node, where)
              .filter(
                  v -> {
                    if (!spec.allowed().contains(v)) {
                      problem(
                          line(node),
                          where
                              + ": expected one of "
                              + sorted(spec.allowed())
                              + ", found '"
                              + v
                              + "'");
                      return false;
                    }
                    return true;
                  })
              .map(Object.class::cast);
        case LIST:
          List<String> texts = new ArrayList<>();
          for (Node element : sequence(node, where)) {
            scalar(element, where)
                .ifPresent(
                    v -> {
                      if (!spec.allowed().contains(v)) {
                        problem(
                            line(element),
                            where
                                + ": unknown value '"
                                + v
                                + "'; expected one of "
                                + sorted(spec.allowed()));
                      } else if (texts.contains(v)) {
                        problem(line(element), where + ": '" + v + "' is given twice");
                      } else {
                        texts.add(v);
                      }
                    });
          }
          return Optional.of(List.copyOf(texts));
        default:
          throw new IllegalStateException(spec.type().toString());
      }
    }

    private Set<ColumnCategory> categoryList(Node node, String where) {
      Set<ColumnCategory> categories = EnumSet.noneOf(ColumnCategory.class);
      for (Node element : sequence(node, where)) {
        scalar(element, where)
            .ifPresent(
                code -> {
                  Optional<ColumnCategory> category = ColumnCategory.fromCode(code);
                  if (category.isEmpty()) {
                    problem(
                        line(element),
                        where
                            + ": unknown category '"
                            + code
                            + "'; expected one of "
                            + allCategories());
                  } else if (!categories.add(category.get())) {
                    problem(line(element), where + ": category '" + code + "' is given twice");
                  }
                });
      }
      return categories;
    }

    // ---- scalars

    private Optional<String> scalar(Node node, String where) {
      if (node instanceof ScalarNode s && !Tag.NULL.equals(s.getTag())) {
        return Optional.of(s.getValue().strip());
      }
      problem(line(node), where + ": expected a value, found " + kind(node));
      return Optional.empty();
    }

    private Optional<BigDecimal> decimal(Node node, String where) {
      return scalar(node, where)
          .flatMap(
              v -> {
                if (SIGNED_NUMBER.matcher(v).matches()) {
                  problem(line(node), where + ": must not be negative, found " + v);
                  return Optional.empty();
                }
                if (!NUMBER.matcher(v).matches()) {
                  problem(
                      line(node),
                      where
                          + ": expected "
                          + RuleCatalog.ParameterType.DECIMAL.description
                          + ", found '"
                          + v
                          + "'");
                  return Optional.empty();
                }
                return Optional.of(new BigDecimal(v));
              });
    }

    private Optional<Integer> count(Node node, String where) {
      return scalar(node, where)
          .flatMap(
              v -> {
                if (SIGNED_NUMBER.matcher(v).matches()) {
                  problem(line(node), where + ": must not be negative, found " + v);
                  return Optional.empty();
                }
                if (!COUNT.matcher(v).matches() || v.length() > 9) {
                  problem(
                      line(node),
                      where
                          + ": expected "
                          + RuleCatalog.ParameterType.COUNT.description
                          + ", found '"
                          + v
                          + "'");
                  return Optional.empty();
                }
                return Optional.of(Integer.parseInt(v));
              });
    }

    private Optional<Period> period(Node node, String where) {
      return scalar(node, where)
          .flatMap(
              v -> {
                try {
                  if (PERIOD.matcher(v).matches()) {
                    Period period = Period.parse(v);
                    if (!period.isZero()) {
                      return Optional.of(period);
                    }
                  }
                } catch (DateTimeParseException e) {
                  // reported below, with the expected form
                }
                problem(
                    line(node),
                    where
                        + ": expected "
                        + RuleCatalog.ParameterType.PERIOD.description
                        + " (above zero), found '"
                        + v
                        + "'");
                return Optional.empty();
              });
    }

    private Optional<Boolean> bool(Node node, String where) {
      return scalar(node, where)
          .flatMap(
              v -> {
                if (v.equals("true")) {
                  return Optional.of(true);
                }
                if (v.equals("false")) {
                  return Optional.of(false);
                }
                problem(line(node), where + ": expected true or false, found '" + v + "'");
                return Optional.empty();
              });
    }

    /** A mapping with exactly the keys zh-CN and en. */
    private Optional<Text> text(Node node, String where) {
      return mapping(node, where)
          .flatMap(
              m -> {
                m.allowOnly("zh-CN", "en");
                Optional<String> zh = m.requiredText("zh-CN");
                Optional<String> en = m.requiredText("en");
                return zh.isPresent() && en.isPresent()
                    ? Optional.of(new Text(zh.get(), en.get()))
                    : Optional.empty();
              });
    }

    // ---- structure

    private Optional<Node> compose(String text) {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(true); // reported by Fields, with both lines
      options.setMaxAliasesForCollections(50);
      try {
        Composer composer =
            new Composer(new ParserImpl(new StreamReader(text), options), new Resolver(), options);
        Node node = composer.getSingleNode();
        if (node == null) {
          problem(
              0,
              "is empty; a rules file needs version, passMark, grades, freshness,"
                  + " categories, dimensions and rules");
        }
        return Optional.ofNullable(node);
      } catch (MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        String context =
            e.getContext() != null && e.getProblem() != null ? " (" + e.getContext() + ")" : "";
        problem(
            mark != null ? mark.getLine() + 1 : 0,
            "invalid YAML: "
                + (e.getProblem() != null ? e.getProblem() : e.getContext())
                + context);
        return Optional.empty();
      } catch (YAMLException e) {
        problem(0, "invalid YAML: " + e.getMessage());
        return Optional.empty();
      }
    }

    private Optional<Fields> mapping(Node node, String what) {
      if (node instanceof MappingNode mapping) {
        return Optional.of(new Fields(mapping, this));
      }
      problem(line(node), what + " must be a mapping of keys to values, found " + kind(node));
      return Optional.empty();
    }

    private List<Node> sequence(Node node, String where) {
      if (node instanceof SequenceNode sequence) {
        return sequence.getValue();
      }
      problem(line(node), where + ": expected a list, found " + kind(node));
      return List.of();
    }

    void problem(int line, String reason) {
      problems.add(new RulesProblem(file, line, reason));
    }

    static int line(Node node) {
      return node == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private static String kind(Node node) {
      if (node instanceof MappingNode) {
        return "a mapping";
      }
      if (node instanceof SequenceNode) {
        return "a list";
      }
      if (node == null || Tag.NULL.equals(node.getTag())) {
        return "nothing";
      }
      return "'" + ((ScalarNode) node).getValue() + "'";
    }

    private static String allCategories() {
      return String.join(
          ", ",
          java.util.Arrays.stream(ColumnCategory.values()).map(ColumnCategory::code).toList());
    }

    private static String sorted(Set<String> values) {
      return String.join(", ", values.stream().sorted().toList());
    }
  }

  /** The keys of one mapping, with their lines; reports duplicates on construction. */
  private static final class Fields {

    static final Fields EMPTY = new Fields();

    final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    final int line;
    private final Reading reading;

    private Fields() {
      this.line = 0;
      this.reading = null;
    }

    Fields(MappingNode node, Reading reading) {
      this.line = Reading.line(node);
      this.reading = reading;
      for (NodeTuple tuple : node.getValue()) {
        if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
          reading.problem(Reading.line(tuple.getKeyNode()), "a key must be text");
          continue;
        }
        NodeTuple earlier = entries.putIfAbsent(key.getValue(), tuple);
        if (earlier != null) {
          reading.problem(
              Reading.line(key),
              "key '"
                  + key.getValue()
                  + "' is given twice (first on line "
                  + Reading.line(earlier.getKeyNode())
                  + ")");
        }
      }
    }

    void allowOnly(String... keys) {
      List<String> allowed = List.of(keys);
      entries.forEach(
          (key, tuple) -> {
            if (!allowed.contains(key)) {
              reading.problem(
                  Reading.line(tuple.getKeyNode()),
                  "unknown key '" + key + "'; expected one of " + String.join(", ", allowed));
            }
          });
    }

    int line(String key) {
      NodeTuple tuple = entries.get(key);
      return tuple == null ? line : Reading.line(tuple.getKeyNode());
    }

    int valueLine(String key) {
      NodeTuple tuple = entries.get(key);
      return tuple == null ? line : Reading.line(tuple.getValueNode());
    }

    boolean has(String key) {
      return node(key).isPresent();
    }

    Optional<Node> node(String key) {
      NodeTuple tuple = entries.get(key);
      if (tuple == null) {
        return Optional.empty();
      }
      Node value = tuple.getValueNode();
      return value instanceof ScalarNode s && Tag.NULL.equals(s.getTag())
          ? Optional.empty()
          : Optional.of(value);
    }

    Optional<Node> required(String key) {
      Optional<Node> node = node(key);
      if (node.isEmpty()) {
        reading.problem(line, "key '" + key + "' is required");
      }
      return node;
    }

    Optional<String> text(String key) {
      return node(key).flatMap(n -> reading.scalar(n, key));
    }

    Optional<String> requiredText(String key) {
      return required(key).flatMap(n -> reading.scalar(n, key));
    }

    Optional<String> requiredId(String key, String where) {
      return requiredText(key)
          .filter(
              id -> {
                if (!ID.matcher(id).matches()) {
                  reading.problem(
                      valueLine(key), where + ": '" + id + "' is not an id ([a-z][a-z0-9-]{0,63})");
                  return false;
                }
                return true;
              });
    }
  }
}
