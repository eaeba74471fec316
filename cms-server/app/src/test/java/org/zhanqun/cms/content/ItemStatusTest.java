package org.zhanqun.cms.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhanqun.cms.content.ItemStatus.DRAFT;
import static org.zhanqun.cms.content.ItemStatus.IN_REVIEW;
import static org.zhanqun.cms.content.ItemStatus.PUBLISHED;
import static org.zhanqun.cms.content.ItemStatus.SCHEDULED;
import static org.zhanqun.cms.content.ItemStatus.WITHDRAWN;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ItemStatusTest {

  @ParameterizedTest(name = "{0} --{1}--> {2}")
  @CsvSource({
    "DRAFT, SUBMIT, IN_REVIEW",
    "WITHDRAWN, SUBMIT, IN_REVIEW",
    "IN_REVIEW, SEND_BACK, DRAFT",
    "SCHEDULED, SEND_BACK, DRAFT",
    "IN_REVIEW, PUBLISH, PUBLISHED",
    "IN_REVIEW, SCHEDULE, SCHEDULED",
    "SCHEDULED, PUBLISH_DUE, PUBLISHED"
  })
  void allowsTheEditorialPath(ItemStatus from, WorkflowAction action, ItemStatus to) {
    assertThat(from.after(action, false)).contains(to);
  }

  @ParameterizedTest(name = "{0} cannot {1}")
  @CsvSource({
    "DRAFT, PUBLISH",
    "DRAFT, SCHEDULE",
    "DRAFT, SEND_BACK",
    "PUBLISHED, PUBLISH",
    "PUBLISHED, SUBMIT",
    "IN_REVIEW, SUBMIT",
    "IN_REVIEW, PUBLISH_DUE",
    "SCHEDULED, PUBLISH",
    "WITHDRAWN, PUBLISH"
  })
  void refusesToSkipReview(ItemStatus from, WorkflowAction action) {
    assertThat(from.after(action, true)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(ItemStatus.class)
  void withdrawsOnlyWhatIsLive(ItemStatus from) {
    assertThat(from.after(WorkflowAction.WITHDRAW, true)).contains(WITHDRAWN);
    assertThat(from.after(WorkflowAction.WITHDRAW, false)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(ItemStatus.class)
  void anyEditMakesTheWorkingCopyADraftAgain(ItemStatus from) {
    assertThat(from.after(WorkflowAction.EDIT, from == PUBLISHED)).isEqualTo(Optional.of(DRAFT));
  }

  @Test
  void aScheduledItemIsNotPublishedByAReviewerTwice() {
    assertThat(SCHEDULED.after(WorkflowAction.SCHEDULE, false)).isEmpty();
    assertThat(IN_REVIEW.after(WorkflowAction.PUBLISH_DUE, false)).isEmpty();
  }
}
