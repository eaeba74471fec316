/**
 * Markdown to safe HTML: one configured Flexmark parser and renderer (CommonMark with tables) and a
 * jsoup safelist that removes scripts, event handlers and unsafe URLs from the result. The only
 * package of the builder that imports Flexmark; the content server renders bodies through it too.
 */
package org.zhanqun.builder.markdown;
