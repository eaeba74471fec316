package org.zhanqun.cms.publish;

/**
 * Something a publish run left out so that everything else could publish.
 *
 * @param siteId the site concerned
 * @param itemId the item left out (built as if it were not live); null when the whole site was left
 *     out (what was published of it before stays)
 * @param reason what is wrong, naming the file or setting and the output concerned
 */
public record PublishProblemView(String siteId, Long itemId, String reason) {}
