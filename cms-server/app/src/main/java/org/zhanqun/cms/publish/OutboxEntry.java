package org.zhanqun.cms.publish;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A change to live content that the static cluster has not shown yet. Written in the changing
 * transaction; claimed by a publish run (token and lease, see {@link PublishOutbox}) and deleted
 * once the run that shows it is recorded.
 */
@Entity
@Table(name = "publish_outbox")
public class OutboxEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The changed item; null for a change to a site's other public pages. */
  @Column(name = "item_id")
  private Long itemId;

  /** The site whose public pages changed, when no item did. */
  @Column(name = "site_id")
  private String siteId;

  @Column(nullable = false)
  private String reason;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected OutboxEntry() {}

  OutboxEntry(long itemId, String reason, Instant createdAt) {
    this.itemId = itemId;
    this.reason = reason;
    this.createdAt = createdAt;
  }

  /**
   * A change to {@code siteId}'s public pages other than its items' (see {@link
   * PublicPagesChanged}).
   */
  static OutboxEntry ofPages(String siteId, String reason, Instant createdAt) {
    OutboxEntry entry = new OutboxEntry();
    entry.siteId = siteId;
    entry.reason = reason;
    entry.createdAt = createdAt;
    return entry;
  }
}
