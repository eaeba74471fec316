package org.zhanqun.cms.interaction.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ConsultationStatusTest {

  private static final LocalDate OPENS = LocalDate.of(2026, 12, 1);
  private static final LocalDate CLOSES = LocalDate.of(2026, 12, 31);

  @Test
  void aConsultationIsOpenFromItsFirstToItsLastDayBothIncluded() {
    assertThat(ConsultationStatus.on(OPENS.minusDays(1), OPENS, CLOSES))
        .isEqualTo(ConsultationStatus.UPCOMING);
    assertThat(ConsultationStatus.on(OPENS, OPENS, CLOSES)).isEqualTo(ConsultationStatus.OPEN);
    assertThat(ConsultationStatus.on(CLOSES, OPENS, CLOSES)).isEqualTo(ConsultationStatus.OPEN);
    assertThat(ConsultationStatus.on(CLOSES.plusDays(1), OPENS, CLOSES))
        .isEqualTo(ConsultationStatus.CLOSED);
  }

  @Test
  void aOneDayConsultationIsOpenOnThatDayOnly() {
    assertThat(ConsultationStatus.on(OPENS, OPENS, OPENS)).isEqualTo(ConsultationStatus.OPEN);
    assertThat(ConsultationStatus.on(OPENS.plusDays(1), OPENS, OPENS))
        .isEqualTo(ConsultationStatus.CLOSED);
  }

  @Test
  void statusCodesAreLowerCase() {
    assertThat(ConsultationStatus.UPCOMING.code()).isEqualTo("upcoming");
    assertThat(ConsultationStatus.CLOSED.code()).isEqualTo("closed");
  }
}
