package org.zhanqun.cms.infrastructure.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhanqun.cms.testing.JsonBody.object;
import static org.zhanqun.cms.testing.JsonBody.with;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.zhanqun.cms.testing.ApiClient;
import org.zhanqun.cms.testing.ApiResponse;
import org.zhanqun.cms.testing.DemoUser;
import org.zhanqun.cms.testing.ItemRequests;
import org.zhanqun.cms.testing.TestDeployment;
import org.zhanqun.cms.testing.Unique;
import org.zhanqun.cms.testing.ZhanqunIT;

/**
 * Fuzzes the API's request bodies and query parameters: mutated JSON (wrong types, nulls in lists,
 * huge numbers, deep nesting, long strings, invalid UTF-8, unknown fields) for the main write
 * endpoints and hostile values for the list and search parameters. Whatever is sent, the answer is
 * never a 5xx (a search may say 503 when Solr is busy), a 400 names the fields at fault, and a
 * refused write stores nothing. The cases are drawn from a {@link Random} with a fixed seed for
 * each endpoint, so a run is reproducible and each case is named by its endpoint, number and what
 * it sent; 420 requests in all.
 */
@ZhanqunIT
class ApiFuzzIT {

  private static final long SEED = 20261202L;

  /** Lengths of the long strings sent, in characters of 3 UTF-8 bytes. */
  private static final List<Integer> LONG_STRINGS = List.of(1_000, 70_000, 2_000_000);

  /** Invalid UTF-8 sequences (hex) put into a member's value. */
  private static final List<String> INVALID_UTF8 =
      List.of("FF", "C328", "ED A080", "F8", "C0AF", "E282");

