package org.zhanqun.proofreading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhanqun.model.yaml.ContentProblem;
import org.zhanqun.model.yaml.Problems;

/** The TSV phrase lists: the built-in one is clean, a bad one is refused line by line. */
class PhraseFileTest {

  private static List<ContentProblem> problems(String tsv) {
    Problems problems = new Problems("extra.tsv");
    PhraseFile.read(tsv, "extra.tsv", problems, new EntryList());
    return problems.list();
  }

  @Test
  void theBuiltInListsLoadAndHoldEveryCategoryTheyPromise() {
    assertThat(Dictionary.builtIn().entries())
        .extracting(Entry::category)
        .contains(Category.SERIOUS_ERROR, Category.CLASSIFIED_MARKING, Category.TYPO);
  }

  @Test
  void aBadListIsRefusedWithTheLineOfEachBadEntry() {
    assertThat(
            problems(
                """
                # comment
                text\tsuggestion\tcategory\tseverity
                攻府\t政府\tserious-error\tblock
                按装\t安装\ttypo
                攻 府\t政府\tserious-error\tblock
                \t政府\tserious-error\tblock
                错字\t\ttypo\twarn
                错词\t对词\tspelling\twarn
                """))
        .extracting(ContentProblem::line, ContentProblem::reason)
        .containsExactly(
            tuple(
                4,
                "expected 4 columns separated by tabs (text, suggestion, category, severity), found"
                    + " 3"),
            tuple(5, "phrase: '攻 府' is given twice (also at extra.tsv:3)"),
            tuple(6, "phrase: the text is empty"),
            tuple(7, "phrase '错字': the suggestion is missing"),
            tuple(
                8,
                "phrase '错词': 'spelling' is not a category: use one of serious-error, official-name,"
                    + " outdated-name, classified-marking, personal-data, typo"));
  }

  @Test
  void theHeaderLineIsRequired() {
    assertThat(problems("攻府\t政府\tserious-error\tblock\n"))
        .extracting(ContentProblem::line)
        .containsExactly(1);
  }
}
