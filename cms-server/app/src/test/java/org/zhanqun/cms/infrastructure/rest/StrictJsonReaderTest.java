package org.zhanqun.cms.infrastructure.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.FieldError;

/**
 * Any byte sequence sent as a JSON body is either read, when it is UTF-8 JSON of exactly the
 * request's shape, or refused with the fields at fault; the reader never fails otherwise. Bounded
 * tries from a fixed seed, so that a run is repeatable; a failure names its try and the body it
 * sent.
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

  private static final long SEED = 20261202L;

  /** The request's member names. */
  private static final List<String> NAMES =
      List.of(
          "title",
          "version",
          "column",
          "administrator",
          "original",
          "tags",
          "ids",
          "names",
          "limits",
          "grants");

  @Test
  void anyBytesAreReadOrRefusedNamingTheBody() {
    Random random = new Random(SEED);
    int refused = 0;
    for (int attempt = 0; attempt < 300; attempt++) {
      byte[] body = new byte[attempt == 0 ? 0 : random.nextInt(256)];
      random.nextBytes(body);
      String shown = "bytes " + HexFormat.ofDelimiter(" ").formatHex(body);
      refused += assertReadOrRefused(attempt, body, shown) ? 0 : 1;
    }
    assertThat(refused).as("random bodies refused naming a field").isPositive();
  }

  @Test
  void anyMutatedRequestIsReadOrRefusedNamingAField() {
    Random random = new Random(SEED + 1);
    int read = 0;
    int refused = 0;
    for (int attempt = 0; attempt < 500; attempt++) {
      String json = mutatedRequest(random);
      if (assertReadOrRefused(attempt, json.getBytes(StandardCharsets.UTF_8), json)) {
        read++;
      } else {
        refused++;
      }
    }
    // both outcomes occur: the cases reach the reader's binding checks, not only its parser
    assertThat(read).as("mutated requests that were read").isPositive();
    assertThat(refused).as("mutated requests refused naming a field").isPositive();
  }

  @Test
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

  @Test
  void readsAnEmptyBodyAndNullAsNoBody() {
    assertThat(StrictJsonReader.checked(new byte[0], Request.class)).isNull();
    assertThat(StrictJsonReader.checked(" null ".getBytes(StandardCharsets.UTF_8), Request.class))
        .isNull();
  }

  @Test
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

  @Test
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

  @Test
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

  @Test
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

  @Test
  void refusesAnUnknownFieldByItsName() {
    assertThat(refused("{\"titel\": \"拼错\", \"limits\": {\"dayz\": 1}}"))
        .extracting(FieldError::field)
        .containsExactly("titel", "limits.dayz");
  }

  @Test
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

  @Test
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

  /**
   * Reads {@code body}, which try {@code attempt} sent and {@code shown} shows.
   *
   * @return true when it was read, false when it was refused naming the fields at fault
   */
  private static boolean assertReadOrRefused(int attempt, byte[] body, String shown) {
    String described = "try " + attempt + ": " + shown;
    try {
      StrictJsonReader.checked(body, Request.class);
      return true;
    } catch (DomainException refused) {
      assertThat(refused.fieldErrors()).as(described).isNotEmpty();
      assertThat(refused.fieldErrors())
          .as(described)
          .allSatisfy(error -> assertThat(error.reason()).isNotBlank());
      return false;
    } catch (RuntimeException | Error e) {
      throw new AssertionError(described + " threw " + e, e);
    }
  }

  /**
   * A request object of up to 6 members, known or made-up names with hostile values; in 1 try of 4
   * wrapped in two arrays.
   */
  private static String mutatedRequest(Random random) {
    List<String> members = new ArrayList<>();
    for (int i = random.nextInt(7); i > 0; i--) {
      members.add(HostileJson.quoted(memberName(random)) + ":" + HostileJson.anyValue(random));
    }
    String json = "{" + String.join(",", members) + "}";
    return random.nextInt(4) == 3 ? "[[" + json + "]]" : json;
  }

  /** One of the request's names, or up to 8 made-up characters, escaped once already. */
  private static String memberName(Random random) {
    if (random.nextBoolean()) {
      return NAMES.get(random.nextInt(NAMES.size()));
    }
    String quoted = HostileJson.quoted(HostileJson.string(random, 8));
    return quoted.substring(1, quoted.length() - 1);
  }
}
