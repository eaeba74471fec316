package org.zhanqun.proofreading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in lists: what is found, what is not, and where the findings point. */
class ProofreaderTest {

  private static final Proofreader PROOFREADER = Proofreader.of(Dictionary.builtIn());

  private static List<Finding> check(String text) {
    return PROOFREADER.check("body", text);
  }

  @Test
  void aWrongFormOfTheStatesNameIsASeriousError() {
    assertThat(check("根据中华人民共合国宪法"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.category()).isEqualTo(Category.SERIOUS_ERROR);
              assertThat(finding.severity()).isEqualTo(Severity.BLOCK);
              assertThat(finding.text()).isEqualTo("中华人民共合国");
              assertThat(finding.suggestion()).isEqualTo("中华人民共和国");
              assertThat(finding.blocks()).isTrue();
            });
  }

  @Test
  void theRightFormsAreNotFlagged() {
    assertThat(check("中华人民共和国国务院关于政府工作报告的说明，中国共产党，全国人民代表大会")).isEmpty();
  }

  @Test
  void aWrongCharacterForGovernmentIsFoundButTheWorkReportIsNot() {
    assertThat(check("市攻府印发了政府工作报告")).extracting(Finding::text).containsExactly("攻府");
    assertThat(check("政府工作报告")).isEmpty();
  }

  @Test
  void aPhraseSplitAcrossALineBreakIsFoundWithTheTextAsWritten() {
    assertThat(check("第一行\n中华人民共\n合国成立"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.text()).isEqualTo("中华人民共\n合国");
              assertThat(finding.line()).isEqualTo(2);
              assertThat(finding.offset()).isZero();
            });
  }

  @Test
  void aPhraseInsideBoldOrHtmlOrFullWidthSpacesIsFound() {
    assertThat(check("**中华人民**共合国")).extracting(Finding::text).containsExactly("中华人民**共合国");
    assertThat(check("<b>攻</b>府")).extracting(Finding::text).containsExactly("攻</b>府");
    assertThat(check("不忘\u3000出心")).extracting(Finding::text).containsExactly("不忘\u3000出心");
    assertThat(check("国\u200B物院")).extracting(Finding::text).containsExactly("国\u200B物院");
  }

  @Test
  void lineOffsetAndContextPointIntoTheTextAsWritten() {
    String text = "第一段。\r\n第二段说明：今年起截止目前共有三项。\n末行";
    assertThat(check(text))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.field()).isEqualTo("body");
              assertThat(finding.line()).isEqualTo(2);
              assertThat(finding.offset()).isEqualTo(9);
              assertThat(finding.text()).isEqualTo("截止目前");
              assertThat(finding.suggestion()).isEqualTo("截至目前");
              assertThat(finding.context()).isEqualTo("第二段说明：今年起截止目前共有三项。");
              assertThat(finding.severity()).isEqualTo(Severity.WARN);
            });
  }

  @Test
  void theContextIsCutToTwelveCharactersEachSide() {
    String text = "一二三四五六七八九十甲乙丙丁攻府一二三四五六七八九十甲乙丙丁";
    assertThat(check(text))
        .singleElement()
        .extracting(Finding::offset, Finding::context)
        .containsExactly(14, "三四五六七八九十甲乙丙丁攻府一二三四五六七八九十甲乙");
  }

  @Test
  void aTypoIsAWarningAndTheDeadlineWordIsNoTypo() {
    assertThat(check("截止到11月底，按装完毕"))
        .extracting(Finding::category, Finding::severity, Finding::text, Finding::suggestion)
        .containsExactly(
            tuple(Category.TYPO, Severity.WARN, "截止到", "截至"),
            tuple(Category.TYPO, Severity.WARN, "按装", "安装"));
    assertThat(check("申报截止日期为11月30日")).isEmpty();
  }

  @Test
  void classifiedMarkingsAreFoundWithOrWithoutThePeriod() {
    assertThat(check("秘密★1年\n机密☆\n绝密★长期\n内部资料 注意保密"))
        .extracting(Finding::category, Finding::text)
        .containsExactly(
            tuple(Category.CLASSIFIED_MARKING, "秘密★"),
            tuple(Category.CLASSIFIED_MARKING, "机密☆"),
            tuple(Category.CLASSIFIED_MARKING, "绝密★"),
            tuple(Category.CLASSIFIED_MARKING, "内部资料"),
            tuple(Category.CLASSIFIED_MARKING, "注意保密"));
  }

  @Test
  void secretsWithoutAStarAndTheLegalPublicationCategoryAreNoMarkings() {
    assertThat(check("保护国家秘密和商业秘密；《内部资料性出版物管理办法》")).isEmpty();
  }

  @Test
  void aMisspeltPlaceNameIsASeriousErrorWithTheOfficialName() {
    assertThat(check("黑龙江省齐齐哈市"))
        .singleElement()
        .extracting(Finding::category, Finding::text, Finding::suggestion)
        .containsExactly(Category.SERIOUS_ERROR, "齐齐哈市", "齐齐哈尔市");
    assertThat(check("齐哈齐尔市")).extracting(Finding::suggestion).containsExactly("齐齐哈尔市");
  }

  @Test
  void anOfficialPlaceNameHoldingAMisspellingIsNotFlagged() {
    assertThat(check("哈尔滨市、齐哈尔市")).extracting(Finding::text).containsExactly("齐哈尔市");
    assertThat(check("齐齐哈尔市、长春市朝阳区、呼和浩特市、乌鲁木齐市")).isEmpty();
  }

  @Test
  void eachFindingIsReportedOnce() {
    assertThat(check("攻府攻府")).hasSize(2).extracting(Finding::offset).containsExactly(0, 2);
  }

  @Test
  void emptyAndNullTextsHaveNoFindings() {
    assertThat(PROOFREADER.check("body", null)).isEmpty();
    assertThat(PROOFREADER.check("body", "")).isEmpty();
    assertThat(PROOFREADER.check("body", " \n\u200B**")).isEmpty();
  }

  @Test
  void severalFieldsAreCheckedInOrder() {
    assertThat(
            PROOFREADER.check(
                List.of(new FieldText("title", "攻府通知"), new FieldText("tags[0]", "国物院"))))
        .extracting(Finding::field, Finding::suggestion)
        .containsExactly(tuple("title", "政府"), tuple("tags[0]", "国务院"));
  }

  @Test
  void emojiMixedScriptsAndMalformedMarkdownAreCheckedWithoutError() {
    String text = "😀中华人民共合国🇨🇳 **unclosed _emphasis `code <b attr=\"x 攻府 <<>> ]( [link](";
    List<Finding> findings = check(text);
    assertThat(findings).extracting(Finding::text).contains("中华人民共合国");
    assertThat(findings.get(0).offset()).isEqualTo(2);
  }

  @Test
  void aHundredThousandCharacterBodyIsChecked() {
    String body = "长春市人民政府召开常务会议，研究部署重点工作。".repeat(4_000) + "攻府";
    assertThat(body.length()).isGreaterThan(90_000);
    assertThat(check(body)).singleElement().extracting(Finding::text).isEqualTo("攻府");
  }
}
