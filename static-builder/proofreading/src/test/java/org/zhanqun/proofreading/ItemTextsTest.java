package org.zhanqun.proofreading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhanqun.model.item.DocumentNumber;
import org.zhanqun.model.item.FormFile;
import org.zhanqun.model.item.FormPart;
import org.zhanqun.model.item.GuidePart;
import org.zhanqun.model.item.IndexNumber;
import org.zhanqun.model.item.Item;
import org.zhanqun.model.item.ItemPart;
import org.zhanqun.model.item.ItemReference;
import org.zhanqun.model.item.PolicyPart;
import org.zhanqun.model.item.Validity;
import org.zhanqun.model.site.ContentType;

/** Which texts of an item are proofread, under which field names; identifiers are left out. */
class ItemTextsTest {

  private static Item item(ContentType type, ItemPart part) {
    return new Item(
        "portal",
        "news",
        "tongzhi",
        "zh-CN",
        type,
        "攻府通知",
        "tongzhi",
        "摘要",
        "长春市人民政府",
        List.of("标签一", "国物院"),
        OffsetDateTime.parse("2026-11-16T09:00:00+08:00"),
        null,
        false,
        "正文",
        part,
        "portal/news/tongzhi.zh-CN.md",
        "");
  }

  @Test
  void aNewsItemGivesItsTitleSummarySourceTagsAndBody() {
    assertThat(ItemTexts.of(item(ContentType.NEWS, null)))
        .extracting(FieldText::field, FieldText::text)
        .containsExactly(
            tuple("title", "攻府通知"),
            tuple("summary", "摘要"),
            tuple("source", "长春市人民政府"),
            tuple("tags[0]", "标签一"),
            tuple("tags[1]", "国物院"),
            tuple("body", "正文"));
  }

  @Test
  void aPolicyGivesItsIssuerSubjectAndKeywordsButNotItsNumbers() {
    PolicyPart policy =
        new PolicyPart(
            new IndexNumber("11220100MB1234567X/2024-00012"),
            "长春市人民政府",
            DocumentNumber.parse("长府发〔2024〕12号").orElseThrow(),
            LocalDate.parse("2024-03-01"),
            "城乡建设",
            List.of("住房", "保障"),
            Validity.VALID,
            null);
    assertThat(ItemTexts.of(item(ContentType.POLICY, policy)))
        .extracting(FieldText::field)
        .containsSubsequence(
            "body", "policy.issuer", "policy.subject", "policy.keywords[0]", "policy.keywords[1]")
        .doesNotContain("policy.indexNo", "policy.docNo");
  }

  @Test
  void aGuideGivesEachTextElementAsTheApiNamesIt() {
    GuidePart<ItemReference> guide =
        new GuidePart<>(
            "11220100MB0000000X",
            "行政许可",
            "依据",
            "条件",
            List.of(
                new GuidePart.Material<>("身份证", null, 1, true, true),
                new GuidePart.Material<>("申请表", null, 1, true, true)),
            List.of("受理", "办结"),
            new GuidePart.TimeLimit(20, 5),
            "不收费",
            "政务服务中心",
            "工作日",
            "市民政局",
            "0431-88000001",
            "12345",
            "https://example.gov.cn/",
            List.of());
    assertThat(ItemTexts.of(item(ContentType.GUIDE, guide)))
        .extracting(FieldText::field)
        .endsWith(
            "guide.itemType",
            "guide.basis",
            "guide.conditions",
            "guide.materials[0].name",
            "guide.materials[1].name",
            "guide.process[0]",
            "guide.process[1]",
            "guide.fees",
            "guide.location",
            "guide.hours",
            "guide.department",
            "guide.phone",
            "guide.supervisionPhone");
  }

  @Test
  void aFormGivesItsFileName() {
    FormFile file =
        new FormFile("files/秘密★申请表.pdf", Path.of("x.pdf"), "PDF", "application/pdf", 10, "00");
    List<FieldText> texts = ItemTexts.of(item(ContentType.FORM, new FormPart<>(file)));
    assertThat(texts).last().isEqualTo(new FieldText("form.file", "秘密★申请表.pdf"));
    assertThat(
            Proofreader.of(Dictionary.builtIn())
                .check(item(ContentType.FORM, new FormPart<>(file))))
        .extracting(Finding::field, Finding::category)
        .containsExactly(
            tuple("title", Category.SERIOUS_ERROR),
            tuple("tags[1]", Category.SERIOUS_ERROR),
            tuple("form.file", Category.CLASSIFIED_MARKING));
  }
}
