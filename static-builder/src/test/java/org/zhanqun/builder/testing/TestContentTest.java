package org.zhanqun.builder.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestContentTest {

  @TempDir Path folder;

  @Test
  void writesEachFileOfATextWithItsLines() throws Exception {
    TestContent.write(
        folder,
        """
        -- a/b.txt --
        one
        two
        -- c.txt --
        three
        """);

    assertThat(folder.resolve("a/b.txt")).hasContent("one\ntwo\n");
    assertThat(Files.readString(folder.resolve("c.txt"))).isEqualTo("three\n");
  }

  @Test
  void writesHexAsBytesAndLetsALaterTextReplaceOrDeleteAFile() throws Exception {
    TestContent.write(
        folder,
        """
        -- a.txt --
        old
        -- b.txt --
        gone
        """,
        """
        -- a.txt (hex) --
        D0 CF
        11 E0
        -- b.txt (delete) --
        """);

    assertThat(Files.readAllBytes(folder.resolve("a.txt"))).containsExactly(0xD0, 0xCF, 0x11, 0xE0);
    assertThat(folder.resolve("b.txt")).doesNotExist();
  }

  @Test
  void refusesTextBeforeTheFirstFile() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TestContent.write(folder, "stray\n-- a.txt --\n"))
        .withMessageContaining("stray");
  }
}
