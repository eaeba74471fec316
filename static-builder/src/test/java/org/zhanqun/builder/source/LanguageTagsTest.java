package org.zhanqun.builder.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTagsTest {

  @ParameterizedTest
  @CsvSource({
    "zh-CN, zh-CN",
    "zh-cn, zh-CN",
    "EN, en",
    "zh-hant-tw, zh-Hant-TW",
    "es-419, es-419",
    "yue, yue"
  })
  void canonicalisesTheCaseOfEachSubtag(String written, String canonical) {
    assertThat(LanguageTags.canonical(written)).contains(canonical);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"zh_CN", "zh-CN-x-private", "en-US-u-ca-gregory", "c", "chinese", "zh-C", ""})
  void refusesUnderscoresExtensionsAndWhatIsNoTag(String written) {
    assertThat(LanguageTags.canonical(written)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh_CN", "en_US"})
  void explainsThatAnUnderscoreIsNoSeparator(String written) {
    assertThat(LanguageTags.refusal(written)).endsWith("use '-', not '_'");
  }
}
