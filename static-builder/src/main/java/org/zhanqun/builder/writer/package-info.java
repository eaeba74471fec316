/**
 * Writes the published cluster so that readers never see a half-written site: each build writes a
 * new version folder (hard-linking unchanged files from the previous one) and then swaps the output
 * symlink to it in one atomic rename; a file lock keeps a second writer (another build, a content
 * server's publisher) out meanwhile. Knows nothing of pages or templates.
 */
package org.zhanqun.builder.writer;
