/**
 * Reads a {@code content/} folder (docs/content-format.md) into a validated {@link
 * org.zhanqun.builder.source.ContentSet}: walks the folders, splits front matter from body, infers
 * site, column and language from the path, checks every rule and reference, and reports every
 * problem with its file and line. Knows nothing of pages, templates or Markdown rendering.
 */
package org.zhanqun.builder.source;
