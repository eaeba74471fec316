package org.zhanqun.builder.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhanqun.model.yaml.ContentProblem;
import org.zhanqun.model.yaml.Problems;

class FrontMatterTest {

  private final Problems problems = new Problems("a.zh-CN.md");

  @Test
  void splitsTheYamlBetweenTheFencesFromTheBody() {
    assertThat(FrontMatter.split("---\ntype: news\n---\n正文\n---\n", problems))
        .contains(new FrontMatter("type: news\n", 2, "正文\n---\n"));
    assertThat(problems.isEmpty()).isTrue();
  }

  @Test
  void acceptsWindowsLineBreaksTrailingSpacesAndAByteOrderMark() {
    assertThat(FrontMatter.split("\uFEFF--- \r\ntitle: x\r\n---\r\nbody", problems))
        .contains(new FrontMatter("title: x\r\n", 2, "body"));
  }

  @Test
  void readsAnEmptyFrontMatterAndAnEmptyBody() {
    assertThat(FrontMatter.split("---\n---", problems)).contains(new FrontMatter("", 2, ""));
  }

  @Test
  void reportsAFileThatDoesNotStartWithAFence() {
    assertThat(FrontMatter.split("\n---\ntitle: x\n---\n", problems)).isEmpty();
    assertThat(problems.list())
        .containsExactly(
            new ContentProblem(
                "a.zh-CN.md", 1, "no front matter: an item file starts with a '---' line"));
  }

  @Test
  void reportsAFrontMatterThatIsNeverClosed() {
    assertThat(FrontMatter.split("---\ntitle: x\n----\n", problems)).isEmpty();
    assertThat(problems.list())
        .containsExactly(
            new ContentProblem(
                "a.zh-CN.md", 1, "the front matter is not closed: no '---' line after line 1"));
  }
}
