package org.zhanqun.cms.interaction.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueryCodeTest {

  @Test
  void showsTwentyCharactersInFiveGroups() {
    String shown = QueryCode.random().grouped();

    assertThat(shown).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}");
  }

  @Test
  void acceptsTheCodeWithoutDashesInLowerCaseAndWithMisreadLetters() {
    QueryCode code = new QueryCode("0123456789ABCDEFGHJK");

    assertThat(QueryCode.parse("0123-4567-89ab-cdef-ghjk")).contains(code);
    assertThat(QueryCode.parse(" o123 4567 89AB CDEF GHJK ")).contains(code);
    assertThat(QueryCode.parse("L123456789ABCDEFGHJK"))
        .contains(new QueryCode("1123456789ABCDEFGHJK"));
  }

  @Test
  void refusesWhatCannotBeACode() {
    assertThat(QueryCode.parse(null)).isEmpty();
    assertThat(QueryCode.parse("0123456789ABCDEFGHJ")).isEmpty();
    assertThat(QueryCode.parse("0123456789ABCDEFGHJU")).isEmpty();
    assertThat(QueryCode.parse("x".repeat(100))).isEmpty();
  }

  @Test
  void hashesTheCanonicalFormSoThatEveryWayOfTypingItFindsTheSameLetter() {
    QueryCode code = QueryCode.random();

    assertThat(QueryCode.parse(code.grouped().toLowerCase()).orElseThrow().hash())
        .isEqualTo(code.hash())
        .hasSize(64)
        .doesNotContain(code.value());
  }

  @Test
  void drawsDifferentCodesAndNeverPrintsOne() {
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      codes.add(QueryCode.random().value());
    }

    assertThat(codes).hasSize(1000);
    assertThat(QueryCode.random().toString()).doesNotContainPattern("[0-9A-Z]{4}");
  }
}
