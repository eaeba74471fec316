package org.zhanqun.cms.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.zhanqun.cms.content.ContentService;
import org.zhanqun.cms.content.ItemSaved;
import org.zhanqun.cms.content.ItemView;

/**
 * Revisions of items: recorded on every save (in the saving transaction), listed, compared and
 * restored. Restoring makes an old revision's content the working copy as a new revision; nothing
 * is ever rewritten. Reading needs the right to read the item, restoring the right to edit it.
 */
@ApplicationScoped
@Transactional
public class HistoryService {

  @Inject RevisionRepository revisions;
  @Inject ContentService content;

  void record(@Observes ItemSaved saved) {
    revisions.add(
        new ItemRevision(
            saved.itemId(),
            saved.revision(),
            saved.content(),
            saved.at(),
            saved.author(),
            saved.note()));
  }

  /** The item's revisions, newest first, without their content. */
  public List<RevisionView> revisions(long itemId) {
    content.get(itemId);
    return revisions.ofItem(itemId).stream().map(r -> r.view(false)).toList();
  }

  public RevisionView revision(long itemId, int number) {
    content.get(itemId);
    return require(itemId, number).view(true);
  }

  /** What changed from revision {@code from} to revision {@code to}, field by field. */
  public List<FieldChange> diff(long itemId, int from, int to) {
    content.get(itemId);
    return RevisionDiff.between(
        require(itemId, from).contentJson(), require(itemId, to).contentJson());
  }

  /** Makes revision {@code number} the working copy again, as a new revision. */
  public ItemView restore(long itemId, int number, Integer version) {
    ItemRevision revision = require(itemId, number);
    return content.replaceContent(
        itemId, revision.content(), version, "restored revision " + number);
  }

  private ItemRevision require(long itemId, int number) {
    return revisions
        .find(itemId, number)
        .orElseThrow(() -> new UnknownRevisionException(itemId, number));
  }
}
