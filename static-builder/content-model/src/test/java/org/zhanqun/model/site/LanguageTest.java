package org.zhanqun.model.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTest {

  @ParameterizedTest
  @CsvSource({
    "zh-CN,zh-CN",
    "zh-cn,zh-CN",
    "EN,en",
    "ru,ru",
    "zh-hant-tw,zh-Hant-TW",
    "es-419,es-419"
  })
  void canonicalisesTheCaseOfATag(String given, String canonical) {
    assertThat(new Language(given).tag()).isEqualTo(canonical);
    assertThat(new Language(given)).isEqualTo(new Language(canonical));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "chinese", "zh_CN", "zh-CN-x-private", "e", "zh--CN", "12"})
  void refusesWhatIsNotAPlainLanguageTag(String given) {
    assertThat(Language.parse(given).value()).isEmpty();
    assertThatThrownBy(() -> new Language(given))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a language tag such as zh-CN");
  }

  @org.junit.jupiter.api.Test
  void pointsOutTheUnderscore() {
    assertThat(Language.parse("zh_CN").reason())
        .hasValueSatisfying(reason -> assertThat(reason).endsWith("use '-', not '_'"));
  }
}
