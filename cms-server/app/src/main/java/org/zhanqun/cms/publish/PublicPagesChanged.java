package org.zhanqun.cms.publish;

/**
 * A site's pages that show more than items changed (interaction: a reply published, the monthly
 * figures, a consultation's result): fired in the changing transaction, so the outbox entry that
 * asks for a publish run commits with the change, and the publisher runs once it has committed.
 *
 * @param site the site whose pages changed
 * @param reason in a word or two, for the publish log ({@code letter published}); at most 40
 *     characters
 */
public record PublicPagesChanged(String site, String reason) {

  public PublicPagesChanged {
    if (reason.length() > 40) {
      throw new IllegalArgumentException("reason longer than 40 characters: " + reason);
    }
  }
}
