package org.zhanqun.cms.interaction.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.zhanqun.cms.infrastructure.error.FieldError;
import org.zhanqun.cms.infrastructure.error.InvalidInputException;

class PublicTextTest {

  @Test
  void returnsTheStrippedValueWithUnixLineEnds() {
    PublicText checks = new PublicText();

    assertThat(checks.required("subject", "  路灯不亮  ", 10)).isEqualTo("路灯不亮");
    assertThat(checks.requiredLines("text", "第一行\r\n第二行\r", 100)).isEqualTo("第一行\n第二行");
    assertThat(checks.passed()).isTrue();
  }

  @Test
  void namesEveryMissingOrTooLongFieldAtOnce() {
    PublicText checks = new PublicText();
    checks.required("subject", " ", 10);
    checks.requiredLines("text", "长".repeat(11), 10);
    checks.required("name", null, 10);

    assertThatThrownBy(checks::throwIfAny)
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).fieldErrors())
        .asList()
        .containsExactly(
            new FieldError("subject", "is required"),
            new FieldError("text", "is 11 characters long, more than 10"),
            new FieldError("name", "is required"));
  }

  @Test
  void countsCharactersNotUtf16Units() {
    PublicText checks = new PublicText();

    assertThat(checks.required("subject", "𠀀".repeat(5), 5)).hasSize(10);
    assertThat(checks.passed()).isTrue();
  }

  @Test
  void rejectsMarkupButNotALessThanSign() {
    for (String markup :
        new String[] {
          "<script>alert(1)</script>", "a </b>", "&#60;b&#62;", "x &lt;b&gt;", "< img"
        }) {
      PublicText checks = new PublicText();
      checks.requiredLines("text", markup, 100);
      assertThat(checks.passed()).as(markup).isFalse();
      assertThatThrownBy(checks::throwIfAny).hasMessageContaining(PublicText.MARKUP);
    }
    PublicText checks = new PublicText();
    checks.requiredLines("text", "温度 < 5 度, a & b", 100);
    assertThat(checks.passed()).isTrue();
  }

  @Test
  void rejectsControlAndDirectionCharactersAndLineBreaksInOneLineFields() {
    PublicText checks = new PublicText();
    checks.required("subject", "a\nb", 10);
    checks.requiredLines("text", "a\u0000b", 10);
    checks.optional("name", "abc\u202Efed", 10);

    assertThatThrownBy(checks::throwIfAny)
        .extracting(e -> ((InvalidInputException) e).fieldErrors())
        .asList()
        .extracting("field")
        .containsExactly("subject", "text", "name");
  }

  @Test
  void acceptsMobileAndLandlineNumbersOfMainlandChina() {
    PublicText checks = new PublicText();

    assertThat(checks.phone("phone", "139 1234 5678")).isEqualTo("13912345678");
    assertThat(checks.phone("phone", "+86 139-1234-5678")).isEqualTo("+8613912345678");
    assertThat(checks.phone("phone", "010-62345678")).isEqualTo("010-62345678");
    assertThat(checks.phone("phone", "(0451) 8765432")).isEqualTo("04518765432");
    assertThat(checks.phone("phone", "+86-10-62345678-123")).isEqualTo("+86-10-62345678-123");
    assertThat(checks.phone("phone", "")).isNull();
    assertThat(checks.passed()).isTrue();
  }

  @Test
  void rejectsNumbersThatAreNoPhoneOfMainlandChina() {
    for (String wrong :
        new String[] {"12345", "12912345678", "1391234567", "+1 202 555 0100", "abc"}) {
      PublicText checks = new PublicText();
      assertThat(checks.phone("phone", wrong)).as(wrong).isNull();
      assertThat(checks.passed()).as(wrong).isFalse();
    }
  }

  @Test
  void checksEmailAddresses() {
    PublicText checks = new PublicText();
    assertThat(checks.email("email", "Wang.Li@Example.gov.cn")).isEqualTo("wang.li@example.gov.cn");
    assertThat(checks.passed()).isTrue();

    for (String wrong : new String[] {"wang", "wang@", "@example.cn", "wang@example", "a b@c.cn"}) {
      PublicText failing = new PublicText();
      failing.email("email", wrong);
      assertThat(failing.passed()).as(wrong).isFalse();
    }
  }

  @Test
  void refusesAFilledHoneypotWithoutNamingIt() {
    PublicText.requireEmptyHoneypot(null);
    PublicText.requireEmptyHoneypot(" ");

    assertThatThrownBy(() -> PublicText.requireEmptyHoneypot("http://spam.example"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageNotContaining("website");
  }
}
