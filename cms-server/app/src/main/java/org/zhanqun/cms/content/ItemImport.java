package org.zhanqun.cms.content;

import java.time.Instant;
import java.util.List;
import org.zhanqun.cms.proofreading.FindingView;
import org.zhanqun.model.site.ContentType;
import org.zhanqun.model.site.Language;

/**
 * One item of a content folder, ready to store: its references already turned into item ids and its
 * form's file stored. Identified by site, translation key and language.
 *
 * @param draft whether the file says {@code draft: true}: then only the working copy is imported
 * @param firstPublishedAt the file's {@code published}; null for drafts
 * @param lastPublishedAt the file's {@code updated}, else its {@code published}; null for drafts
 * @param findings what proofreading found in the file (let pass by the import), for the trail;
 *     empty when nothing
 */
public record ItemImport(
    String siteId,
    ContentType type,
    Language language,
    ItemContent content,
    boolean draft,
    Instant firstPublishedAt,
    Instant lastPublishedAt,
    List<FindingView> findings) {

  public ItemImport {
    findings = List.copyOf(findings);
  }
}
