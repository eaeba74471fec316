package org.zhanqun.cms.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhanqun.cms.testing.ApiResponseAssert.assertThat;
import static org.zhanqun.cms.testing.JsonBody.with;
import static org.zhanqun.cms.testing.JsonBody.without;

import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhanqun.cms.testing.ApiClient;
import org.zhanqun.cms.testing.ApiResponse;
import org.zhanqun.cms.testing.DemoUser;
import org.zhanqun.cms.testing.ItemRequests;
import org.zhanqun.cms.testing.TestDeployment;
import org.zhanqun.cms.testing.Unique;
import org.zhanqun.cms.testing.ZhanqunIT;

/** Every invalid item is refused with 4xx naming its field, and leaves nothing behind. */
@ZhanqunIT
class ItemValidationIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TestDeployment.war();
  }

  @ArquillianResource URL base;

  private ApiClient editor;
  private long news;
  private long policies;

  @BeforeEach
  void logIn() {
    editor = ApiClient.anonymous(base).as(DemoUser.EDITOR_FGW);
    news = editor.columnId("fgw", "news");
    policies = editor.columnId("fgw", "policy");
  }

  @Test
  void rejectsAnItemWithoutTitle() {
    ApiResponse refused = editor.post("items", without(newsRequest(), "title"));

    assertThat(refused).hasStatus(400).hasErrorOn("title");
  }

  @Test
  void rejectsABlankTitle() {
    ApiResponse refused = editor.post("items", with(newsRequest(), "title", "   "));

    assertThat(refused).hasStatus(400).hasErrorOn("title");
  }

  @Test
  void rejectsAnItemInAnUnknownColumn() {
    ApiResponse refused = editor.post("items", with(newsRequest(), "column", 987654321));

    assertThat(refused).hasStatus(400).hasErrorOn("column");
    assertThat(refused.json().getString("message")).contains("987654321");
  }

  @Test
  void rejectsAnItemInAColumnOfAnotherSite() {
    long jyjNews = editor.columnId("jyj", "news");

    ApiResponse refused = editor.post("items", with(newsRequest(), "column", jyjNews));

    assertThat(refused).hasStatus(400).hasErrorOn("column");
  }

  @Test
  void rejectsAnItemInAColumnThatHoldsAnotherType() {
    ApiResponse refused = editor.post("items", with(newsRequest(), "column", policies));

    assertThat(refused).hasStatus(400).hasErrorOn("column");
    assertThat(refused.json().getString("message")).contains("news");
  }

  @Test
  void rejectsAnItemOfAnUnknownSite() {
    ApiResponse refused = editor.post("items", with(newsRequest(), "site", "nosuchsite"));

    assertThat(refused).hasStatus(400).hasErrorOn("site");
    assertThat(refused.json().getString("message")).contains("nosuchsite");
  }

  @Test
  void rejectsAnUnknownContentType() {
    ApiResponse refused = editor.post("items", with(newsRequest(), "type", "video"));

    assertThat(refused).hasStatus(400).hasErrorOn("type");
  }

  @Test
  void rejectsAnUnknownLanguage() {
    ApiResponse refused = editor.post("items", with(newsRequest(), "language", "klingon"));

    assertThat(refused).hasStatus(400).hasErrorOn("language");
    assertThat(refused.json().getString("message")).contains("klingon");
  }

  @Test
  void rejectsALanguageTheSiteDoesNotOffer() {
    ApiResponse refused = editor.post("items", with(newsRequest(), "language", "fr"));

    assertThat(refused).hasStatus(400).hasErrorOn("language");
    assertThat(refused.json().getString("message")).contains("does not offer fr");
  }

  @Test
  void rejectsAnInvalidSlug() {
    ApiResponse refused = editor.post("items", with(newsRequest(), "slug", "Not A Slug!"));

    assertThat(refused).hasStatus(400).hasErrorOn("slug");
  }

  @Test
  void rejectsASlugTheSiteUsesAlready() {
    JsonObject first = newsRequest();
    assertThat(editor.post("items", first)).hasStatus(201);

    ApiResponse refused =
        editor.post("items", with(newsRequest(), "slug", first.getString("slug")));

    assertThat(refused).hasStatus(409).hasErrorOn("slug");
  }

  @Test
  void rejectsPolicyWithoutIssuingAuthority() {
    JsonObject metadata = without(ItemRequests.policyMetadata(Unique.indexNo()), "issuer");

    ApiResponse refused = editor.post("items", with(policyRequest(), "policy", metadata));

    assertThat(refused).hasStatus(400).hasErrorOn("policy.issuer");
  }

  @Test
  void rejectsAPolicyWithAMalformedWrittenOnDate() {
    JsonObject metadata =
        with(ItemRequests.policyMetadata(Unique.indexNo()), "writtenOn", "2024-02-30");

    ApiResponse refused = editor.post("items", with(policyRequest(), "policy", metadata));

    assertThat(refused).hasStatus(400).hasErrorOn("policy.writtenOn");
    assertThat(refused.json().getString("message")).contains("2024-02-30");
  }

  @Test
  void rejectsAMalformedIndexNumber() {
    JsonObject metadata = ItemRequests.policyMetadata("2024-12");

    ApiResponse refused = editor.post("items", with(policyRequest(), "policy", metadata));

    assertThat(refused).hasStatus(400).hasErrorOn("policy.indexNo");
  }

  @Test
  void rejectsAMalformedDocumentNumber() {
    JsonObject metadata = with(ItemRequests.policyMetadata(Unique.indexNo()), "docNo", "第3号文件");

    ApiResponse refused = editor.post("items", with(policyRequest(), "policy", metadata));

    assertThat(refused).hasStatus(400).hasErrorOn("policy.docNo");
  }

  @Test
  void rejectsAPolicyWithoutItsMetadata() {
    ApiResponse refused = editor.post("items", without(policyRequest(), "policy"));

    assertThat(refused).hasStatus(400).hasErrorOn("policy");
  }

  @Test
  void rejectsPolicyMetadataOnANewsArticle() {
    ApiResponse refused =
        editor.post(
            "items", with(newsRequest(), "policy", ItemRequests.policyMetadata(Unique.indexNo())));

    assertThat(refused).hasStatus(400).hasErrorOn("policy");
  }

  @Test
  void namesEveryInvalidFieldOfOneRequest() {
    JsonObject metadata =
        with(
            without(ItemRequests.policyMetadata(Unique.indexNo()), "issuer"),
            "writtenOn",
            "15.03.2024",
            "validity",
            "forever");

    ApiResponse refused = editor.post("items", with(policyRequest(), "policy", metadata));

    assertThat(refused)
        .hasStatus(400)
        .hasErrorOn("policy.issuer")
        .hasErrorOn("policy.writtenOn")
        .hasErrorOn("policy.validity");
  }

  @Test
  void rejectsADuplicateIndexNumberAndStoresNothing() {
    String indexNo = Unique.indexNo();
    ApiResponse first = editor.post("items", policyRequest(indexNo));
    assertThat(first).hasStatus(201);
    long before = policyCount();
    String title = Unique.text("重复索引号");

    ApiResponse duplicate = editor.post("items", with(policyRequest(indexNo), "title", title));

    assertThat(duplicate).hasStatus(409).hasErrorOn("policy.indexNo");
    assertThat(duplicate.json().getString("message"))
        .contains(indexNo)
        .contains(String.valueOf(first.id()));
    assertThat(policyCount()).isEqualTo(before);
    assertThat(
            editor.get("items?column=" + policies + "&size=100").items().stream()
                .map(item -> item.getString("title")))
        .doesNotContain(title);
  }

  @Test
  void letsTheLanguageVersionsOfOnePolicyShareItsIndexNumber() {
    String indexNo = Unique.indexNo();
    String key = Unique.slug("shared-index");
    ApiResponse chinese =
        editor.post("items", with(policyRequest(indexNo), "translationKey", key, "slug", key));
    assertThat(chinese).hasStatus(201);

    ApiResponse english =
        editor.post(
            "items",
            with(
                policyRequest(indexNo),
                "translationKey",
                key,
                "slug",
                key,
                "language",
                "en",
                "title",
                "Shared index number"));

    assertThat(english).hasStatus(201);
    assertThat(english.json().getJsonObject("policy").getString("indexNo")).isEqualTo(indexNo);
    assertThat(editor.post("items", policyRequest(indexNo)))
        .as("another policy may not have it")
        .hasStatus(409)
        .hasErrorOn("policy.indexNo");
  }

  @Test
  void rejectsAChangeToAnIndexNumberAnotherPolicyHas() {
    String taken = Unique.indexNo();
    assertThat(editor.post("items", policyRequest(taken))).hasStatus(201);
    ApiResponse other = editor.post("items", policyRequest(Unique.indexNo()));
    JsonObject change =
        with(
            ItemRequests.changeOf(other.json()),
            "policy",
            ItemRequests.policyMetadata(taken),
            "title",
            "改成重复的索引号");

    ApiResponse refused = editor.put("items/" + other.id(), change);

    assertThat(refused).hasStatus(409).hasErrorOn("policy.indexNo");
    JsonObject stored = editor.get("items/" + other.id()).json();
    assertThat(stored.getString("title")).isEqualTo(other.json().getString("title"));
    assertThat(stored.getInt("revision")).isEqualTo(1);
  }

  @Test
  void rejectsAChangeOfTheItemsSite() {
    ApiResponse created = editor.post("items", newsRequest());

    ApiResponse refused =
        editor.put(
            "items/" + created.id(), with(ItemRequests.changeOf(created.json()), "site", "jyj"));

    assertThat(refused).hasStatus(400).hasErrorOn("site");
  }

  @Test
  void rejectsAPageSizeAboveOneHundred() {
    ApiResponse refused = editor.get("items?size=1000");

    assertThat(refused).hasStatus(400).hasErrorOn("size");
    assertThat(refused.json().getString("message")).contains("100");
  }

  @Test
  void rejectsPageZero() {
    assertThat(editor.get("items?page=0")).hasStatus(400).hasErrorOn("page");
  }

  @Test
  void rejectsASortByAnUnknownField() {
    ApiResponse refused = editor.get("items?sort=colour,asc");

    assertThat(refused).hasStatus(400).hasErrorOn("sort");
    assertThat(refused.json().getString("message")).contains("colour");
  }

  @Test
  void rejectsASortInAnUnknownDirection() {
    assertThat(editor.get("items?sort=title,up")).hasStatus(400).hasErrorOn("sort");
  }

  @Test
  void rejectsAnUnknownStatusFilter() {
    assertThat(editor.get("items?status=archived")).hasStatus(400).hasErrorOn("status");
  }

  @Test
  void rejectsAnUpdatedSinceWithoutOffset() {
    assertThat(editor.get("items?updatedSince=2026-01-01T00:00:00"))
        .hasStatus(400)
        .hasErrorOn("updatedSince");
  }

  private long policyCount() {
    ApiResponse list = editor.get("items?column=" + policies + "&size=1");
    assertThat(list).hasStatus(200);
    return list.json().getJsonNumber("total").longValue();
  }

  private JsonObject newsRequest() {
    return ItemRequests.news("fgw", news, Unique.text("新闻"));
  }

  private JsonObject policyRequest() {
    return policyRequest(Unique.indexNo());
  }

  private JsonObject policyRequest(String indexNo) {
    return ItemRequests.policy("fgw", policies, Unique.text("政策"), indexNo);
  }
}
