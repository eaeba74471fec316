package org.zhanqun.audit.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhanqun.audit.testing.AuditRun;
import org.zhanqun.model.site.ColumnCategory;

class RulesFileTest {

  private static final String DEFAULT = AuditRun.defaultRulesText();

  @Test
  void theNationalDefaultHasEveryRuleOfTheCatalogAndTheCategoryLimits() {
    Rules rules = RulesFile.nationalDefault();

    assertThat(rules.version()).isEqualTo("national-2019.3");
    assertThat(rules.source()).isEqualTo("国办秘函〔2019〕19号");
    assertThat(rules.rules()).extracting(Rule::id).containsExactlyElementsOf(RuleCatalog.ids());
    assertThat(rules.limit(ColumnCategory.DYNAMIC)).contains(Period.ofDays(14));
    assertThat(rules.limit(ColumnCategory.NOTICE)).contains(Period.ofMonths(6));
    assertThat(rules.limit(ColumnCategory.PLANNING)).contains(Period.ofYears(1));
    assertThat(rules.limit(ColumnCategory.GUIDE)).isEmpty();
    assertThat(rules.limit(ColumnCategory.SPECIAL)).isEmpty();
    assertThat(rules.passMark()).isEqualByComparingTo("60");
    assertThat(rules.require("columns-not-updated").parameters().count("vetoCount")).isEqualTo(5);
    assertThat(rules.require("broken-link").parameters().points()).isEqualByComparingTo("0.1");
  }

  @Test
  void readsAFileFromDisk(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("local.yaml");
    Files.writeString(file, DEFAULT.replace("vetoCount: 5               #", "vetoCount: 4 #"));

    assertThat(RulesFile.read(file).require("columns-not-updated").parameters().count("vetoCount"))
        .isEqualTo(4);
  }

  @Test
  void rejectsInvalidYamlWithItsLine() {
    List<String> problems = problems(DEFAULT.replace("passMark: 60", "passMark: [60"));

    // SnakeYAML notices the unclosed list at the next key
    assertThat(problems)
        .containsExactly(
            "local.yaml:"
                + (lineOf("\ngrades:") + 1)
                + ": invalid YAML: expected ',' or ']', but got ? (while parsing a flow sequence)");
  }

  @Test
  void rejectsAnUnknownKey() {
    assertThat(problems(DEFAULT.replace("passMark: 60", "passMark: 60\npassmark: 50")))
        .containsExactly(
            "local.yaml:"
                + (lineOf("passMark: 60") + 1)
                + ": unknown key 'passmark'; expected one of version, source, passMark, grades, freshness, categories, dimensions, rules");
  }

  @Test
  void rejectsAMissingKey() {
    String text = DEFAULT.replace("version: national-2019.3\n", "");

    // reported on the line of the mapping, its first key
    assertThat(problems(text))
        .containsExactly("local.yaml:" + lineOf(text, "source:") + ": key 'version' is required");
  }

  @Test
  void rejectsAValueOfTheWrongType() {
    String text = DEFAULT.replace("      vetoCount: 10", "      vetoCount: ten");

    assertThat(problems(text))
        .containsExactly(
            "local.yaml:"
                + lineOf(text, "vetoCount: ten")
                + ": rules[should-update-columns-stale].parameters.vetoCount: expected a whole number of at least 0, found 'ten'");
  }

  @Test
  void rejectsABadPeriod() {
    String text = DEFAULT.replace("dynamic: { limit: P14D }", "dynamic: { limit: 14 days }");

    assertThat(problems(text))
        .containsExactly(
            "local.yaml:"
                + lineOf(text, "limit: 14 days")
                + ": categories.dynamic.limit: expected an ISO 8601 period such as P14D, P6M or P1Y (above zero), found '14 days'");
  }

  @Test
  void rejectsAnUnknownCategory() {
    String text =
        DEFAULT.replace(
            "categories: [dynamic, notice, policy]", "categories: [dynamic, news, policy]");

    assertThat(problems(text))
        .singleElement()
        .asString()
        .startsWith(
            "local.yaml:"
                + lineOf(text, "[dynamic, news, policy]")
                + ": rules[columns-not-updated].categories: unknown category 'news'");
  }

