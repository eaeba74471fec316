/**
 * Broken links in the published cluster: walks every published HTML page, checks internal links
 * against the files on disk and fetches external ones over HTTP, and reports each broken link with
 * the page, site and home-page flag the audit's {@code broken-link} rules need. Entry point: {@link
 * org.zhanqun.audit.link.LinkChecker}. Imports nothing of the audit engine; of the static builder
 * only its {@code site.Cluster}, to describe a published cluster.
 */
package org.zhanqun.audit.link;
