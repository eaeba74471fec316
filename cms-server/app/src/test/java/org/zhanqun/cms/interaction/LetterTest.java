package org.zhanqun.cms.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhanqun.model.interaction.LetterKind;
import org.zhanqun.model.interaction.Rating;

class LetterTest {

  private static final Instant NOW = Instant.parse("2026-09-29T02:00:00Z");

  private static WorkingDays workingDays(Optional<String> file) {
    WorkingDays days = new WorkingDays();
    days.operatorFile = file;
    days.load();
    return days;
  }

  private static Letter letter(boolean consent, LocalDate received, LocalDate due) {
    return new Letter(
        "XJ2026-000001",
        "fgw",
        "mailbox",
        LetterKind.CONSULTATION,
        "停车收费",
        "请问标准？",
        consent,
        new Letter.SealedContact("sealed-name", null, null, null),
        "0".repeat(64),
        NOW,
        received,
        due);
  }

  @Test
  void aLetterReceivedBeforeNationalDayIsDueAfterTheHolidayCountingTheMakeUpSaturday() {
    WorkingDays days = workingDays(Optional.empty());

    // 9-30 is one day, 10-01..07 are the holiday, 10-08, 10-09, the make-up 10-10 and 10-12
    assertThat(days.calendar().addWorkingDays(LocalDate.of(2026, 9, 29), 5))
        .isEqualTo(LocalDate.of(2026, 10, 12));
    // a letter of a Friday: the weekend does not count
    assertThat(days.calendar().addWorkingDays(LocalDate.of(2026, 11, 13), 5))
        .isEqualTo(LocalDate.of(2026, 11, 20));
    assertThat(days.problem()).isEmpty();
  }

  @Test
  void anUnusableOperatorCalendarKeepsTheBuiltInOneAndSaysWhy(@TempDir Path folder)
      throws Exception {
    Path file = Files.writeString(folder.resolve("holidays.yaml"), "years: [nonsense");

    WorkingDays days = workingDays(Optional.of(file.toString()));

    assertThat(days.problem()).isPresent();
    assertThat(days.calendar().addWorkingDays(LocalDate.of(2026, 9, 29), 5))
        .isEqualTo(LocalDate.of(2026, 10, 12));
  }

  @Test
  void aReplyOnTheDueDateIsOnTimeAndADayLaterIsNot() {
    LocalDate due = LocalDate.of(2026, 10, 12);
    Letter onTime = repliedOn(due, due);
    Letter late = repliedOn(due, due.plusDays(1));

    assertThat(onTime.onTime()).contains(true);
    assertThat(late.onTime()).contains(false);
    assertThat(onTime.reply()).contains("答复");
    assertThat(onTime.replyingSite()).contains("fgw");
  }

  @Test
  void refusesStepsOutOfOrder() {
    Letter letter = letter(true, LocalDate.of(2026, 9, 29), LocalDate.of(2026, 10, 12));

    assertThatThrownBy(() -> letter.draft("答复")).isInstanceOf(LetterStateException.class);
    assertThatThrownBy(letter::submitForReview).isInstanceOf(LetterStateException.class);
    assertThatThrownBy(() -> letter.rate(Rating.SATISFIED, null, NOW))
        .isInstanceOf(LetterStateException.class);
    letter.accept(NOW);
    assertThatThrownBy(letter::submitForReview)
        .isInstanceOf(LetterStateException.class)
        .hasMessageContaining("no draft reply");
    assertThatThrownBy(() -> letter.assignTo("fgw")).isInstanceOf(LetterStateException.class);
  }

  @Test
  void publishesOnlyWithConsentAndRatesOnlyOnce() {
    LocalDate due = LocalDate.of(2026, 10, 12);
    Letter withoutConsent = repliedOn(due, due, false);
    Letter withConsent = repliedOn(due, due, true);

    assertThatThrownBy(() -> withoutConsent.publish("s", "q", "r", NOW, due))
        .isInstanceOf(LetterStateException.class)
        .hasMessageContaining("consent");
    withConsent.publish("s", "q", "r", NOW, due);
    assertThatThrownBy(() -> withConsent.publish("s", "q", "r", NOW, due))
        .isInstanceOf(LetterStateException.class);
    withConsent.rate(Rating.BASICALLY_SATISFIED, null, NOW);
    assertThatThrownBy(() -> withConsent.rate(Rating.UNSATISFIED, null, NOW))
        .isInstanceOf(LetterStateException.class);
  }

  @Test
  void thePurgeEmptiesEveryPersonalDataField() {
    Letter letter = letter(true, LocalDate.of(2026, 9, 29), LocalDate.of(2026, 10, 12));

    letter.purgePersonalData(NOW);

    assertThat(letter.contact()).isEqualTo(new Letter.SealedContact(null, null, null, null));
    assertThat(letter.purgedAt()).contains(NOW);
  }

  private static Letter repliedOn(LocalDate due, LocalDate replied) {
    return repliedOn(due, replied, true);
  }

  private static Letter repliedOn(LocalDate due, LocalDate replied, boolean consent) {
    Letter letter = letter(consent, LocalDate.of(2026, 9, 29), due);
    letter.accept(NOW);
    letter.draft("答复");
    letter.submitForReview();
    letter.approve(NOW, replied, 5);
    return letter;
  }
}
