package org.zhanqun.proofreading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Properties (QuickTheories, fixed seed): any text, of any script and any markup, is checked
 * without error, and every finding points into the text as written; a planted wrong form is found
 * wherever line breaks and markup fall inside it.
 */
class ProofreaderPropertyTest {

  private static final long SEED = 20261202L;
  private static final Proofreader PROOFREADER = Proofreader.of(Dictionary.builtIn());

  /** Pieces texts are made of: words, planted errors, numbers, markup, odd characters. */
  private static final List<String> PIECES =
      List.of(
          "长春市人民政府",
          "关于",
          "的通知",
          "政府工作报告",
          "中华人民共合国",
          "攻府",
          "齐齐哈市",
          "齐齐哈尔市",
          "秘密★",
          "截止目前",
          "截止日期",
          "内部资料性出版物",
          "220102199003071235",
          "13812345678",
          "138 1234 5678",
          "+86",
          "6222020200001234562",
          "〔2024〕12号",
          "0431-88000001",
          "12345",
          "服务热线：",
          "**",
          "*",
          "_",
          "~~",
          "`",
          "<b>",
          "</b>",
          "<a href=\"x\">",
          "<",
          ">",
          "[链接](https://example.gov.cn/a?id=13812345678)",
          "\n",
          "\r\n",
          "\r",
          " ",
          "\u3000",
          "\u200B",
          "\uFEFF",
          "😀",
          "🇨🇳",
          "\uD83D",
          "\uDE00",
          "ＡＢＣ１２３",
          "ｘ",
          "Ⅻ",
          "㈱",
          "ﬁ",
          "é",
          "e\u0301",
          "Чанчунь",
          "abc",
          "X",
          "x",
          "-",
          "/",
          "=",
          ".",
          "。",
          "，",
          "\t",
          "\u0000",
          "#",
          "|",
          "\\");

  private static final List<String> BREAKS =
      List.of("\n", "\r\n", "**", "*", " ", "\u3000", "<i>", "</i>", "\u200B", "`");

  @Test
  void anyTextIsCheckedAndEveryFindingPointsIntoIt() {
    qt().withFixedSeed(SEED)
        .withExamples(3_000)
        .forAll(texts())
        .checkAssert(
            text -> {
              List<Finding> findings = PROOFREADER.check("body", text);
              String[] lines = text.split("\r\n|\r|\n", -1);
              for (Finding finding : findings) {
                assertThat(finding.line()).isBetween(1, lines.length);
                assertThat(finding.text()).isNotEmpty();
                assertThat(finding.suggestion()).isNotBlank();
                int start = lineStart(text, finding.line()) + finding.offset();
                assertThat(text.substring(start)).startsWith(finding.text());
                assertThat(finding.context())
                    .contains(
                        finding.text().replace("\r\n", " ").replace('\n', ' ').replace('\r', ' '));
              }
            });
  }

  @Test
  void aPlantedWrongFormIsFoundWhereverBreaksFallInIt() {
    String wrong = "中华人民共合国";
    qt().withFixedSeed(SEED)
        .withExamples(1_000)
        .forAll(texts(), texts(), broken(wrong))
        .checkAssert(
            (before, after, planted) -> {
              String text = before + "。" + planted + "。" + after;
              int start = before.length() + 1;
              assertThat(PROOFREADER.check("body", text))
                  .anySatisfy(
                      finding -> {
                        int at = lineStart(text, finding.line()) + finding.offset();
                        assertThat(finding.suggestion()).isEqualTo("中华人民共和国");
                        assertThat(at).isEqualTo(start);
                        assertThat(finding.text()).isEqualTo(planted);
                      });
            });
  }

  private static int lineStart(String text, int line) {
    int start = 0;
    for (int l = 1; l < line; l++) {
      int n = text.indexOf('\n', start);
      int r = text.indexOf('\r', start);
      int next = n < 0 ? r : r < 0 ? n : Math.min(n, r);
      start = next + (text.startsWith("\r\n", next) ? 2 : 1);
    }
    return start;
  }

  private static Gen<String> texts() {
    return in -> {
      StringBuilder text = new StringBuilder();
      int pieces = range(in, 0, 40);
      for (int i = 0; i < pieces; i++) {
        if (range(in, 0, 3) == 0) {
          text.appendCodePoint(range(in, 0, 0x10FFFF));
        } else {
          text.append(PIECES.get(range(in, 0, PIECES.size() - 1)));
        }
      }
      return text.toString();
    };
  }

  /** {@code phrase} with a line break or markup between some of its characters. */
  private static Gen<String> broken(String phrase) {
    return in -> {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < phrase.length(); i++) {
        if (i > 0 && range(in, 0, 2) == 0) {
          text.append(BREAKS.get(range(in, 0, BREAKS.size() - 1)));
        }
        text.append(phrase.charAt(i));
      }
      return text.toString();
    };
  }

  private static int range(RandomnessSource in, int min, int max) {
    return Generate.range(min, max).generate(in);
  }
}
