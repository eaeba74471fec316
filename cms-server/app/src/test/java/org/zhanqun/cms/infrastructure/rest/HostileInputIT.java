package org.zhanqun.cms.infrastructure.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhanqun.cms.testing.ApiResponseAssert.assertThat;
import static org.zhanqun.cms.testing.JsonBody.object;
import static org.zhanqun.cms.testing.JsonBody.with;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhanqun.cms.testing.ApiClient;
import org.zhanqun.cms.testing.ApiResponse;
import org.zhanqun.cms.testing.DemoUser;
import org.zhanqun.cms.testing.ItemRequests;
import org.zhanqun.cms.testing.JsonBody;
import org.zhanqun.cms.testing.TestDeployment;
import org.zhanqun.cms.testing.Unique;
import org.zhanqun.cms.testing.ZhanqunIT;

/**
 * Values that are not exactly of their type and range are refused with 400 naming the field (its
 * JSON path, or the query parameter) and the reason; none is coerced, none is stored, none gets a
 * 500.
 */
@ZhanqunIT
class HostileInputIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TestDeployment.war();
  }

  @ArquillianResource URL base;

  private ApiClient editor;
  private ApiClient admin;

  @BeforeEach
  void logIn() {
    ApiClient anonymous = ApiClient.anonymous(base);
    editor = anonymous.as(DemoUser.EDITOR_FGW);
    admin = anonymous.as(DemoUser.ADMIN);
  }

  @Test
  void refusesANullInsideAList() {
    String title = Unique.text("空标签");
    JsonObject request = with(news(title), "tags", JsonBody.array("政策", null));

    ApiResponse refused = editor.post("items", request);

    assertThat(refused).hasStatus(400).hasErrorOn("tags[1]");
    assertThat(titlesIn("news")).doesNotContain(title);
  }

  @Test
  void refusesADateBeyondTheYear9999() {
    String title = Unique.text("万年政策");
    JsonObject metadata =
        with(ItemRequests.policyMetadata(Unique.indexNo()), "writtenOn", "+10000-01-01");
    JsonObject request =
        with(
            ItemRequests.policy("fgw", column("policy"), title, Unique.indexNo()),
            "policy",
            metadata);

    ApiResponse refused = editor.post("items", request);

    assertThat(refused).hasStatus(400).hasErrorOn("policy.writtenOn");
    assertThat(titlesIn("policy")).doesNotContain(title);
  }

  @Test
  void refusesADateTimeBeyondTheYear9999InAListFilter() {
    ApiResponse refused = editor.get("items?updatedSince=%2B10000-01-01T00:00:00Z");

    assertThat(refused).hasStatus(400).hasErrorOn("updatedSince");
  }

  @Test
  void refusesAHugePageNumber() {
    ApiResponse items = editor.get("items?page=99999999999");
    ApiResponse runs = admin.get("publish/runs?page=2147483647");

    assertThat(items).hasStatus(400).hasErrorOn("page");
    assertThat(runs).hasStatus(400).hasErrorOn("page");
  }

  @Test
  void refusesAFarFutureDateInSearch() {
    ApiResponse lastDay = editor.anonymousClient().get("search?q=政策&to=9999-12-31");
    ApiResponse beyond = editor.anonymousClient().get("search?q=政策&from=%2B10000-01-01");

    assertThat(lastDay).hasStatus(400).hasErrorOn("to");
    assertThat(beyond).hasStatus(400).hasErrorOn("from");
  }

  @Test
  void refusesANumberTooLargeForItsFieldInsteadOfStoringItWrapped() {
    String title = Unique.text("办事指南");
    JsonObject elements =
        object(
            "fees", "免费", "timeLimit", object("statutoryDays", 4_294_967_297L, "promisedDays", 5));

    ApiResponse refused =
        editor.post("items", ItemRequests.guide("fgw", column("guide"), title, elements));

    assertThat(refused).hasStatus(400).hasErrorOn("guide.timeLimit.statutoryDays");
    assertThat(refused.json().getString("message")).contains("2147483647");
    assertThat(titlesIn("guide")).doesNotContain(title);
  }

  @Test
  void refusesAFractionAsAVersion() {
    JsonObject item = editor.post("items", news(Unique.text("新闻"))).json();
    JsonObject change =
        with(
            ItemRequests.changeOf(item),
            "title",
            Unique.text("改后"),
            "version",
            new BigDecimal(item.getInt("version") + ".5"));

    ApiResponse refused = editor.put("items/" + item.getJsonNumber("id"), change);

    assertThat(refused).hasStatus(400).hasErrorOn("version");
    assertThat(editor.get("items/" + item.getJsonNumber("id")).json().getString("title"))
        .isEqualTo(item.getString("title"));
  }

  @Test
  void refusesYesAsABoolean() {
    String username = Unique.slug("strict");
    JsonObject request =
        object(
            "username",
            username,
            "password",
            "long-enough-password",
            "displayName",
            "严格",
            "administrator",
            "yes");

    ApiResponse refused = admin.post("users", request);

    assertThat(refused).hasStatus(400).hasErrorOn("administrator");
    assertThat(admin.get("users").array().getValuesAs(JsonObject.class))
        .extracting(account -> account.getString("username"))
        .doesNotContain(username);
  }

  @Test
  void refusesYesAsABooleanQueryParameter() {
    ApiResponse refused = admin.post("search/reindex?clear=yes");

    assertThat(refused).hasStatus(400).hasErrorOn("clear");
  }

  @Test
  void refusesInvalidUtf8InsteadOfStoringReplacementCharacters() {
    String title = Unique.text("乱码");
    byte[] json = news(title + "@@").toString().getBytes(StandardCharsets.UTF_8);
    byte[] marker = "@@".getBytes(StandardCharsets.UTF_8);
    int at = indexOf(json, marker);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(json, 0, at);
    body.write(0xC3); // a lead byte followed by an ASCII byte: not UTF-8
    body.write('(');
    body.write(json, at + marker.length, json.length - at - marker.length);

    ApiResponse refused =
        editor.send(
            "POST",
            "items",
            HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()),
            "application/json; charset=UTF-8");

    assertThat(refused).hasStatus(400).hasErrorOn("body");
    assertThat(refused.json().getString("message")).contains("UTF-8");
    assertThat(titlesIn("news")).noneMatch(stored -> stored.startsWith(title));
  }

  private JsonObject news(String title) {
    return ItemRequests.news("fgw", column("news"), title);
  }

  private long column(String code) {
    return editor.columnId("fgw", code);
  }

  /** The titles of the newest items of a column of fgw. */
  private List<String> titlesIn(String code) {
    return editor
        .get("items?column=" + column(code) + "&size=100&sort=createdAt,desc")
        .items()
        .stream()
        .map(item -> item.getString("title"))
        .toList();
  }

  private static int indexOf(byte[] data, byte[] part) {
    for (int i = 0; i + part.length <= data.length; i++) {
      if (Arrays.equals(data, i, i + part.length, part, 0, part.length)) {
        return i;
      }
    }
    throw new IllegalArgumentException("not found");
  }
}
