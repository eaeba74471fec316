package org.zhanqun.cms.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.zhanqun.cms.content.ItemContent;
import org.zhanqun.cms.infrastructure.persistence.JsonColumn;

/** The content of one item as one save left it. Immutable. */
@Entity
@Table(name = "item_revision")
public class ItemRevision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "item_id", nullable = false)
  private long itemId;

  @Column(nullable = false)
  private int number;

  @Column(nullable = false)
  private String content;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private String author;

  private String note;

  protected ItemRevision() {}

  ItemRevision(
      long itemId, int number, ItemContent content, Instant createdAt, String author, String note) {
    this.itemId = itemId;
    this.number = number;
    this.content = JsonColumn.write(content);
    this.createdAt = createdAt;
    this.author = author;
    this.note = note;
  }

  int number() {
    return number;
  }

  ItemContent content() {
    return JsonColumn.read(content, ItemContent.class);
  }

  Instant createdAt() {
    return createdAt;
  }

  /** The stored JSON, for field-by-field comparison. */
  String contentJson() {
    return content;
  }

  RevisionView view(boolean withContent) {
    return new RevisionView(
        itemId, number, createdAt, author, note, withContent ? content() : null);
  }
}
