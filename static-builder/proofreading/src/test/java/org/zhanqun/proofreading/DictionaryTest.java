package org.zhanqun.proofreading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhanqun.model.yaml.ContentProblem;

/** The operator's file: officials, former names, allow-list, public numbers, phrases, errors. */
class DictionaryTest {

  @TempDir Path folder;

  private Proofreader proofreader(String yaml) throws Exception {
    Path file = folder.resolve(Dictionary.OPERATOR_FILE);
    Files.writeString(file, yaml);
    return Proofreader.of(Dictionary.withOperatorFile(file));
  }

  private List<ContentProblem> problems(String yaml) throws IOException {
    Path file = folder.resolve(Dictionary.OPERATOR_FILE);
    Files.writeString(file, yaml);
    try {
      Dictionary.withOperatorFile(file);
    } catch (DictionaryException e) {
      assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(file.toString()));
      return e.problems();
    }
    throw new AssertionError("the dictionary was accepted");
  }

  private static final String OFFICIALS =
      """
      officials:
        - name: 周明远
          titles: [市长]
          wrongForms: [周明元]
        - name: 刘慧敏
          titles: [副市长]
      titles: [局长]
      """;

  @Test
  void aWrongFormOfAnOfficialsNameIsFound() throws Exception {
    assertThat(proofreader(OFFICIALS).check("body", "周明元市长主持会议"))
        .extracting(Finding::category, Finding::severity, Finding::text, Finding::suggestion)
        .containsExactly(tuple(Category.OFFICIAL_NAME, Severity.BLOCK, "周明元", "周明远"));
  }

  @Test
  void aNameNextToATitleThatIsNotTheirsIsFound() throws Exception {
    Proofreader proofreader = proofreader(OFFICIALS);
    assertThat(proofreader.check("body", "副市长周明远出席"))
        .extracting(Finding::category, Finding::text, Finding::suggestion)
        .containsExactly(tuple(Category.OFFICIAL_NAME, "副市长周明远", "周明远 is 市长, not 副市长"));
    assertThat(proofreader.check("body", "刘慧敏局长讲话"))
        .extracting(Finding::text)
        .containsExactly("刘慧敏局长");
  }

  @Test
  void aNameNextToTheirOwnTitleIsNotFlagged() throws Exception {
    Proofreader proofreader = proofreader(OFFICIALS);
    assertThat(proofreader.check("body", "市长周明远、副市长刘慧敏出席，周明远市长讲话")).isEmpty();
    assertThat(proofreader.check("body", "### 周明远\n\n市长。主持市政府全面工作。")).isEmpty();
  }

  @Test
  void theLongestTitleNextToTheNameCounts() throws Exception {
    // 副市长 ends with 市长, which is 周明远's; the longer title is the one written
    assertThat(proofreader(OFFICIALS).check("body", "周明远副市长"))
        .extracting(Finding::suggestion)
        .containsExactly("周明远 is 市长, not 副市长");
    assertThat(proofreader(OFFICIALS).check("body", "副市长刘慧敏")).isEmpty();
  }

  @Test
  void aFormerNameIsAnOutdatedNameWarning() throws Exception {
    Proofreader proofreader =
        proofreader(
            """
            formerNames:
              - name: 长春市国土资源局
                current: 长春市规划和自然资源局
              - name: 长春市环境保护局
                current: 长春市生态环境局
                severity: block
            """);
    assertThat(proofreader.check("body", "原长春市国土资源局、长春市环境保护局"))
        .extracting(Finding::category, Finding::severity, Finding::suggestion)
        .containsExactly(
            tuple(Category.OUTDATED_NAME, Severity.WARN, "长春市规划和自然资源局"),
            tuple(Category.OUTDATED_NAME, Severity.BLOCK, "长春市生态环境局"));
  }

  @Test
  void anAllowListEntrySilencesFindingsInsideIt() throws Exception {
    Proofreader proofreader =
        proofreader(
            """
            allow: [“攻府”一词]
            """);
    assertThat(proofreader.check("body", "“攻府”一词是常见错误；攻府"))
        .extracting(Finding::offset)
        .containsExactly(12);
  }

  @Test
  void publicNumbersPass() throws Exception {
    Proofreader proofreader =
        proofreader(
            """
            publicNumbers: ["138-1234-5678"]
            """);
    assertThat(proofreader.check("body", "联系13812345678")).isEmpty();
    assertThat(proofreader.check("body", "联系13912345678")).hasSize(1);
  }

  @Test
  void extraPhrasesAreFoundAndTheLongestOverlappingMatchWins() throws Exception {
    Proofreader proofreader =
        proofreader(
            """
            phrases:
              - {text: 长春市政付, suggestion: 长春市政府, category: serious-error, severity: block}
              - {text: 净月潭景区, suggestion: 净月潭国家森林公园, category: outdated-name, severity: warn}
            """);
    assertThat(proofreader.check("body", "长春市政付发布"))
        .extracting(Finding::text, Finding::suggestion)
        .containsExactly(tuple("长春市政付", "长春市政府"));
    assertThat(proofreader.check("body", "游览净月潭景区"))
        .extracting(Finding::category)
        .containsExactly(Category.OUTDATED_NAME);
  }

  @Test
  void theDemoClustersFileIsValid() throws Exception {
    Dictionary dictionary = Dictionary.withOperatorFile(Path.of("../../content/proofreading.yaml"));
    assertThat(Proofreader.of(dictionary).check("body", "副市长周明远")).hasSize(1);
  }

  @Test
  void aContentFolderWithoutAnOperatorFileUsesTheBuiltInLists() throws Exception {
    assertThat(Dictionary.forContentFolder(folder)).isSameAs(Dictionary.builtIn());
  }

  @Test
  void duplicateEntriesNameBothLines() throws IOException {
    assertThat(
            problems(
                """
                phrases:
                  - {text: 长春市政付, suggestion: 长春市政府, category: serious-error, severity: block}
                  - {text: 长春市 政付, suggestion: 长春市政府, category: serious-error, severity: block}
                  - {text: 攻府, suggestion: 政府, category: serious-error, severity: block}
                allow: [甲乙, 甲乙]
                """))
        .extracting(ContentProblem::line, ContentProblem::reason)
        .containsExactly(
            tuple(
                3,
                "phrases: '长春市 政付' is given twice (also at "
                    + folder.resolve(Dictionary.OPERATOR_FILE)
                    + ":2)"),
            tuple(4, "phrases: '攻府' is given twice (also at phrases.tsv:13)"),
            tuple(
                5,
                "allow: '甲乙' is given twice (also at "
                    + folder.resolve(Dictionary.OPERATOR_FILE)
                    + ":5)"));
  }

  @Test
  void emptyEntriesUnknownCodesAndMissingSuggestionsAreRefusedWithTheirLines() throws IOException {
    assertThat(
            problems(
                """
                phrases:
                  - {text: "**", suggestion: x, category: typo, severity: warn}
                  - {text: 甲乙, suggestion: x, category: spelling, severity: warn}
                  - {text: 丙丁, suggestion: x, category: typo, severity: fatal}
                  - {text: 戊己, category: typo, severity: warn}
                allow: [~]
                publicNumbers: [热线]
                """))
        .extracting(ContentProblem::line, ContentProblem::reason)
        .containsExactly(
            tuple(2, "phrases: the entry '**' is empty once spaces and markup are left out"),
            tuple(
                3,
                "phrases '甲乙': 'spelling' is not a category: use one of serious-error, official-name,"
                    + " outdated-name, classified-marking, personal-data, typo"),
            tuple(4, "phrases '丙丁': 'fatal' is not a severity: use one of block, warn"),
            tuple(5, "phrases '戊己': the suggestion is missing"),
            tuple(6, "allow: an element is empty"),
            tuple(7, "publicNumbers: '热线' has no digits"));
  }

  @Test
  void officialsNeedANameAndTitlesAndUnknownKeysAreRefused() throws IOException {
    assertThat(
            problems(
                """
                officials:
                  - titles: [市长]
                  - name: 周明远
                  - name: 刘慧敏
                    title: 副市长
                    titles: [副市长]
                colour: red
                """))
        .extracting(ContentProblem::line, ContentProblem::reason)
        .containsExactly(
            tuple(2, "officials[].name is required"),
            tuple(3, "officials[].titles: give at least one title"),
            tuple(5, "unknown key 'officials[].title'; expected one of name, titles, wrongForms"),
            tuple(
                7,
                "unknown key 'colour'; expected one of officials, titles, formerNames, allow, publicNumbers, phrases"));
  }

  @Test
  void invalidYamlAndAnUnreadableFileAreRefused() throws IOException {
    assertThat(problems("officials: [\n"))
        .singleElement()
        .extracting(ContentProblem::reason)
        .asString()
        .startsWith("invalid YAML");
    assertThatThrownBy(() -> Dictionary.withOperatorFile(folder.resolve("missing.yaml")))
        .isInstanceOf(DictionaryException.class)
        .hasMessageContaining("missing.yaml: cannot be read");
  }
}
