package org.zhanqun.model.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhanqun.model.Parsed;

class YamlMapTest {

  private final Problems problems = new Problems("rules.yaml");

  @Test
  void readsDecimalsOfAtLeastZeroAsWritten() {
    YamlMap yaml = read("passMark: 60\nfullUntil: 0.50\ncap: 1.5\n");

    assertThat(yaml.decimal("passMark")).contains(new BigDecimal("60"));
    assertThat(yaml.decimal("fullUntil")).contains(new BigDecimal("0.50"));
    assertThat(yaml.decimal("cap")).contains(new BigDecimal("1.5"));
    assertThat(problems.list()).isEmpty();
  }

  @Test
  void refusesNegativeAndMalformedDecimalsWithTheirLines() {
    YamlMap yaml = read("points: -1\npassMark: sixty\nweight: 1e3\n");

    assertThat(yaml.decimal("points")).isEmpty();
    assertThat(yaml.decimal("passMark")).isEmpty();
    assertThat(yaml.decimal("weight")).isEmpty();
    assertThat(messages())
        .containsExactly(
            "rules.yaml:1: points: must not be negative, found -1",
            "rules.yaml:2: passMark: expected a number of at least 0, found 'sixty'",
            "rules.yaml:3: weight: expected a number of at least 0, found '1e3'");
  }

  @Test
  void readsIsoPeriodsOfYearsMonthsWeeksAndDays() {
    YamlMap yaml = read("a: P14D\nb: P6M\nc: P1Y\nd: P2W\ne: P1Y2M\n");

    assertThat(yaml.period("a")).contains(Period.ofDays(14));
    assertThat(yaml.period("b")).contains(Period.ofMonths(6));
    assertThat(yaml.period("c")).contains(Period.ofYears(1));
    assertThat(yaml.period("d")).contains(Period.ofDays(14));
    assertThat(yaml.period("e")).contains(Period.of(1, 2, 0));
    assertThat(problems.list()).isEmpty();
  }

  @Test
  void refusesAPeriodThatIsZeroNegativeTimedOrWrittenInWords() {
    YamlMap yaml = read("a: P0D\nb: P-1D\nc: PT12H\nd: 14 days\ne: P99999999999D\n");

    for (String key : List.of("a", "b", "c", "d", "e")) {
      assertThat(yaml.period(key)).as(key).isEmpty();
    }
    assertThat(messages())
        .hasSize(5)
        .first()
        .isEqualTo(
            "rules.yaml:1: a: expected an ISO 8601 period such as P14D, P6M or P1Y (above zero),"
                + " found 'P0D'");
    assertThat(messages().get(3)).endsWith("found '14 days'");
  }

  @Test
  void refusesACountThatIsNotAWholeNumberInTheSameWordsAsTheRules() {
    YamlMap yaml = read("vetoCount: ten\ncopies: -2\n");

    assertThat(yaml.count("vetoCount")).isEmpty();
    assertThat(yaml.count("copies")).isEmpty();
    assertThat(messages())
        .containsExactly(
            "rules.yaml:1: vetoCount: expected a whole number of at least 0, found 'ten'",
            "rules.yaml:2: copies: must not be negative, found -2");
  }

  @Test
  void readsTheMappingsOfAListAndReportsAnElementThatIsNotOne() {
    YamlMap yaml = read("grades:\n  - id: good\n  - plain\n  - id: poor\n");

    List<YamlMap> grades = yaml.elements("grades").orElseThrow();

    assertThat(grades).extracting(g -> g.text("id").orElseThrow()).containsExactly("good", "poor");
    assertThat(grades.get(1).path("id")).isEqualTo("grades[].id");
    assertThat(messages())
        .containsExactly(
            "rules.yaml:3: each element of grades must be a mapping of keys to values");
  }

  @Test
  void readsAListOfValuesReportingEachRefusalAndRepeatOnItsOwnLine() {
    YamlMap yaml = read("types:\n  - news\n  - poem\n  - news\n  -\n  - guide\n");

    List<String> types =
        yaml.values(
                "types",
                text ->
                    List.of("news", "guide").contains(text)
                        ? Parsed.of(text)
                        : Parsed.refused("unknown value '" + text + "'"))
            .orElseThrow();

    assertThat(types).containsExactly("news", "guide");
    assertThat(messages())
        .containsExactly(
            "rules.yaml:3: types: unknown value 'poem'",
            "rules.yaml:4: types: 'news' is given twice",
            "rules.yaml:5: types: an element is empty");
  }

  @Test
  void namesAMappingAfreshForTheProblemsFoundAfterwards() {
    YamlMap yaml =
        read("rules:\n  - id: backdated\n    kind: sometimes\n")
            .elements("rules")
            .orElseThrow()
            .get(0);

    YamlMap rule = yaml.named("rules[backdated]");
    rule.problem("kind", "expected veto or deduction, found 'sometimes'");
    rule.allowOnly(List.of("id"));

    assertThat(messages())
        .containsExactly(
            "rules.yaml:3: rules[backdated].kind: expected veto or deduction, found 'sometimes'",
            "rules.yaml:3: unknown key 'rules[backdated].kind'; expected one of id");
  }

  @Test
  void walksTheKeysOfAMappingOfArbitraryKeysInTheFilesOrder() {
    YamlMap categories =
        read("categories:\n  notice: { limit: P6M }\n  dynamic: { limit: P14D }\n  special: ~\n")
            .map("categories")
            .orElseThrow();

    assertThat(categories.keys()).containsExactly("notice", "dynamic", "special");
    assertThat(categories.has("special")).isFalse();
    assertThat(categories.map("dynamic").flatMap(c -> c.period("limit")))
        .contains(Period.ofDays(14));
    assertThat(categories.line("dynamic")).isEqualTo(3);
  }

  @Test
  void givesNoMappingAndReportsNothingForAnEmptyDocument() {
    assertThat(YamlDocument.mapping("# only a comment\n", "the rules file", 1, problems)).isEmpty();
    assertThat(problems.list()).isEmpty();
  }

  @Test
  void reportsADocumentThatIsNotAMapping() {
    assertThat(YamlDocument.mapping("- a\n- b\n", "the rules file", 1, problems)).isEmpty();
    assertThat(messages())
        .containsExactly("rules.yaml:1: the rules file must be a mapping of keys to values");
  }

  private YamlMap read(String text) {
    return YamlDocument.mapping(text, "the rules file", 1, problems).orElseThrow();
  }

  private List<String> messages() {
    return problems.list().stream().map(ContentProblem::toString).toList();
  }
}
