package org.zhanqun.audit.rule;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.zhanqun.model.item.GuideElement;
import org.zhanqun.model.site.ContentType;
import org.zhanqun.proofreading.Category;
import org.zhanqun.proofreading.Severity;

/**
 * The rules the engine knows: each id, its kind and the parameters a rules file must give it. A
 * rules file must list every one of them (switch one off with {@code enabled: false}), and may list
 * no other: the engine could not run an unknown rule.
 */
public final class RuleCatalog {

  public static final String SITE_UNREACHABLE = "site-unreachable";
  public static final String HOME_NOT_UPDATED = "home-not-updated";
  public static final String COLUMNS_NOT_UPDATED = "columns-not-updated";
  public static final String SHOULD_UPDATE_COLUMNS_STALE = "should-update-columns-stale";
  public static final String EMPTY_COLUMNS = "empty-columns";
  public static final String GUIDES_INCOMPLETE = "guides-incomplete";
  public static final String NO_SERVICES = "no-services";
  public static final String INTERACTION_UNANSWERED = "interaction-unanswered";
  public static final String BACKDATED = "backdated";
  public static final String COLUMN_STALE = "column-stale";
  public static final String COLUMN_EMPTY = "column-empty";
  public static final String BROKEN_LINK_HOME = "broken-link-home";
  public static final String BROKEN_LINK = "broken-link";
  public static final String GUIDE_ELEMENT_MISSING = "guide-element-missing";
  public static final String FORM_MISSING = "form-missing";
  public static final String POLICY_METADATA_INCOMPLETE = "policy-metadata-incomplete";
  public static final String POLICY_NOT_INTERPRETED = "policy-not-interpreted";
  public static final String REPEALED_NOT_MARKED = "repealed-not-marked";
  public static final String IDENTIFICATION_MISSING = "identification-missing";
  public static final String TRANSLATION_MISSING = "translation-missing";
  public static final String SEARCH_UNAVAILABLE = "search-unavailable";
  public static final String INTERACTION_NO_CHANNEL = "interaction-no-channel";
  public static final String INTERACTION_REPLY_STALE = "interaction-reply-stale";
  public static final String INTERACTION_OVERDUE = "interaction-overdue";
  public static final String CONSULTATION_NO_RESULT = "consultation-no-result";
  public static final String ERROR_REPORT_OPEN = "error-report-open";
  public static final String SERIOUS_ERROR = "serious-error";
  public static final String CLASSIFIED_MARKING = "classified-marking";
  public static final String PERSONAL_DATA = "personal-data";

  /** The proofreading rules, each counting what the proofreader finds in the published items. */
  public static final List<String> PROOFREADING_RULES =
      List.of(SERIOUS_ERROR, CLASSIFIED_MARKING, PERSONAL_DATA);

  /** Of a proofreading rule: the proofreader's categories it counts. */
  public static final String PROOFREADING_CATEGORIES = "proofreadingCategories";

  /** Of a proofreading rule: the proofreader's severities it counts. */
  public static final String SEVERITIES = "severities";

  static final String POINTS = "points";

  /**
   * The early warning of a veto rule, below its veto: a count (of columns) under {@code vetoCount},
   * or for {@code home-not-updated} a period shorter than its {@code window}, for {@code
   * interaction-unanswered} one shorter than its {@code unansweredLimit}.
   */
  public static final String WARN_AT = "warnAt";

  /** For {@code column-stale}: a column whose limit runs out within this period is due soon. */
  public static final String WARN_WITHIN = "warnWithin";

  static final String CAP = "cap";

  /** The elements a guide rule may name: the guide's title and its required elements. */
  static final Set<String> GUIDE_ELEMENTS =
      Stream.concat(
              Stream.of("title"), GuideElement.requiredElements().stream().map(GuideElement::field))
          .collect(Collectors.toUnmodifiableSet());

  static final Set<String> POLICY_ELEMENTS =
      Set.of("indexNo", "issuer", "writtenOn", "docNo", "validity", "subject");

  static final Set<String> IDENTIFICATION_ELEMENTS =
      Set.of("siteCode", "icp", "publicSecurity", "department", "contact");

  static final Set<String> PROOFREADING_CATEGORY_CODES = Set.copyOf(Category.codes());

  static final Set<String> SEVERITY_CODES = Set.copyOf(Severity.codes());

  static final Set<String> CONTENT_TYPES =
      Arrays.stream(ContentType.values())
          .map(ContentType::code)
          .collect(Collectors.toUnmodifiableSet());

  /** The kinds of value a parameter takes, each read by the model's {@code YamlMap}. */
  enum ParameterType {
    /** A whole number, at least 0. */
    COUNT,
    /** A decimal number, at least 0. */
    DECIMAL,
    /** An ISO 8601 period of days, weeks, months or years, e.g. P14D, P6M, P1Y; above zero. */
    PERIOD,
    /** A list of texts, each one of {@link Parameter#allowed}, each once. */
    LIST,
    /** A list of column categories, each once. */
    CATEGORIES,
    /** One text of {@link Parameter#allowed}. */
    CHOICE
  }

  record Parameter(String name, ParameterType type, Set<String> allowed) {
    Parameter(String name, ParameterType type) {
      this(name, type, Set.of());
    }
  }

  record Entry(String id, RuleKind kind, List<Parameter> parameters) {
    Optional<Parameter> parameter(String name) {
      return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }
  }

  /** Each rule's entries: one per kind it runs as (most rules have one kind). */
  private static final Map<String, List<Entry>> ENTRIES = new LinkedHashMap<>();

