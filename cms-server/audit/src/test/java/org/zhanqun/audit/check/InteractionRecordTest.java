package org.zhanqun.audit.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhanqun.audit.check.InteractionRecord.Consultation;
import org.zhanqun.audit.check.InteractionRecord.ErrorReport;
import org.zhanqun.audit.check.InteractionRecord.Letter;

class InteractionRecordTest {

  private static Letter letter(String number, String site) {
    LocalDate received = LocalDate.parse("2026-10-01");
    return new Letter(
        number,
        site,
        "mailbox",
        received,
        true,
        received.plusDays(14),
        Optional.empty(),
        Optional.empty());
  }

  @Test
  void copiesAndSortsItsListsSoThatTheGatheringOrderDoesNotMatter() {
    List<Letter> letters =
        new ArrayList<>(
            List.of(
                letter("XJ2026-000003", "fgw"),
                letter("XJ2026-000001", "jyj"),
                letter("XJ2026-000002", "fgw")));

    InteractionRecord record = new InteractionRecord(Set.of("fgw"), letters, List.of(), List.of());
    letters.clear();

    assertThat(record.letters())
        .extracting(Letter::number)
        .containsExactly("XJ2026-000002", "XJ2026-000003", "XJ2026-000001");
  }

  @Test
  void findsTheLettersConsultationsAndReportsOfOneSiteOnly() {
    LocalDate day = LocalDate.parse("2026-10-01");
    InteractionRecord record =
        new InteractionRecord(
            Set.of("dep"),
            List.of(
                letter("XJ2026-000001", "de"),
                letter("XJ2026-000002", "dep"),
                letter("XJ2026-000003", "dep2"),
                letter("XJ2026-000004", "dep"),
                letter("XJ2026-000005", "portal")),
            List.of(
                new Consultation("budget", "dep", "预算", day, Optional.empty()),
                new Consultation("parks", "portal", "公园", day, Optional.empty())),
            List.of(
                new ErrorReport("ZC2026-000001", "portal", "https://x/", day, Optional.empty())));

    assertThat(record.lettersOf("dep"))
        .extracting(Letter::number)
        .containsExactly("XJ2026-000002", "XJ2026-000004");
    assertThat(record.lettersOf("gaj")).isEmpty();
    assertThat(record.consultationsOf("dep"))
        .extracting(Consultation::code)
        .containsExactly("budget");
    assertThat(record.errorReportsOf("dep")).isEmpty();
    assertThat(record.errorReportsOf("portal")).hasSize(1);
  }
}
