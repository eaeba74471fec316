package org.zhanqun.cms.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The console's message bundles: the same keys in every language, and every key the code uses. */
class ConsoleMessagesTest {

  private static final Path I18N = Path.of("../../i18n");
  private static final Path CONSOLE = Path.of("src/main/webapp/admin");

  /** t('key') and t("key") calls with a literal key. */
  private static final Pattern MESSAGE_CALL = Pattern.compile("\\bt\\(\\s*['\"]([\\w.-]+)['\"]");

  @Test
  void everyLanguageHasExactlyTheKeysOfChinese() throws IOException {
    Set<String> chinese = load("console_zh_CN.properties").stringPropertyNames();

    assertThat(load("console_en.properties").stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(chinese);
  }

  @Test
  void everyKeyTheConsoleCodeAsksForExists() throws IOException {
    Set<String> chinese = load("console_zh_CN.properties").stringPropertyNames();
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(CONSOLE)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".js")).toList()) {
        Matcher call = MESSAGE_CALL.matcher(Files.readString(file));
        while (call.find()) {
          used.add(call.group(1));
        }
      }
    }

    assertThat(used).isNotEmpty();
    assertThat(chinese).containsAll(used);
  }

  @Test
  void noMessageIsEmpty() throws IOException {
    for (String bundle : new String[] {"console_zh_CN.properties", "console_en.properties"}) {
      Properties messages = load(bundle);
      assertThat(messages.stringPropertyNames())
          .as(bundle)
          .allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
    }
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(I18N.resolve(name), StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
