package org.zhanqun.cms.infrastructure.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.FieldError;

/**
 * Any byte sequence sent as a JSON body is either read, when it is UTF-8 JSON of exactly the
 * request's shape, or refused with the fields at fault; the reader never fails otherwise.
 */
class StrictJsonReaderTest {

  enum Role {
    EDITOR,
    REVIEWER
  }

  record Grant(String site, Role role) {}

  record Limits(Integer days, Long id) {}

  record Request(
      String title,
      Integer version,
      Long column,
      boolean administrator,
      Boolean original,
      List<String> tags,
      List<Long> ids,
      Map<String, String> names,
      Limits limits,
      List<Grant> grants) {}

  @Property(tries = 300, seed = "20261202")
  void anyBytesAreReadOrRefusedNamingTheBody(@ForAll byte[] body) {
    assertReadOrRefused(body);
  }

  @Property(tries = 500, seed = "20261202")
  void anyMutatedRequestIsReadOrRefusedNamingAField(@ForAll("mutatedRequests") String json) {
    assertReadOrRefused(json.getBytes(StandardCharsets.UTF_8));
  }

  @Example
  void readsARequestOfExactlyItsShape() {
    String json =
        """
        {"title": "标题", "version": 3, "column": 9007199254740993, "administrator": true,
         "original": false, "tags": ["a", "b"], "ids": [1, -2], "names": {"zh-CN": "名"},
         "limits": {"days": 2147483647, "id": null}, "grants": [{"site": "fgw", "role": "EDITOR"}]}
        """;

    assertThat(StrictJsonReader.checked(json.getBytes(StandardCharsets.UTF_8), Request.class))
        .isEqualTo(json);
  }

  @Example
  void readsAnEmptyBodyAndNullAsNoBody() {
    assertThat(StrictJsonReader.checked(new byte[0], Request.class)).isNull();
    assertThat(StrictJsonReader.checked(" null ".getBytes(StandardCharsets.UTF_8), Request.class))
        .isNull();
  }

  @Example
  void refusesYesAsABoolean() {
    assertThat(refused("{\"administrator\": \"yes\"}"))
        .containsExactly(
            new FieldError("administrator", "must be true or false, not the string \"yes\""));
    assertThat(refused("{\"original\": 1}"))
        .extracting(FieldError::field)
        .containsExactly("original");
    assertThat(refused("{\"administrator\": null}"))
        .extracting(FieldError::field)
        .containsExactly("administrator");
  }

  @Example
  void refusesAFractionOrAnExponentAsAWholeNumber() {
    assertThat(refused("{\"version\": 1.5}"))
        .containsExactly(new FieldError("version", "must be a whole number, not 1.5"));
    assertThat(refused("{\"version\": 1.0}"))
        .extracting(FieldError::field)
        .containsExactly("version");
    assertThat(refused("{\"version\": 1e2}"))
        .extracting(FieldError::field)
        .containsExactly("version");
    assertThat(refused("{\"version\": \"3\"}"))
        .extracting(FieldError::field)
        .containsExactly("version");
  }

  @Example
  void refusesANumberTooLargeForItsField() {
    assertThat(refused("{\"limits\": {\"days\": 4294967297}}"))
        .containsExactly(
            new FieldError(
                "limits.days",
                "must be a whole number from -2147483648 to 2147483647, not 4294967297"));
    assertThat(refused("{\"column\": 9223372036854775808}"))
        .extracting(FieldError::field)
        .containsExactly("column");
    assertThat(refused("{\"column\": 1e999999999}"))
        .extracting(FieldError::field)
        .containsExactly("column");
  }

  @Example
  void refusesNullsInsideListsAndMaps() {
    assertThat(refused("{\"tags\": [\"a\", \"b\", null], \"names\": {\"en\": null}}"))
        .containsExactly(
            new FieldError("tags[2]", "must not be null"),
            new FieldError("names.en", "must not be null"));
    assertThat(refused("{\"grants\": [{\"site\": \"fgw\", \"role\": \"OWNER\"}]}"))
        .containsExactly(
            new FieldError(
                "grants[0].role", "must be one of EDITOR, REVIEWER, not the string \"OWNER\""));
  }

  @Example
  void refusesAnUnknownFieldByItsName() {
    assertThat(refused("{\"titel\": \"拼错\", \"limits\": {\"dayz\": 1}}"))
        .extracting(FieldError::field)
        .containsExactly("titel", "limits.dayz");
  }

  @Example
  void refusesInvalidUtf8AndUnpairedSurrogates() {
    byte[] body = {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, '(', '"', '}'};

    DomainException invalid =
        catchThrowableOfType(
            DomainException.class, () -> StrictJsonReader.checked(body, Request.class));

    assertThat(invalid.fieldErrors()).extracting(FieldError::field).containsExactly("body");
    assertThat(invalid.getMessage()).contains("UTF-8").contains("byte 10");
    assertThat(refused("{\"title\": \"\\ud800x\"}"))
        .extracting(FieldError::field)
        .containsExactly("title");
  }

  @Example
  void refusesMalformedAndDeeplyNestedJson() {
    assertThat(refused("{\"title\": ")).extracting(FieldError::field).containsExactly("body");
    assertThat(refused("[".repeat(100_000))).extracting(FieldError::field).containsExactly("body");
    assertThat(refused("{\"limits\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}")).isNotEmpty();
  }

  private static List<FieldError> refused(String json) {
    DomainException refused =
        catchThrowableOfType(
            DomainException.class,
            () -> StrictJsonReader.checked(json.getBytes(StandardCharsets.UTF_8), Request.class));
    assertThat(refused).as("refused: %s", json).isNotNull();
    return refused.fieldErrors();
  }

  private static void assertReadOrRefused(byte[] body) {
    try {
      StrictJsonReader.checked(body, Request.class);
    } catch (DomainException refused) {
      assertThat(refused.fieldErrors()).isNotEmpty();
      assertThat(refused.fieldErrors())
          .allSatisfy(error -> assertThat(error.reason()).isNotBlank());
    }
  }

  @Provide
  Arbitrary<String> mutatedRequests() {
    return Combinators.combine(members(), Arbitraries.integers().between(0, 3))
        .as(
            (members, wrap) ->
                wrap(
                    new StringBuilder("{").append(String.join(",", members)).append('}').toString(),
                    wrap));
  }

  private static String wrap(String json, int depth) {
    return "[".repeat(depth == 3 ? 2 : 0) + json + "]".repeat(depth == 3 ? 2 : 0);
  }

  private static Arbitrary<List<String>> members() {
    Arbitrary<String> name =
        Arbitraries.oneOf(
            Arbitraries.of(
                "title",
                "version",
                "column",
                "administrator",
                "original",
                "tags",
                "ids",
                "names",
                "limits",
                "grants"),
            Arbitraries.strings()
                .ofMaxLength(8)
                .map(JsonTexts::quoted)
                .map(q -> q.substring(1, q.length() - 1)));
    return Combinators.combine(name, JsonTexts.anyValue())
        .as((n, value) -> JsonTexts.quoted(n) + ":" + value)
        .list()
        .ofMaxSize(6);
  }
}
