package org.zhanqun.cms.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.zhanqun.cms.infrastructure.error.FieldError;
import org.zhanqun.cms.infrastructure.error.InvalidInputException;
import org.zhanqun.model.site.ContentType;
import org.zhanqun.model.site.Language;

class ItemFiltersTest {

  @Test
  void readsEveryFilterIntoItsType() {
    ItemFilters filters =
        ItemFilters.read(
            "fgw",
            7L,
            "policy",
            "zh-cn",
            "in_review",
            "2026-11-01T09:00:00+08:00",
            "  长春 ",
            2,
            50,
            "title,asc");

    assertThat(filters)
        .isEqualTo(
            new ItemFilters(
                "fgw",
                7L,
                ContentType.POLICY,
                new Language("zh-CN"),
                ItemStatus.IN_REVIEW,
                Instant.parse("2026-11-01T01:00:00Z"),
                "长春",
                2,
                50,
                new ItemSort(ItemSort.Field.TITLE, false)));
  }

  @Test
  void leavesOutWhatWasNotSentAndStartsAtTheFirstPageOfTwenty() {
    ItemFilters filters =
        ItemFilters.read(null, null, null, null, null, null, null, null, null, null);

    assertThat(filters)
        .isEqualTo(new ItemFilters(null, null, null, null, null, null, null, 1, 20, null));
  }

  @Test
  void namesEveryInvalidParameterAtOnce() {
    assertThatThrownBy(
            () ->
                ItemFilters.read(
                    null, null, "blog", "xx-", "archived", "2026-01-01", "", null, null, "up"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.fieldErrors())
                    .extracting(FieldError::field)
                    .containsExactly("type", "language", "status", "updatedSince", "q", "sort"));
  }

  @Test
  void countsTheTextFilterInCharactersWithoutTheSpacesAround() {
    assertThat(
            ItemFilters.read(
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    " " + "长".repeat(100) + " ",
                    null,
                    null,
                    null)
                .text())
        .hasSize(100);
    assertThatThrownBy(
            () ->
                ItemFilters.read(
                    null, null, null, null, null, null, "长".repeat(101), null, null, null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("q");
  }
}
