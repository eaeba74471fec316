package org.zhanqun.audit.link;

/**
 * What a link points to, judged from the element that carries it and, for {@code <a>} links, the
 * file extension. The same kinds apply to internal and external links.
 */
public enum LinkKind {
  /** An HTML page, a folder, a feed or anything else a reader navigates to; also frames. */
  PAGE,
  IMAGE,
  /** A document to download: PDF, Word, Excel, archives, … or an {@code <a download>}. */
  ATTACHMENT,
  STYLESHEET,
  SCRIPT,
  /** Audio, video, their tracks and embedded objects. */
  MEDIA
}