  /** Query parameter values that tripped parsing before. */
  private static final List<String> PARAMETERS =
      List.of(
          "",
          "0",
          "-1",
          "1.5",
          "1e3",
          "yes",
          "true",
          "2147483647",
          "2147483648",
          "99999999999",
          "9223372036854775808",
          "-9223372036854775809",
          "%2B10000-01-01",
          "9999-12-31",
          "0000-01-01",
          "2026-02-30",
          "%2B10000-01-01T00:00:00Z",
          "9999-12-31T23:00:00-05:00",
          "2026-01-01T00:00:00%2B08:00",
          "updatedAt,desc",
          "title,up",
          "%FF",
          "%C3%28",
          "%00",
          "%ED%A0%80",
          "zh-CN",
          "xx-YY-ZZ",
          "news",
          "fgw",
          "date",
          "relevance");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TestDeployment.war();
  }

  @ArquillianResource URL base;

  private ApiClient anonymous;
  private ApiClient editor;
  private ApiClient reviewer;
  private ApiClient admin;
  private ApiClient evaluator;

  @BeforeEach
  void logIn() {
    anonymous = ApiClient.anonymous(base);
    editor = anonymous.as(DemoUser.EDITOR_FGW);
    reviewer = anonymous.as(DemoUser.REVIEWER_FGW);
    admin = anonymous.as(DemoUser.ADMIN);
    evaluator = anonymous.as(DemoUser.EVALUATOR);
  }

  @TestFactory
  Stream<DynamicTest> itemCreation() {
    long news = editor.columnId("fgw", "news");
    Supplier<JsonObject> valid =
        () ->
            with(ItemRequests.news("fgw", news, Unique.text("模糊测试")), "tags", List.of("模糊", "测试"));
    return cases("POST items", 80)
        .map(
            mutation ->
                DynamicTest.dynamicTest(
                    mutation.toString(),
                    () -> {
                      long before = itemCount();
                      byte[] body = mutation.apply(valid.get());
                      ApiResponse answer = send(editor, "POST", "items", body);
                      assertAnswered(mutation.sent(body), answer);
                      if (answer.status() != 201) {
                        assertThat(itemCount())
                            .as("items after a refused create, %s", mutation.sent(body))
                            .isEqualTo(before);
                      }
                    }));
  }

  @TestFactory
  Stream<DynamicTest> itemUpdates() {
    long news = editor.columnId("fgw", "news");
    long id = editor.post("items", ItemRequests.news("fgw", news, Unique.text("模糊更新"))).id();
    return cases("PUT items/{id}", 60)
        .map(
            mutation ->
                DynamicTest.dynamicTest(
                    mutation.toString(),
                    () -> {
                      JsonObject stored = editor.get("items/" + id).json();
                      byte[] body = mutation.apply(ItemRequests.changeOf(stored));
                      ApiResponse answer = send(editor, "PUT", "items/" + id, body);
                      assertAnswered(mutation.sent(body), answer);
                      if (answer.status() != 200) {
                        JsonObject after = editor.get("items/" + id).json();
                        assertThat(after.getInt("version"))
                            .as("%s", mutation.sent(body))
                            .isEqualTo(stored.getInt("version"));
                        assertThat(after.getString("title"))
                            .as("%s", mutation.sent(body))
                            .isEqualTo(stored.getString("title"));
                      }
                    }));
  }

  @TestFactory
  Stream<DynamicTest> workflowTransitions() {
    long news = editor.columnId("fgw", "news");
    long[] item = {draft(news)};
    return cases("POST items/{id}/workflow/submit", 40)
        .map(
            mutation ->
                DynamicTest.dynamicTest(
                    mutation.toString(),
                    () -> {
                      JsonObject stored = editor.get("items/" + item[0]).json();
                      JsonObject valid =
                          object("comment", "请审核", "version", stored.getInt("version"));
                      byte[] body = mutation.apply(valid);
                      ApiResponse answer =
                          send(editor, "POST", "items/" + item[0] + "/workflow/submit", body);
                      assertAnswered(mutation.sent(body), answer);
                      if (answer.status() == 200) {
                        item[0] = draft(news);
                      } else {
                        JsonObject after = editor.get("items/" + item[0]).json();
                        assertThat(after.getString("status"))
                            .as("%s", mutation.sent(body))
                            .isEqualTo(stored.getString("status"));
                        assertThat(after.getInt("version"))
                            .as("%s", mutation.sent(body))
                            .isEqualTo(stored.getInt("version"));
                      }
                    }));
  }

  @TestFactory
  Stream<DynamicTest> proofreading() {
    JsonObject valid =
        object(
            "site",
            "fgw",
            "language",
            "zh-CN",
            "fields",
            List.of(object("field", "body", "text", "截止目前，正文第一段。")));
    return cases("POST proofread", 30)
        .map(
            mutation ->
                DynamicTest.dynamicTest(
                    mutation.toString(),
                    () -> {
                      byte[] body = mutation.apply(valid);
                      assertAnswered(mutation.sent(body), send(editor, "POST", "proofread", body));
                    }));
  }

  @TestFactory
  Stream<DynamicTest> columns() {
    String site = Unique.siteId();
    assertThat(admin.post("sites", siteRequest(site)).status()).isEqualTo(201);
    Supplier<JsonObject> valid =
        () ->
            object(
                "code",
                Unique.slug("c"),
                "names",
                Map.of("zh-CN", "栏目"),
                "category",
                "dynamic",
                "types",
                List.of("news"),
                "position",
                1);
    return cases("POST sites/{site}/columns", 40)
        .map(
            mutation ->
                DynamicTest.dynamicTest(
                    mutation.toString(),
                    () -> {
                      int before = columnCount(site);
                      byte[] body = mutation.apply(valid.get());
                      ApiResponse answer = send(admin, "POST", "sites/" + site + "/columns", body);
                      assertAnswered(mutation.sent(body), answer);
                      if (answer.status() != 201) {
                        assertThat(columnCount(site))
                            .as("%s", mutation.sent(body))
                            .isEqualTo(before);
                      }
                    }));
  }

  @TestFactory
  Stream<DynamicTest> sites() {
    return cases("POST sites", 40)
        .map(
            mutation ->
                DynamicTest.dynamicTest(
                    mutation.toString(),
                    () -> {
                      int before = admin.get("sites").array().size();
                      byte[] body = mutation.apply(siteRequest(Unique.siteId()));
                      ApiResponse answer = send(admin, "POST", "sites", body);
                      assertAnswered(mutation.sent(body), answer);
                      if (answer.status() != 201) {
                        assertThat(admin.get("sites").array().size())
                            .as("%s", mutation.sent(body))
                            .isEqualTo(before);
                      }
                    }));
  }

  @TestFactory
  Stream<DynamicTest> logins() {
    // made-up accounts only, and few: the login throttle may answer 429, a valid refusal
    JsonObject valid = object("username", "fuzz-nobody", "password", "not-a-password");
    return cases("POST auth/login", 15)
        .map(
            mutation ->
                DynamicTest.dynamicTest(
                    mutation.toString(),
                    () -> {
                      byte[] body = mutation.apply(valid);
                      ApiResponse answer = send(anonymous, "POST", "auth/login", body);
                      assertAnswered(mutation.sent(body), answer);
                      assertThat(answer.status()).as("%s", mutation.sent(body)).isNotEqualTo(200);
                    }));
  }

  @TestFactory
  Stream<DynamicTest> queryParameters() {
    long news = editor.columnId("fgw", "news");
    long item = draft(news);
    Map<String, QueryTarget> targets = new LinkedHashMap<>();
    targets.put(
        "items",
        new QueryTarget(
            editor,
            List.of(
                "site",
                "column",
                "type",
                "language",
                "status",
                "updatedSince",
                "q",
                "page",
                "size",
                "sort")));
    targets.put(
        "public/items",
        new QueryTarget(
            anonymous,
            List.of("site", "column", "type", "language", "updatedSince", "page", "size", "sort")));
    targets.put(
        "search",
        new QueryTarget(
            anonymous,
            List.of(
                "q", "site", "column", "type", "lang", "from", "to", "issuer", "sort", "page",
                "size")));
    targets.put("publish/runs", new QueryTarget(admin, List.of("page", "size")));
    targets.put("audit/runs", new QueryTarget(evaluator, List.of("page", "size")));
    targets.put(
        "items/" + item + "/revisions/diff", new QueryTarget(editor, List.of("from", "to")));
    List<String> paths = List.copyOf(targets.keySet());
    Function<Random, String> query =
        random -> {
          String path = paths.get(random.nextInt(10) % paths.size());
          List<String> names = targets.get(path).names();
          List<String> parts = new ArrayList<>();
          for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            String value = hostileParameter(random);
            parts.add(names.get(Math.floorMod(value.hashCode() + i, names.size())) + "=" + value);
          }
          return path + "?" + String.join("&", parts);
        };
    return sample(query, "GET", 115)
        .map(
            drawn -> {
              String label = "GET case " + drawn.number() + ": " + shown(drawn.value(), 300);
              return DynamicTest.dynamicTest(
                  label,
                  () -> {
                    String pathAndQuery = drawn.value();
                    String path = pathAndQuery.substring(0, pathAndQuery.indexOf('?'));
                    ApiResponse answer = targets.get(path).client().get(pathAndQuery);
                    if (path.equals("search") && answer.status() == 503) {
                      return; // Solr busy: refused for load, not for the input
                    }
                    assertAnswered(label, answer);
                  });
            });
  }

  /**
   * Hostile values of the console's start page's {@code site} (its own draws: those above stay).
   */
  @TestFactory
  Stream<DynamicTest> workSiteParameter() {
    return sample(random -> "work?site=" + hostileParameter(random), "GET work", 25)
        .map(
            drawn -> {
              String label = "GET case " + drawn.number() + ": " + shown(drawn.value(), 300);
              return DynamicTest.dynamicTest(
                  label, () -> assertAnswered(label, editor.get(drawn.value())));
            });
  }

  /**
   * Never a 5xx; an error has the API's body, and a 400 names at least one field. A failure names
   * the {@code sent} case and the answer.
   */
  private static void assertAnswered(Object sent, ApiResponse answer) {
    assertThat(answer.status()).as("%s: %s", sent, answer.describe()).isLessThan(500);
    if (answer.status() >= 400) {
      JsonObject body = answer.json();
      assertThat(body.getInt("status"))
          .as("%s: %s", sent, answer.describe())
          .isEqualTo(answer.status());
      if (answer.status() == 400) {
        assertThat(body.getJsonArray("errors")).as("%s: %s", sent, answer.describe()).isNotEmpty();
      }
    }
  }

  private long itemCount() {
    return evaluator.get("items?size=1").json().getJsonNumber("total").longValue();
  }

  private int columnCount(String site) {
    return count(admin.get("sites/" + site + "/columns").array().getValuesAs(JsonObject.class));
  }

  private static int count(List<JsonObject> columns) {
    return columns.stream()
        .mapToInt(c -> 1 + count(c.getJsonArray("children").getValuesAs(JsonObject.class)))
        .sum();
  }

  private long draft(long column) {
    return editor.post("items", ItemRequests.news("fgw", column, Unique.text("模糊流程"))).id();
  }

  private static JsonObject siteRequest(String id) {
    return object(
        "id",
        id,
        "kind",
        "department",
        "names",
        Map.of("zh-CN", "模糊测试局 " + id),
        "department",
        "长春市模糊测试局",
        "path",
        id + "/",
        "theme",
        "department",
        "languages",
        List.of("zh-CN"));
  }

  private static ApiResponse send(ApiClient client, String method, String path, byte[] body) {
    return client.send(
        method,
        path,
        HttpRequest.BodyPublishers.ofByteArray(body),
        "application/json; charset=UTF-8");
  }

  /** {@code count} mutations, drawn with the seed and the endpoint's name. */
  private static Stream<Mutation> cases(String endpoint, int count) {
    return sample(ApiFuzzIT::mutation, endpoint, count)
        .map(drawn -> drawn.value().on(endpoint, drawn.number()));
  }

  /** {@code count} values, drawn from a seed of its own for each {@code name}, numbered from 0. */
  private static <T> Stream<Drawn<T>> sample(Function<Random, T> draw, String name, int count) {
    Random random = new Random(SEED + name.hashCode());
    return IntStream.range(0, count)
        .mapToObj(number -> new Drawn<>(number, draw.apply(random)))
        .toList()
        .stream();
  }

  /**
   * One change, each kind equally often except a replacement by any value (2 in 9): a member
   * replaced by any value, by a list holding a scalar, by deep nesting or by a long string; an
   * unknown member; a member removed; invalid UTF-8 in a member; a whole other value.
   */
  private static Mutation mutation(Random random) {
    int member = random.nextInt(100);
    return switch (random.nextInt(9)) {
      case 0, 1 -> new Mutation("replace", member, HostileJson.anyValue(random));
      case 2 -> new Mutation("replace", member, "[\"a\", " + HostileJson.scalar(random) + "]");
      case 3 -> new Mutation("unknown", 0, alphabetic(random, 1 + random.nextInt(10)));
      case 4 -> new Mutation("remove", member, "");
      case 5 -> {
        int depth = 10 + random.nextInt(2991);
        yield new Mutation("replace", member, "[".repeat(depth) + "]".repeat(depth));
      }
      case 6 -> {
        int length = LONG_STRINGS.get(random.nextInt(LONG_STRINGS.size()));
        yield new Mutation("replace", member, "\"" + "长".repeat(length) + "\"");
      }
      case 7 -> new Mutation("utf8", member, INVALID_UTF8.get(random.nextInt(INVALID_UTF8.size())));
      default -> new Mutation("whole", 0, HostileJson.anyValue(random));
    };
  }

  private static String alphabetic(Random random, int length) {
    String letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(letters.charAt(random.nextInt(letters.length())));
    }
    return text.toString();
  }

  /**
   * A hostile query parameter value, each kind equally often: one of the values that tripped
   * parsing before, up to 300 characters of any kind URL-encoded, or a long.
   */
  private static String hostileParameter(Random random) {
    return switch (random.nextInt(3)) {
      case 0 -> PARAMETERS.get(random.nextInt(PARAMETERS.size()));
      case 1 -> URLEncoder.encode(HostileJson.string(random, 300), StandardCharsets.UTF_8);
      default -> String.valueOf(random.nextLong());
    };
  }

  /** {@code text}, cut after {@code limit} characters with its length shown. */
  private static String shown(String text, int limit) {
    return text.length() <= limit
        ? text
        : text.substring(0, limit) + "…(" + text.length() + " characters)";
  }

  /** A value drawn as case {@code number} of its endpoint. */
  private record Drawn<T>(int number, T value) {}

  /** Where a body goes and how a mutation changes it. */
  private record QueryTarget(ApiClient client, List<String> names) {}

  /**
   * One change to a valid body: {@code replace} a member's value with JSON text, add an {@code
   * unknown} member, {@code remove} a member, put invalid {@code utf8} bytes (hex) into a member's
   * value, or send a {@code whole} other value.
   */
  record Mutation(String kind, int member, String text, String endpoint, int number) {

    Mutation(String kind, int member, String text) {
      this(kind, member, text, "", -1);
    }

    Mutation on(String endpoint, int number) {
      return new Mutation(kind, member, text, endpoint, number);
    }

    byte[] apply(JsonObject valid) {
      List<String> names = List.copyOf(valid.keySet());
      String name = names.get(member % names.size());
      Map<String, String> members = new LinkedHashMap<>();
      valid.forEach((n, v) -> members.put(n, v.toString()));
      switch (kind) {
        case "replace" -> members.put(name, text);
        case "unknown" -> members.put(text, "\"?\"");
        case "remove" -> members.remove(name);
        case "whole" -> {
          return text.getBytes(StandardCharsets.UTF_8);
        }
        case "utf8" -> {
          members.put(name, "\"@@INVALID@@\"");
          return invalidUtf8(render(members), text);
        }
        default -> throw new IllegalStateException(kind);
      }
      return render(members).getBytes(StandardCharsets.UTF_8);
    }

    private static String render(Map<String, String> members) {
      StringBuilder json = new StringBuilder("{");
      members.forEach(
          (n, v) ->
              json.append(json.length() > 1 ? "," : "")
                  .append(HostileJson.quoted(n))
                  .append(':')
                  .append(v));
      return json.append('}').toString();
    }

    private static byte[] invalidUtf8(String json, String hex) {
      String[] halves = json.split("@@INVALID@@", 2);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      bytes.writeBytes(halves[0].getBytes(StandardCharsets.UTF_8));
      String digits = hex.replace(" ", "");
      for (int i = 0; i < digits.length(); i += 2) {
        bytes.write(Integer.parseInt(digits.substring(i, i + 2), 16));
      }
      bytes.writeBytes(halves[1].getBytes(StandardCharsets.UTF_8));
      return bytes.toByteArray();
    }

    /** This case and up to 500 characters of the {@code body} it sent. */
    String sent(byte[] body) {
      return this + ", sent " + shown(new String(body, StandardCharsets.UTF_8), 500);
    }

    /** The endpoint, case number and change, with up to 300 characters of the text sent. */
    @Override
    public String toString() {
      return endpoint
          + " case "
          + number
          + ": "
          + kind
          + " member "
          + member
          + " "
          + shown(text, 300);
    }
  }
}
