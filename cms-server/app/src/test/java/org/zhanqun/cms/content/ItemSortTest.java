package org.zhanqun.cms.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ItemSortTest {

  @Test
  void readsAFieldAloneAsAscending() {
    assertThat(ItemSort.parse("title")).contains(new ItemSort(ItemSort.Field.TITLE, false));
  }

  @Test
  void readsTheDirectionAfterAComma() {
    assertThat(ItemSort.parse("published,desc"))
        .contains(new ItemSort(ItemSort.Field.PUBLISHED, true));
    assertThat(ItemSort.parse("updatedAt,asc"))
        .contains(new ItemSort(ItemSort.Field.UPDATED, false));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "colour", "colour,asc", "title,up", "title,", "title,desc,asc", "Title", ","})
  void refusesWhatIsNotAFieldWithAnOptionalDirection(String text) {
    assertThat(ItemSort.parse(text)).isEmpty();
  }

  @Test
  void namesTheRefusedTextAndTheFieldsInItsReason() {
    assertThat(ItemSort.reason("colour,asc")).contains("'colour,asc'").contains("updatedAt");
  }
}
