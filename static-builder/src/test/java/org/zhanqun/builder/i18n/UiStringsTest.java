package org.zhanqun.builder.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UiStringsTest {

  @TempDir Path folder;

  @Test
  void readsBundlesAsUtf8AndFallsBackToTheDefaultLanguage() throws IOException {
    Files.writeString(folder.resolve("site_zh_CN.properties"), "nav.home=首页\nfile.download=下载\n");
    Files.writeString(folder.resolve("site_en.properties"), "nav.home=Home\n");

    UiStrings strings = UiStrings.load(folder, "zh-CN", List.of("zh-CN", "en"));

    assertThat(strings.find("en", "nav.home")).contains("Home");
    assertThat(strings.find("en", "file.download")).contains("下载");
    assertThat(strings.find("zh-CN", "nav.home")).contains("首页");
    assertThat(strings.find("en", "no.such.key")).isEmpty();
  }

  @Test
  void reportsEveryKeyALanguageLacksAndEveryMissingBundle() throws IOException {
    Files.writeString(folder.resolve("site_zh_CN.properties"), "a=甲\nb=乙\nc=丙\n");
    Files.writeString(folder.resolve("site_en.properties"), "b=B\n");

    UiStrings strings = UiStrings.load(folder, "zh-CN", List.of("zh-CN", "en", "ru"));

    assertThat(strings.missingKeys(List.of("zh-CN", "en", "ru")))
        .containsExactly(
            "en: a", "en: c", "ru: no bundle site_ru.properties, all strings fall back");
  }

  @Test
  void refusesToStartWithoutTheDefaultLanguagesBundle() throws IOException {
    Files.writeString(folder.resolve("site_en.properties"), "a=A\n");

    assertThatThrownBy(() -> UiStrings.load(folder, "zh-CN", List.of("zh-CN", "en")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("site_zh_CN.properties");
  }
}
