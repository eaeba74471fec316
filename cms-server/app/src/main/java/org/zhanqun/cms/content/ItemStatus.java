package org.zhanqun.cms.content;

import java.util.Locale;
import java.util.Optional;

/**
 * The workflow status of an item's working copy. Whether the item is live (readers see a published
 * revision) is separate: a published item that is edited becomes a draft while its published
 * revision stays live until the next publication or a withdrawal.
 *
 * <pre>
 *   DRAFT ──submit──▶ IN_REVIEW ──publish──▶ PUBLISHED ──withdraw──▶ WITHDRAWN ──submit──▶ IN_REVIEW
 *     ▲                │  │                      ▲
 *     └──send back─────┘  └──schedule──▶ SCHEDULED ──due──┘   (send back also from SCHEDULED)
 *   any edit of the content makes the working copy a DRAFT again
 * </pre>
 */
public enum ItemStatus {
  DRAFT,
  IN_REVIEW,
  SCHEDULED,
  PUBLISHED,
  WITHDRAWN;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ItemStatus> fromCode(String code) {
    for (ItemStatus status : values()) {
      if (status.code().equals(code)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }

  /**
   * The status after {@code action}, or empty when the action is not allowed from this status.
   *
   * @param live whether a published revision is live now; only a live item can be withdrawn
   */
  public Optional<ItemStatus> after(WorkflowAction action, boolean live) {
    ItemStatus next =
        switch (action) {
          case SUBMIT -> this == DRAFT || this == WITHDRAWN ? IN_REVIEW : null;
          case SEND_BACK -> this == IN_REVIEW || this == SCHEDULED ? DRAFT : null;
          case PUBLISH -> this == IN_REVIEW ? PUBLISHED : null;
          case SCHEDULE -> this == IN_REVIEW ? SCHEDULED : null;
          case PUBLISH_DUE -> this == SCHEDULED ? PUBLISHED : null;
          case WITHDRAW -> live ? WITHDRAWN : null;
          case EDIT -> DRAFT;
        };
    return Optional.ofNullable(next);
  }
}