  static {
    veto(
        SITE_UNREACHABLE,
        new Parameter("window", ParameterType.PERIOD),
        new Parameter("minProbesPerDay", ParameterType.COUNT),
        new Parameter("timeoutSeconds", ParameterType.COUNT),
        new Parameter("failPercent", ParameterType.DECIMAL),
        new Parameter("warnPercent", ParameterType.DECIMAL));
    veto(
        HOME_NOT_UPDATED,
        new Parameter("window", ParameterType.PERIOD),
        new Parameter(WARN_AT, ParameterType.PERIOD));
    veto(
        COLUMNS_NOT_UPDATED,
        new Parameter("vetoCount", ParameterType.COUNT),
        new Parameter("topLevelOnly", ParameterType.CATEGORIES),
        new Parameter(WARN_AT, ParameterType.COUNT));
    veto(
        SHOULD_UPDATE_COLUMNS_STALE,
        new Parameter("vetoCount", ParameterType.COUNT),
        new Parameter(WARN_AT, ParameterType.COUNT));
    veto(
        EMPTY_COLUMNS,
        new Parameter("vetoCount", ParameterType.COUNT),
        new Parameter(WARN_AT, ParameterType.COUNT));
    veto(
        GUIDES_INCOMPLETE,
        new Parameter("vetoCount", ParameterType.COUNT),
        new Parameter("missingAtLeast", ParameterType.COUNT),
        new Parameter("keyElements", ParameterType.LIST, GUIDE_ELEMENTS));
    veto(NO_SERVICES);
    veto(
        INTERACTION_UNANSWERED,
        new Parameter("unansweredLimit", ParameterType.PERIOD),
        new Parameter("window", ParameterType.PERIOD),
        new Parameter(WARN_AT, ParameterType.PERIOD));
    veto(BACKDATED);
    deduction(COLUMN_STALE, new Parameter(WARN_WITHIN, ParameterType.PERIOD));
    deduction(COLUMN_EMPTY);
    deduction(BROKEN_LINK_HOME);
    deduction(BROKEN_LINK);
    deduction(GUIDE_ELEMENT_MISSING, new Parameter("elements", ParameterType.LIST, GUIDE_ELEMENTS));
    deduction(FORM_MISSING);
    deduction(
        POLICY_METADATA_INCOMPLETE, new Parameter("elements", ParameterType.LIST, POLICY_ELEMENTS));
    deduction(
        POLICY_NOT_INTERPRETED,
        new Parameter("workingDays", ParameterType.COUNT),
        new Parameter("majorPolicies", ParameterType.CHOICE, Set.of("all", "valid")));
    deduction(REPEALED_NOT_MARKED);
    deduction(
        IDENTIFICATION_MISSING,
        new Parameter("elements", ParameterType.LIST, IDENTIFICATION_ELEMENTS));
    deduction(TRANSLATION_MISSING, new Parameter("types", ParameterType.LIST, CONTENT_TYPES));
    deduction(SEARCH_UNAVAILABLE);
    // the interaction module's rules (互动交流), evaluated on the server's InteractionRecord
    deduction(INTERACTION_NO_CHANNEL);
    deduction(
        INTERACTION_REPLY_STALE,
        new Parameter("window", ParameterType.PERIOD),
        new Parameter("receivedWithin", ParameterType.PERIOD));
    deduction(INTERACTION_OVERDUE, new Parameter("window", ParameterType.PERIOD));
    deduction(
        CONSULTATION_NO_RESULT,
        new Parameter("grace", ParameterType.PERIOD),
        new Parameter("window", ParameterType.PERIOD));
    deduction(ERROR_REPORT_OPEN, new Parameter("openLimit", ParameterType.PERIOD));
    // 严重表述错误 and 泄露国家秘密 are single vetoes of the national indicators; personal data is
    // not named there, so the evaluator chooses (docs/audit.md, "The proofreading rules").
    veto(SERIOUS_ERROR, proofreading());
    veto(CLASSIFIED_MARKING, proofreading());
    deduction(PERSONAL_DATA, proofreading());
    veto(PERSONAL_DATA, proofreading());
  }

  private static Parameter[] proofreading() {
    return new Parameter[] {
      new Parameter(PROOFREADING_CATEGORIES, ParameterType.LIST, PROOFREADING_CATEGORY_CODES),
      new Parameter(SEVERITIES, ParameterType.LIST, SEVERITY_CODES)
    };
  }

  private RuleCatalog() {}

  private static void veto(String id, Parameter... parameters) {
    add(new Entry(id, RuleKind.VETO, List.of(parameters)));
  }

  private static void add(Entry entry) {
    ENTRIES.computeIfAbsent(entry.id(), id -> new java.util.ArrayList<>()).add(entry);
  }

  private static void deduction(String id, Parameter... parameters) {
    List<Parameter> all = new java.util.ArrayList<>();
    all.add(new Parameter(POINTS, ParameterType.DECIMAL));
    all.add(new Parameter(CAP, ParameterType.DECIMAL));
    all.addAll(List.of(parameters));
    add(new Entry(id, RuleKind.DEDUCTION, List.copyOf(all)));
  }

  /** Every rule id the engine knows, in the catalog's order. */
  public static List<String> ids() {
    return List.copyOf(ENTRIES.keySet());
  }

  /** The entries of {@code id}, one per kind it may run as; empty for an unknown id. */
  static List<Entry> entries(String id) {
    return List.copyOf(ENTRIES.getOrDefault(id, List.of()));
  }
}
