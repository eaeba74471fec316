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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.zhanqun.audit.rule.RuleCatalog.Entry;
import org.zhanqun.audit.rule.RuleCatalog.Parameter;
import org.zhanqun.model.Parsed;
import org.zhanqun.model.site.ColumnCategory;
import org.zhanqun.model.yaml.ContentProblem;
import org.zhanqun.model.yaml.Problems;
import org.zhanqun.model.yaml.YamlDocument;
import org.zhanqun.model.yaml.YamlMap;

/**
 * Reads a rules file (docs/audit.md, "The rules file") with the content model's line-aware YAML
 * reader, so that every problem carries its line as the builder's do and values are taken as
 * written, never guessed by YAML's type resolution. Every problem is collected before failing.
 * Stateless and thread-safe.
 */
public final class RulesFile {

  /** The national indicators (国办秘函〔2019〕19号), the default rules. */
  public static final String NATIONAL_DEFAULT = "national-2019.yaml";

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,63}");
  private static final List<String> LANGUAGES = List.of("zh-CN", "en");

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
    Problems problems = new Problems(fileName);
    Optional<YamlMap> top = YamlDocument.mapping(text, "the rules file", 1, problems);
    if (top.isEmpty() && problems.isEmpty()) {
      problems.add(
          0,
          "is empty; a rules file needs version, passMark, grades, freshness,"
              + " categories, dimensions and rules");
    }
    Optional<Rules> rules = top.flatMap(RulesFile::rules);
    if (!problems.isEmpty() || rules.isEmpty()) {
      List<RulesProblem> sorted =
          problems.list().stream()
              .sorted(Comparator.comparingInt(ContentProblem::line))
              .distinct()
              .map(p -> new RulesProblem(p.file(), p.line(), p.reason()))
              .toList();
      throw new InvalidRulesException(
          sorted.isEmpty() ? List.of(new RulesProblem(fileName, 0, "holds no rules")) : sorted);
    }
    return rules.get();
  }

  private static Optional<Rules> rules(YamlMap top) {
    top.allowOnly(
        List.of(
            "version",
            "source",
            "passMark",
            "grades",
            "freshness",
            "categories",
            "dimensions",
            "rules"));
    Optional<String> version = required(top, "version", top::requiredText);
    String source = top.text("source").map(String::strip).orElse("");
    Optional<BigDecimal> passMark = required(top, "passMark", top::decimal);
    List<Grade> grades = grades(top);
    Optional<FreshnessCurve> freshness =
        required(top, "freshness", top::map).flatMap(RulesFile::freshness);
    Map<ColumnCategory, CategoryLimit> categories =
        required(top, "categories", top::map).map(RulesFile::categories).orElse(Map.of());
    List<Dimension> dimensions = dimensions(top);
    Set<String> dimensionIds = new HashSet<>();
    dimensions.forEach(d -> dimensionIds.add(d.id()));
    List<Rule> rules = rules(top, dimensionIds);
    if (!top.problems().isEmpty()
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

  private static List<Grade> grades(YamlMap top) {
    List<Grade> grades = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (YamlMap g : required(top, "grades", top::elements).orElse(List.of())) {
      g.allowOnly(List.of("id", "names", "minScore"));
      Optional<String> id = id(g, ids, "grades");
      Optional<Text> names = text(g, "names");
      Optional<BigDecimal> min = required(g, "minScore", g::decimal);
      if (id.isPresent() && names.isPresent() && min.isPresent()) {
        grades.add(new Grade(id.get(), names.get(), min.get()));
      }
    }
    if (grades.isEmpty() && top.problems().isEmpty()) {
      top.problem("grades", "at least one grade is needed");
    } else if (!grades.isEmpty() && grades.stream().noneMatch(g -> g.minScore().signum() == 0)) {
      top.problem("grades", "one grade must have minScore 0, for the lowest scores");
    }
    return grades;
  }

  private static Optional<FreshnessCurve> freshness(YamlMap f) {
    f.allowOnly(List.of("fullUntil", "zeroAt"));
    Optional<BigDecimal> full = required(f, "fullUntil", f::decimal);
    Optional<BigDecimal> zero = required(f, "zeroAt", f::decimal);
    if (full.isEmpty() || zero.isEmpty()) {
      return Optional.empty();
    }
    if (zero.get().compareTo(full.get()) <= 0) {
      f.problem(
          "zeroAt", "must be greater than fullUntil (" + full.get() + "), found " + zero.get());
      return Optional.empty();
    }
    return Optional.of(new FreshnessCurve(full.get().doubleValue(), zero.get().doubleValue()));
  }

  /**
   * One entry per column category: the only place a category's update limit is given (the model's
   * {@link ColumnCategory} carries none, ADR 0013).
   */
  private static Map<ColumnCategory, CategoryLimit> categories(YamlMap m) {
    Map<ColumnCategory, CategoryLimit> categories = new EnumMap<>(ColumnCategory.class);
    for (String code : m.keys()) {
      Parsed<ColumnCategory> category = category(code);
      category
          .reason()
          .ifPresent(reason -> m.problems().add(m.line(code), "categories: " + reason));
      category
          .value()
          .ifPresent(
              c ->
                  m.map(code)
                      .ifPresent(
                          limits -> {
                            limits.allowOnly(List.of("limit", "excluded"));
                            Period limit = limits.period("limit").orElse(null);
                            boolean excluded = limits.bool("excluded").orElse(false);
                            categories.put(c, new CategoryLimit(limit, excluded));
                          }));
    }
    for (ColumnCategory category : ColumnCategory.values()) {
      if (!m.has(category.code())) {
        m.problems().add(m.line(), "categories: category '" + category.code() + "' is missing");
      }
    }
    return categories;
  }

  private static List<Dimension> dimensions(YamlMap top) {
    List<Dimension> dimensions = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (YamlMap d : required(top, "dimensions", top::elements).orElse(List.of())) {
      d.allowOnly(List.of("id", "names", "points", "weight", "onlyWithServices"));
      Optional<String> id = id(d, ids, "dimensions");
      Optional<Text> names = text(d, "names");
      Optional<BigDecimal> points = required(d, "points", d::decimal);
      Optional<BigDecimal> weight = required(d, "weight", d::decimal);
      boolean onlyWithServices = d.bool("onlyWithServices").orElse(false);
      if (id.isPresent() && names.isPresent() && points.isPresent() && weight.isPresent()) {
        dimensions.add(
            new Dimension(id.get(), names.get(), points.get(), weight.get(), onlyWithServices));
      }
    }
    BigDecimal total =
        dimensions.stream().map(Dimension::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (!dimensions.isEmpty() && total.compareTo(BigDecimal.valueOf(100)) != 0) {
      top.problem(
          "dimensions",
          "the points must add up to 100, found " + total.stripTrailingZeros().toPlainString());
    }
    return dimensions;
  }

  private static List<Rule> rules(YamlMap top, Set<String> dimensionIds) {
    Optional<List<YamlMap>> elements = required(top, "rules", top::elements);
    if (elements.isEmpty()) {
      return List.of();
    }
    List<Rule> rules = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    Map<String, String> counted = new HashMap<>();
    for (YamlMap element : elements.get()) {
      Optional<String> id = required(element, "id", element::requiredText);
      YamlMap r = id.map(i -> element.named("rules[" + i + "]")).orElse(element);
      r.allowOnly(
          List.of("id", "title", "kind", "dimension", "categories", "parameters", "enabled"));
      if (id.isEmpty()) {
        continue;
      }
      Integer earlier = seen.putIfAbsent(id.get(), r.line("id"));
      List<Entry> entries = RuleCatalog.entries(id.get());
      if (earlier != null) {
        top.problems()
            .add(
                r.line("id"),
                "rules: rule '" + id.get() + "' is given twice (first on line " + earlier + ")");
      } else if (entries.isEmpty()) {
        top.problems()
            .add(
                r.line("id"),
                "rules: unknown rule id '"
                    + id.get()
                    + "'; the engine knows "
                    + String.join(", ", RuleCatalog.ids()));
      } else {
        rule(r, entries, dimensionIds, counted).ifPresent(rules::add);
      }
    }
    for (String id : RuleCatalog.ids()) {
      if (!seen.containsKey(id)) {
        top.problem(
            "rules",
            "rule '" + id + "' is missing; list it (with enabled: false to switch it off)");
      }
    }
    return rules;
  }

  /**
   * The rule {@code r} as one of {@code entries} (the catalog's, one per kind the rule runs as);
   * {@code counted} holds the proofreader's category and severity pairs the rules read so far
   * count, so that no proofreading finding is counted twice.
   */
  private static Optional<Rule> rule(
      YamlMap r, List<Entry> entries, Set<String> dimensionIds, Map<String, String> counted) {
    String id = entries.get(0).id();
    Optional<Text> title = text(r, "title");
    Optional<RuleKind> kind =
        required(r, "kind", key -> r.value(key, RuleKind::parse))
            .filter(
                found -> {
                  boolean runnable = entries.stream().anyMatch(e -> e.kind() == found);
                  if (!runnable) {
                    r.problem(
                        "kind",
                        id
                            + " is a "
                            + String.join(
                                " or ", entries.stream().map(e -> e.kind().code()).toList())
                            + " rule; the engine cannot run it as a "
                            + found.code());
                  }
                  return runnable;
                });
    Optional<Entry> chosen =
        kind.flatMap(k -> entries.stream().filter(e -> e.kind() == k).findFirst());
    Optional<String> dimension =
        required(r, "dimension", r::requiredText)
            .filter(
                d -> {
                  boolean known = dimensionIds.isEmpty() || dimensionIds.contains(d);
                  if (!known) {
                    r.problem(
                        "dimension",
                        "unknown dimension '" + d + "'; expected one of " + sorted(dimensionIds));
                  }
                  return known;
                });
    Optional<List<ColumnCategory>> categories =
        required(r, "categories", key -> r.values(key, RulesFile::category));
    boolean enabled = r.bool("enabled").orElse(true);
    Map<String, Object> values = new LinkedHashMap<>();
    if (chosen.isEmpty()) {
      // without a kind the engine can run, the parameters cannot be told right or wrong
      return Optional.empty();
    }
    Entry entry = chosen.get();
    if (!entry.parameters().isEmpty() || r.has("parameters")) {
      required(r, "parameters", r::map)
          .ifPresent(
              p -> {
                parameters(p, entry, "rules[" + id + "].parameters", values);
                countedOnce(p, id, values, counted);
              });
    }
    if (title.isEmpty()
        || dimension.isEmpty()
        || categories.isEmpty()
        || values.size() != entry.parameters().size()) {
      return Optional.empty();
    }
    return Optional.of(
        new Rule(
            id,
            title.get(),
            kind.get(),
            dimension.get(),
            Set.copyOf(categories.get()),
            enabled,
            new Parameters(values)));
  }

  /** Puts each valid parameter of {@code p} into {@code values}; reports the others. */
  private static void parameters(YamlMap p, Entry entry, String where, Map<String, Object> values) {
    for (String name : p.keys()) {
      Optional<Parameter> spec = entry.parameter(name);
      if (spec.isEmpty()) {
        p.problems()
            .add(
                p.line(name),
                where
                    + ": unknown parameter '"
                    + name
                    + "'; "
                    + (entry.parameters().isEmpty()
                        ? "this rule takes none"
                        : "expected "
                            + String.join(
                                ", ", entry.parameters().stream().map(Parameter::name).toList())));
        continue;
      }
      parameter(p, spec.get()).ifPresent(v -> values.put(name, v));
    }
    for (Parameter spec : entry.parameters()) {
      if (!p.has(spec.name())) {
        p.missing(spec.name());
      }
    }
    if (values.containsKey(RuleCatalog.WARN_AT)) {
      warningBelowVeto(p, values);
    }
  }

  private static Optional<?> parameter(YamlMap p, Parameter spec) {
    String name = spec.name();
    return switch (spec.type()) {
      case COUNT -> p.count(name);
      case DECIMAL -> p.decimal(name);
      case PERIOD -> p.period(name);
      case CATEGORIES ->
          p.values(name, RulesFile::category)
              .map(categories -> categories.stream().map(ColumnCategory::code).sorted().toList());
      case CHOICE ->
          p.value(
              name,
              text ->
                  spec.allowed().contains(text)
                      ? Parsed.of(text)
                      : Parsed.refused(
                          "expected one of " + sorted(spec.allowed()) + ", found '" + text + "'"));
      case LIST ->
          p.values(
                  name,
                  text ->
                      spec.allowed().contains(text)
                          ? Parsed.of(text)
                          : Parsed.refused(
                              "unknown value '"
                                  + text
                                  + "'; expected one of "
                                  + sorted(spec.allowed())))
              .map(List::copyOf);
    };
  }

  /**
   * A proofreading rule counts at least one category and severity, and no pair another rule counts
   * already: one finding of the proofreader is one finding of the audit. A value that fails is
   * removed, so that the rule is not built.
   */
  private static void countedOnce(
      YamlMap p, String rule, Map<String, Object> values, Map<String, String> counted) {
    for (String name : List.of(RuleCatalog.PROOFREADING_CATEGORIES, RuleCatalog.SEVERITIES)) {
      // an empty list as written; a list whose every value was refused is reported already
      if (values.containsKey(name) && p.sequence(name).map(List::isEmpty).orElse(false)) {
        p.problem(name, "must name at least one; switch the rule off with enabled: false instead");
        values.remove(name);
      }
    }
    if (!(values.get(RuleCatalog.PROOFREADING_CATEGORIES) instanceof List<?> categories)
        || !(values.get(RuleCatalog.SEVERITIES) instanceof List<?> severities)) {
      return;
    }
    List<String> twice = new ArrayList<>();
    for (Object category : categories) {
      for (Object severity : severities) {
        String pair = category + " " + severity;
        String earlier = counted.putIfAbsent(pair, rule);
        if (earlier != null) {
          twice.add(pair + " (counted by " + earlier + ")");
        }
      }
    }
    if (!twice.isEmpty()) {
      p.problem(
          RuleCatalog.PROOFREADING_CATEGORIES,
          "a proofreading finding is counted by one rule only; already counted: "
              + String.join(", ", twice));
      values.remove(RuleCatalog.PROOFREADING_CATEGORIES);
    }
  }

  /**
   * An early warning must come before the veto: {@code warnAt} from 1 to {@code vetoCount} - 1
   * columns, or a period shorter than the {@code window} (for {@code interaction-unanswered}: than
   * its {@code unansweredLimit}, the time a letter may wait). A value that fails is removed, so
   * that the rule is not built.
   */
  private static void warningBelowVeto(YamlMap p, Map<String, Object> values) {
    Object warnAt = values.get(RuleCatalog.WARN_AT);
    if (warnAt instanceof Integer count && values.get("vetoCount") instanceof Integer veto) {
      if (count < 1 || count >= veto) {
        p.problem(
            RuleCatalog.WARN_AT,
            "must warn before the veto: from 1 to "
                + (veto - 1)
                + " (vetoCount "
                + veto
                + "), found "
                + count);
        values.remove(RuleCatalog.WARN_AT);
      }
    } else if (warnAt instanceof Period period && vetoPeriod(values) instanceof Period veto) {
      LocalDate reference = LocalDate.of(2000, 1, 1);
      if (!reference.plus(period).isBefore(reference.plus(veto))) {
        p.problem(
            RuleCatalog.WARN_AT,
            "must warn before the veto: a period shorter than the "
                + (values.containsKey(UNANSWERED_LIMIT) ? UNANSWERED_LIMIT + " " : "window ")
                + veto
                + ", found "
                + period);
        values.remove(RuleCatalog.WARN_AT);
      }
    }
  }

  private static final String UNANSWERED_LIMIT = "unansweredLimit";

  /** The period a veto's warning must come before: the unanswered limit, else the window. */
  private static Object vetoPeriod(Map<String, Object> values) {
    return values.containsKey(UNANSWERED_LIMIT)
        ? values.get(UNANSWERED_LIMIT)
        : values.get("window");
  }

  /**
   * {@code read} of {@code key}, which must be given; reported otherwise in the rules file's own
   * words ({@code key 'version' is required}), on the line of the mapping.
   */
  private static <T> Optional<T> required(
      YamlMap map, String key, Function<String, Optional<T>> read) {
    if (!map.has(key)) {
      map.problems().add(map.line(), "key '" + map.path(key) + "' is required");
      return Optional.empty();
    }
    return read.apply(key);
  }

  /** The id of an element of {@code list}; one given twice is reported but still answered. */
  private static Optional<String> id(YamlMap element, Set<String> ids, String list) {
    Optional<String> id = required(element, "id", key -> element.value(key, RulesFile::id));
    if (id.isPresent() && !ids.add(id.get())) {
      element.problems().add(element.line("id"), list + ": id '" + id.get() + "' is given twice");
    }
    return id;
  }

  private static Parsed<String> id(String text) {
    return ID.matcher(text).matches()
        ? Parsed.of(text)
        : Parsed.refused("'" + text + "' is not an id ([a-z][a-z0-9-]{0,63})");
  }

  /** A mapping with exactly the keys zh-CN and en. */
  private static Optional<Text> text(YamlMap map, String key) {
    return required(map, key, map::map)
        .flatMap(
            names -> {
              names.allowOnly(LANGUAGES);
              Optional<String> zh = required(names, "zh-CN", names::requiredText);
              Optional<String> en = required(names, "en", names::requiredText);
              return zh.isPresent() && en.isPresent()
                  ? Optional.of(new Text(zh.get(), en.get()))
                  : Optional.empty();
            });
  }

  private static Parsed<ColumnCategory> category(String code) {
    return ColumnCategory.fromCode(code)
        .map(Parsed::of)
        .orElseGet(
            () ->
                Parsed.refused(
                    "unknown category '" + code + "'; expected one of " + ColumnCategory.codes()));
  }

  private static String sorted(Set<String> values) {
    return String.join(", ", values.stream().sorted().toList());
  }
}