  @Test
  void rejectsAnUnknownRuleIdAndADuplicateOne() {
    String text =
        DEFAULT
            .replace("  - id: search-unavailable", "  - id: column-stale")
            .replace("  - id: backdated", "  - id: backdating");

    assertThat(problems(text))
        .contains(
            "local.yaml:"
                + lineOf(text, "id: backdating")
                + ": rules: unknown rule id 'backdating'; the engine knows "
                + String.join(", ", RuleCatalog.ids()))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains(
                        ": rules: rule 'column-stale' is given twice (first on line "
                            + lineOf(text, "id: column-stale")
                            + ")"))
        .anySatisfy(p -> assertThat(p).contains("rules: rule 'backdated' is missing"))
        .anySatisfy(p -> assertThat(p).contains("rules: rule 'search-unavailable' is missing"));
  }

  @Test
  void rejectsNegativePoints() {
    String text =
        DEFAULT.replace(
            "parameters: { points: 1, cap: 10 }", "parameters: { points: -1, cap: 10 }");

    assertThat(problems(text))
        .containsExactly(
            "local.yaml:"
                + lineOf(text, "points: -1")
                + ": rules[broken-link-home].parameters.points: must not be negative, found -1");
  }

  @Test
  void listsEveryProblemOfTheFileAtOnceInLineOrder() {
    String text =
        DEFAULT
            .replace("passMark: 60", "passMark: sixty")
            .replace("zeroAt: 2", "zeroAt: 0.25")
            .replace(
                "kind: veto\n    dimension: daily-operation\n    categories: []\n\n",
                "kind: deduction\n    dimension: daily-operation\n    categories: []\n\n");

    List<String> problems = problems(text);

    assertThat(problems).hasSize(3);
    assertThat(problems.get(0))
        .contains("passMark: expected a number of at least 0, found 'sixty'");
    assertThat(problems.get(1))
        .contains("freshness.zeroAt: must be greater than fullUntil (0.5), found 0.25");
    assertThat(problems.get(2))
        .contains(
            "rules[backdated].kind: backdated is a veto rule; the engine cannot run it as a deduction");
  }

  @Test
  void theNationalDefaultWarnsBeforeEachVetoThatCountsColumnDates() {
    Rules rules = RulesFile.nationalDefault();

    assertThat(rules.require("home-not-updated").parameters().period("warnAt"))
        .isEqualTo(Period.ofDays(10));
    assertThat(rules.require("empty-columns").parameters().count("warnAt")).isEqualTo(2);
    assertThat(rules.require("should-update-columns-stale").parameters().count("warnAt"))
        .isEqualTo(6);
    assertThat(rules.require("columns-not-updated").parameters().count("warnAt")).isEqualTo(3);
    assertThat(rules.require("column-stale").parameters().period("warnWithin"))
        .isEqualTo(Period.ofDays(7));
  }

  @Test
  void rejectsAWarningCountThatIsNotBelowTheVetoCount() {
    String text =
        DEFAULT.replace("      warnAt: 6                  #", "      warnAt: 10                 #");

    assertThat(problems(text))
        .containsExactly(
            "local.yaml:"
                + lineOf(text, "warnAt: 10")
                + ": rules[should-update-columns-stale].parameters.warnAt: must warn before the"
                + " veto: from 1 to 9 (vetoCount 10), found 10");
  }

  @Test
  void rejectsAWarningCountOfZero() {
    String text =
        DEFAULT.replace("      warnAt: 2                  #", "      warnAt: 0                  #");

    assertThat(problems(text))
        .containsExactly(
            "local.yaml:"
                + lineOf(text, "warnAt: 0")
                + ": rules[empty-columns].parameters.warnAt: must warn before the veto: from 1 to"
                + " 4 (vetoCount 5), found 0");
  }

  @Test
  void rejectsAHomePageWarningThatIsNotShorterThanTheWindow() {
    String text = DEFAULT.replace("warnAt: P10D ", "warnAt: P2W  ");

    assertThat(problems(text))
        .containsExactly(
            "local.yaml:"
                + lineOf(text, "warnAt: P2W")
                + ": rules[home-not-updated].parameters.warnAt: must warn before the veto: a"
                + " period shorter than the window P14D, found P14D");
  }

  @Test
  void rejectsAMissingOrMistypedWarning() {
    String missing = DEFAULT.replace("      warnAt: 2                  #", "      #");
    String mistyped = DEFAULT.replace("warnWithin: P7D", "warnWithin: 7");

    assertThat(problems(missing))
        .singleElement()
        .asString()
        .contains("rules[empty-columns].parameters.warnAt is required");
    assertThat(problems(mistyped))
        .singleElement()
        .asString()
        .contains("rules[column-stale].parameters.warnWithin: expected an ISO 8601 period");
  }

  @Test
  void namesTheWholePathOfAKeyMissingInsideAList() {
    String text = DEFAULT.replace("names: { zh-CN: 良好, en: Good }", "names: { zh-CN: 良好 }");

    assertThat(problems(text))
        .containsExactly(
            "local.yaml:"
                + lineOf(text, "names: { zh-CN: 良好 }")
                + ": key 'grades[].names.en' is required");
  }

  @Test
  void rejectsACategoryListedWithoutItsLimits() {
    String text = DEFAULT.replace("special: { excluded: true }", "special:");

    // a category with nothing after it is as good as missing: its limits must be given
    assertThat(problems(text))
        .containsExactly(
            "local.yaml:"
                + lineOf(text, "  dynamic: { limit: P14D }")
                + ": categories: category 'special' is missing");
  }

  @Test
  void rejectsAValueListedTwice() {
    String text = DEFAULT.replace("types: [news, policy,", "types: [news, policy, news,");

    assertThat(problems(text))
        .containsExactly(
            "local.yaml:"
                + lineOf(text, "types: [news, policy, news,")
                + ": rules[translation-missing].parameters.types: 'news' is given twice");
  }

  @Test
  void theProofreadingRulesCountTheProofreadersBlockFindings() {
    Rules rules = RulesFile.nationalDefault();

    assertThat(rules.require("serious-error").kind()).isEqualTo(RuleKind.VETO);
    assertThat(rules.require("serious-error").parameters().texts("proofreadingCategories"))
        .containsExactly("serious-error", "official-name");
    assertThat(rules.require("classified-marking").kind()).isEqualTo(RuleKind.VETO);
    assertThat(rules.require("personal-data").kind()).isEqualTo(RuleKind.DEDUCTION);
    assertThat(rules.require("personal-data").parameters().texts("severities"))
        .containsExactly("block");
    assertThat(rules.require("personal-data").parameters().points()).isEqualByComparingTo("5");
  }

  @Test
  void rejectsAnUnknownProofreadingCategoryOrSeverityWithItsLine() {
    String text =
        DEFAULT
            .replace(
                "proofreadingCategories: [serious-error, official-name]",
                "proofreadingCategories: [serious-error, official-names]")
            .replace(
                "proofreadingCategories: [classified-marking]   # 绝密★, 机密★, 秘密★, 内部资料, 注意保密 …\n"
                    + "      severities: [block]",
                "proofreadingCategories: [classified-marking]\n      severities: [blocking]");

    assertThat(problems(text))
        .containsExactly(
            "local.yaml:"
                + lineOf(text, "official-names]")
                + ": rules[serious-error].parameters.proofreadingCategories: unknown value"
                + " 'official-names'; expected one of classified-marking, official-name,"
                + " outdated-name, personal-data, serious-error, typo",
            "local.yaml:"
                + lineOf(text, "severities: [blocking]")
                + ": rules[classified-marking].parameters.severities: unknown value 'blocking';"
                + " expected one of block, warn");
  }

  @Test
  void rejectsAProofreadingFindingCountedByTwoRules() {
    String text =
        DEFAULT.replace(
            "proofreadingCategories: [personal-data]",
            "proofreadingCategories: [personal-data, classified-marking]");

    assertThat(problems(text))
        .containsExactly(
            "local.yaml:"
                + lineOf(text, "proofreadingCategories: [personal-data, classified-marking]")
                + ": rules[personal-data].parameters.proofreadingCategories: a proofreading"
                + " finding is counted by one rule only; already counted: classified-marking"
                + " block (counted by classified-marking)");
  }

  @Test
  void rejectsAProofreadingRuleThatCountsNothing() {
    String text =
        DEFAULT.replace(
            "proofreadingCategories: [classified-marking]", "proofreadingCategories: []");

    assertThat(problems(text))
        .containsExactly(
            "local.yaml:"
                + lineOf(text, "proofreadingCategories: []")
                + ": rules[classified-marking].parameters.proofreadingCategories: must name at"
                + " least one; switch the rule off with enabled: false instead");
  }

  @Test
  void runsSeriousErrorsOnlyAsAVetoAndPersonalDataAsEither() {
    String deduction =
        DEFAULT.replace(
            "    kind: veto              # single veto: 安全、泄密事故等严重问题 — 出现严重表述错误",
            "    kind: deduction");
    String vetoWithPoints =
        DEFAULT.replace(
            "    kind: deduction\n    dimension: information-disclosure\n    categories: [dynamic,"
                + " notice, policy, interpretation, personnel, planning, guide, forms,"
                + " interaction, static, special]\n    parameters:\n      points: 5",
            "    kind: veto\n    dimension: information-disclosure\n    categories: [dynamic,"
                + " notice, policy, interpretation, personnel, planning, guide, forms,"
                + " interaction, static, special]\n    parameters:\n      points: 5");

    assertThat(problems(deduction))
        .containsExactly(
            "local.yaml:"
                + lineOf(
                    deduction,
                    "    kind: deduction\n    dimension: daily-operation\n    categories: [dynamic")
                + ": rules[serious-error].kind: serious-error is a veto rule; the engine cannot"
                + " run it as a deduction");
    // as a veto, personal-data takes no points: the deduction's parameters are unknown to it
    assertThat(problems(vetoWithPoints))
        .first()
        .asString()
        .contains("rules[personal-data].parameters: unknown parameter 'points'")
        .contains("expected proofreadingCategories, severities");
  }

  @Test
  void theInteractionRulesTakeTheirLimitsFromTheFileInTheInteractionDimension() {
    Rules rules = RulesFile.nationalDefault();

    Parameters unanswered = rules.require("interaction-unanswered").parameters();
    assertThat(unanswered.period("unansweredLimit")).isEqualTo(Period.ofMonths(3));
    assertThat(unanswered.period("window")).isEqualTo(Period.ofYears(1));
    assertThat(unanswered.period("warnAt")).isEqualTo(Period.ofMonths(2));
    assertThat(rules.require("interaction-reply-stale").parameters().period("window"))
        .isEqualTo(Period.ofMonths(2));
    assertThat(rules.require("interaction-overdue").parameters().cap()).isEqualByComparingTo("5");
    assertThat(rules.require("consultation-no-result").parameters().period("grace"))
        .isEqualTo(Period.ofDays(30));
    assertThat(rules.require("error-report-open").parameters().period("openLimit"))
        .isEqualTo(Period.ofMonths(1));
    assertThat(
            List.of(
                "interaction-unanswered",
                "interaction-no-channel",
                "interaction-reply-stale",
                "interaction-overdue",
                "consultation-no-result",
                "error-report-open"))
        .allSatisfy(id -> assertThat(rules.require(id).dimension()).isEqualTo("interaction"));
  }

  @Test
  void rejectsAnUnknownOrInvalidInteractionParameter() {
    String unknown =
        DEFAULT.replace("      openLimit: P1M ", "      openLimit: P1M\n      openDays: 30 ");
    String invalid = DEFAULT.replace("      grace: P30D ", "      grace: P0D  ");

    assertThat(problems(unknown))
        .containsExactly(
            "local.yaml:"
                + lineOf(unknown, "openDays: 30")
                + ": rules[error-report-open].parameters: unknown parameter 'openDays'; expected"
                + " points, cap, openLimit");
    assertThat(problems(invalid))
        .containsExactly(
            "local.yaml:"
                + lineOf(invalid, "grace: P0D")
                + ": rules[consultation-no-result].parameters.grace: expected an ISO 8601 period"
                + " such as P14D, P6M or P1Y (above zero), found 'P0D'");
  }

  @Test
  void rejectsALetterWarningThatIsNotShorterThanTheUnansweredLimit() {
    String text = DEFAULT.replace("      warnAt: P2M ", "      warnAt: P3M ");

    assertThat(problems(text))
        .containsExactly(
            "local.yaml:"
                + lineOf(text, "warnAt: P3M")
                + ": rules[interaction-unanswered].parameters.warnAt: must warn before the veto: a"
                + " period shorter than the unansweredLimit P3M, found P3M");
  }

  private static List<String> problems(String text) {
    InvalidRulesException e =
        catchThrowableOfType(
            () -> RulesFile.parse(text, "local.yaml"), InvalidRulesException.class);
    assertThat(e).as("the rules should be rejected").isNotNull();
    return e.problems().stream().map(RulesProblem::toString).toList();
  }

  private static int lineOf(String fragment) {
    return lineOf(DEFAULT, fragment);
  }

  private static int lineOf(String text, String fragment) {
    int index = text.indexOf(fragment);
    assertThat(index).as(fragment).isNotNegative();
    return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
  }
}
