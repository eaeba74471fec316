package org.zhanqun.builder.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ItemFileLinesTest {

  private static final String FILE =
      """
      ---
      type: news
      title: 关于截止目前的通知
      tags: [防汛, 截止目前]
      policy:
        issuer: 长春市人民政府
      published: 2026-07-01T08:00:00+08:00
      ---
      第一行

      第三行有中华人民共合国
      """;

  private final ItemFileLines lines = ItemFileLines.of(FILE);

  @Test
  void aBodyLineCountsFromTheLineAfterTheFrontMatter() {
    assertThat(lines.fileLine("body", 1, "第一行")).isEqualTo(9);
    assertThat(lines.fileLine("body", 3, "中华人民共合国")).isEqualTo(11);
  }

  @Test
  void aFrontMatterFieldIsTheLineThatHoldsTheText() {
    assertThat(lines.fileLine("title", 1, "截止目前")).isEqualTo(3);
    assertThat(lines.fileLine("tags[1]", 1, "截止\n目前")).isEqualTo(4);
  }

  @Test
  void elseTheLineOfTheFieldsKeyElseUnknown() {
    assertThat(lines.fileLine("policy.issuer", 1, "written elsewhere")).isEqualTo(5);
    assertThat(lines.fileLine("summary", 1, "nowhere")).isZero();
    assertThat(ItemFileLines.of("no front matter").fileLine("body", 2, "x")).isZero();
  }
}
